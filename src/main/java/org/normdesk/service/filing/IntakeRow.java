package org.normdesk.service.filing;

import org.normdesk.domain.filing.FilingState;

import java.time.LocalDate;

/** One line of the intake queue. */
public record IntakeRow(long filingId, int version, long documentId, String title, String docNumber,
                        String filingUnit, FilingState state, LocalDate firstReceived, LocalDate currentReceived,
                        int submissions, LocalDate nextDue, DueHealth health, long daysLate, String registrationNo) {
}
