package org.normdesk.ui.register;

import org.normdesk.service.search.ViewFilter;

import java.util.List;
import java.util.Objects;

/**
 * What narrows the register table beyond the filter bar: a saved view or a reminder (whose filters the bar cannot
 * all show, e.g. "validity ends within two months"), or a fixed list of documents (those that expired just now,
 * those a document repeals).
 *
 * @param caption     what the scope bar above the table says
 * @param savedViewId the saved view this came from, or null
 * @param filter      the view's filters; null for a fixed list
 * @param ids         the documents of a fixed list; empty for a view
 */
public record Scope(String caption, Long savedViewId, ViewFilter filter, List<Long> ids) {
    public Scope {
        Objects.requireNonNull(caption, "caption");
        ids = ids == null ? List.of() : List.copyOf(ids);
        if ((filter == null) == ids.isEmpty() && filter != null) {
            throw new IllegalArgumentException("a scope is a view or a list, not both");
        }
    }

    public static Scope view(String caption, Long savedViewId, ViewFilter filter) {
        return new Scope(caption, savedViewId, Objects.requireNonNull(filter, "filter"), List.of());
    }

    public static Scope documents(String caption, List<Long> ids) {
        return new Scope(caption, null, null, ids);
    }

    public boolean isList() {
        return filter == null;
    }
}
