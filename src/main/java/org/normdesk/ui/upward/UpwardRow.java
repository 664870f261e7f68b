package org.normdesk.ui.upward;

import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.domain.upward.UpwardState;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One line of the 向上报备 list: an own document with one destination, or an own document that has no
 * destination yet ({@link #upwardId} null, state null).
 *
 * @param daysLeft days until the due date while not sent (negative: overdue); null once sent or without a due date
 */
public record UpwardRow(Long upwardId, long documentId, String docNumber, String title, LocalDate publishedDate,
                        String destination, LocalDate dueDate, UpwardState state, LocalDate sentOn,
                        LocalDate acknowledgedOn, String feedback, int version, Long daysLeft) {
    /** Unsent filings due within this many days are "due soon". */
    public static final int DUE_SOON_DAYS = 10;

    static UpwardRow of(UpwardFiling f, LocalDate today) {
        Long left = f.state() == UpwardState.TO_PREPARE ? ChronoUnit.DAYS.between(today, f.dueDate()) : null;
        return new UpwardRow(f.id(), f.documentId(), f.docNumber(), f.documentTitle(), f.publishedDate(),
                f.destination(), f.dueDate(), f.state(), f.sentOn(), f.acknowledgedOn(), f.feedback(), f.version(), left);
    }

    static UpwardRow unproposed(DocumentSummary d) {
        return new UpwardRow(null, d.id(), d.docNumber(), d.title(), d.publishedDate(), null, null, null, null, null,
                null, 0, null);
    }

    /** Identifies the line across reloads: the upward filing, or the document while it has no destination. */
    String key() {
        return upwardId != null ? "u" + upwardId : "d" + documentId;
    }

    public boolean overdue() {
        return daysLeft != null && daysLeft < 0;
    }

    public boolean dueSoon() {
        return daysLeft != null && daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS;
    }

    /** Sent later than due (a late filing still counts as filed). */
    public boolean late() {
        return sentOn != null && dueDate != null && sentOn.isAfter(dueDate);
    }

    public Integer year() {
        return publishedDate == null ? null : publishedDate.getYear();
    }
}
