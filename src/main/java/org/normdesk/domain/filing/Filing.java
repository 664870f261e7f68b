package org.normdesk.domain.filing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One submission of a document for filing review.
 *
 * @param id             null until stored
 * @param filingUnitId   the body that filed it (报送机关)
 * @param receivedDate   first receipt; re-submissions after a return keep it (see {@link Submission})
 */
public record Filing(Long id, long documentId, long filingUnitId, LocalDate receivedDate, FilingChannel channel,
                     FilingState state, String registrationNo, LocalDate registeredDate, int version) {
    public Filing {
        Objects.requireNonNull(receivedDate, "receivedDate");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        if (state.isRegistered() && (registrationNo == null || registeredDate == null)) {
            throw new IllegalArgumentException("a registered filing needs its registration number and date");
        }
    }
}
