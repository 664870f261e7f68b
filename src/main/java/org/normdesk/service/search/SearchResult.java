package org.normdesk.service.search;

import java.util.List;

/**
 * A page of the register for a query, with what the view needs around it.
 *
 * @param hits   the requested page, best first (or newest first without search text)
 * @param total  how many documents match in all
 * @param terms  the terms the text was searched as (empty without text, or when it had nothing searchable)
 * @param facets counts of all matching documents per status, type, lead body, year and subject area
 */
public record SearchResult(List<SearchHit> hits, int total, List<String> terms, Facets facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        terms = List.copyOf(terms);
    }
}
