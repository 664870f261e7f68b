package org.normdesk.service.search;

import java.time.Instant;

/** A named filter set of the register, shared by everyone working on it. */
public record SavedView(long id, String name, ViewFilter filter, String createdBy, Instant createdAt,
                        Instant updatedAt, int version) {
}
