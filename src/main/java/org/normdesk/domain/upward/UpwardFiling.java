package org.normdesk.domain.upward;

import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;

import java.time.LocalDate;
import java.util.Set;

/**
 * One document filed with one body above (e.g. 濮政〔2019〕3号 → 省人民政府).
 *
 * @param sentOn first sending; a re-sending after a return keeps it for the on-time judgement
 */
public record UpwardFiling(long id, long documentId, String documentTitle, String docNumber, LocalDate publishedDate,
                           String destination, LocalDate dueDate, UpwardState state, LocalDate sentOn,
                           FilingChannel sentHow, LocalDate acknowledgedOn, String feedback,
                           Set<MaterialKind> materialsPresent, int version) {
    public UpwardFiling {
        materialsPresent = Set.copyOf(materialsPresent);
    }

    /** Sent by the due date (a late one still counts as filed). */
    public boolean onTime() {
        return sentOn != null && !sentOn.isAfter(dueDate);
    }
}
