package org.normdesk.domain.document;

import java.time.LocalDate;

/** One row of the register table: what a list needs, without issuers' details or history. */
public record DocumentSummary(long id, String title, String docNumber, boolean docNumberFlagged, String leadIssuer,
                              DocumentType type, LifecycleStatus status, LocalDate publishedDate,
                              LocalDate effectiveDate, LocalDate validUntil) {
}
