package org.normdesk.service.search;

import org.normdesk.domain.document.DocumentSummary;

import java.util.List;

/**
 * One row of a search result.
 *
 * @param score        relevance (higher first); 0 when the result is not ranked (no text)
 * @param matchedTerms the search terms found in this row's title, 文号 or issuer, to highlight with {@link Highlights}
 */
public record SearchHit(DocumentSummary document, float score, List<String> matchedTerms) {
    public SearchHit {
        matchedTerms = List.copyOf(matchedTerms);
    }
}
