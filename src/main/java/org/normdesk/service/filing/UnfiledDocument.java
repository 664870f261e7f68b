package org.normdesk.service.filing;

import java.time.LocalDate;

/** A document in the register that should have been filed and was not (漏报). */
public record UnfiledDocument(long documentId, String title, String docNumber, String issuer, LocalDate published,
                              LocalDate filingDue, long daysOverdue) {
}
