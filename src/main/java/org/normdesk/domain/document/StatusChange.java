package org.normdesk.domain.document;

import org.normdesk.domain.common.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a document's status history.
 *
 * @param from               null for the document's first status
 * @param causedByDocumentId the amending/repealing document, if any
 */
public record StatusChange(Long id, long documentId, LifecycleStatus from, LifecycleStatus to, LocalDate effectiveOn,
                           Instant recordedAt, String recordedBy, String reason, Long causedByDocumentId) {
    public StatusChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (reason == null || reason.isBlank()) {
            throw new DomainException("status.reason.blank", "A status change needs a reason");
        }
        reason = reason.strip();
        if (from != null && !from.canMoveTo(to)) {
            throw new IllegalTransitionException(from, to);
        }
    }
}
