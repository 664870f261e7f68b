package org.normdesk.domain.document;

import java.util.Set;

/**
 * Filters of the register view. Empty sets and nulls mean "any".
 *
 * @param text  words of the title or a 文号 in any bracket form
 * @param year  year of publication
 * @param limit at most this many rows
 */
public record DocumentQuery(String text, Set<LifecycleStatus> statuses, Set<DocumentType> types, Integer year,
                            Long issuerId, int limit) {
    public static final int DEFAULT_LIMIT = 10_000;

    public DocumentQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        types = types == null ? Set.of() : Set.copyOf(types);
        text = text == null || text.isBlank() ? null : text.strip();
        if (limit <= 0) {
            limit = DEFAULT_LIMIT;
        }
    }

    public static DocumentQuery all() {
        return new DocumentQuery(null, Set.of(), Set.of(), null, null, DEFAULT_LIMIT);
    }

    public DocumentQuery withStatuses(Set<LifecycleStatus> newStatuses) {
        return new DocumentQuery(text, newStatuses, types, year, issuerId, limit);
    }
}
