package org.normdesk.ui.filing;

import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.service.filing.UnfiledDocument;

import java.time.LocalDate;

/** A document of the register chosen for a filing: found by search or listed as 漏报. */
public record DocumentPick(long id, String docNumber, String title, String leadIssuer, LocalDate published) {
    public static DocumentPick of(DocumentSummary s) {
        return new DocumentPick(s.id(), s.docNumber(), s.title(), s.leadIssuer(), s.publishedDate());
    }

    public static DocumentPick of(UnfiledDocument u) {
        return new DocumentPick(u.documentId(), u.docNumber(), u.title(), u.issuer(), u.published());
    }

    /** 文号 and title, as lists show it. */
    public String caption() {
        return docNumber == null || docNumber.isBlank() ? title : docNumber + "  " + title;
    }
}
