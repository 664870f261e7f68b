package org.normdesk.ui.register;

import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.i18n.Messages;

import java.time.LocalDate;

/** One row of the register table, with labels already in the user's language; dates stay dates for sorting. */
public record DocumentRow(long id, String docNumber, boolean numberFlagged, String title, String issuer,
                          String typeLabel, LifecycleStatus status, String statusLabel, LocalDate published,
                          LocalDate effective, LocalDate validUntil) {

    public static DocumentRow of(DocumentSummary s, Messages messages) {
        return new DocumentRow(s.id(), s.docNumber() == null ? "" : s.docNumber(), s.docNumberFlagged(), s.title(),
                s.leadIssuer(), messages.label(s.type()), s.status(), messages.label(s.status()), s.publishedDate(),
                s.effectiveDate(), s.validUntil());
    }

    /** How a document is named in lists and messages: 文号 and title. */
    public String caption() {
        return docNumber.isEmpty() ? title : docNumber + " " + title;
    }
}
