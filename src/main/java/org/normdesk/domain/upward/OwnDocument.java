package org.normdesk.domain.upward;

import org.normdesk.domain.document.DocumentType;

import java.time.LocalDate;

/** A document of the unit's own government, as the upward-filing view lists it. */
public record OwnDocument(long id, String title, String docNumber, DocumentType type, LocalDate publishedDate) {
}
