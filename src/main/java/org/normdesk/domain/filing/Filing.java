package org.normdesk.domain.filing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One submission of a document for filing review.
 *
 * @param id             null until stored
 * @param filingUnitId   the body that filed it (报送机关)
 * @param resubmissionOf the returned filing this one continues, if any
 */
public record Filing(Long id, long documentId, long filingUnitId, LocalDate receivedDate, FilingChannel channel,
                     FilingState state, String registrationNo, LocalDate registeredDate, Long resubmissionOf,
                     int version) {
    public Filing {
        Objects.requireNonNull(receivedDate, "receivedDate");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        if (state.isRegistered() && (registrationNo == null || registeredDate == null)) {
            throw new IllegalArgumentException("a registered filing needs its registration number and date");
        }
    }
}
