package org.normdesk.service.review;

import java.time.Instant;

/**
 * A named set of review-queue filters, shared by everyone on this register.
 *
 * @param filter null when the view was saved by a newer NormDesk (it is listed, but cannot be applied)
 */
public record ReviewQueueView(long id, String name, ReviewQueueFilter filter, int definitionVersion,
                              String createdBy, Instant updatedAt, int version) {
    public boolean readable() {
        return filter != null;
    }
}
