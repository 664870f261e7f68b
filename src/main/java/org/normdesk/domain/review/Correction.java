package org.normdesk.domain.review;

import org.normdesk.domain.document.RelationKind;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The follow-up of a correction-required review.
 *
 * @param documentId           the original (defective) document
 * @param correctiveDocumentId the issuer's amending or repealing document, once linked
 */
public record Correction(long id, long reviewId, long filingId, long documentId, String documentTitle,
                         String docNumber, String filingUnit, LocalDate feedbackDue, CorrectionState state,
                         LocalDate feedbackOn, String feedbackText, Long correctiveDocumentId,
                         RelationKind correctiveKind, CorrectionResult result, LocalDate closedOn, String closedBy,
                         String closeNote, int version) {
    public Correction {
        Objects.requireNonNull(feedbackDue, "feedbackDue");
        Objects.requireNonNull(state, "state");
    }

    /** Calendar days past the feedback deadline with no feedback yet, on {@code today}; 0 if none. */
    public long daysOverdue(LocalDate today) {
        if (state != CorrectionState.AWAITING_FEEDBACK || !today.isAfter(feedbackDue)) {
            return 0;
        }
        return java.time.temporal.ChronoUnit.DAYS.between(feedbackDue, today);
    }
}
