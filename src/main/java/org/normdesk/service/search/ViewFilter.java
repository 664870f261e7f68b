package org.normdesk.service.search;

import org.normdesk.domain.common.RelativePeriod;
import org.normdesk.domain.document.DocumentQuery;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a saved view shows: the register's filters, where a date range may instead be named relative to the day
 * the view is opened ("validity ends this year"). Paging of {@code query} is not part of a view.
 */
public record ViewFilter(DocumentQuery query, RelativePeriod validUntilPeriod, RelativePeriod statusChangedPeriod) {
    public ViewFilter {
        Objects.requireNonNull(query, "query");
        query = query.page(0, DocumentQuery.DEFAULT_LIMIT);
    }

    public static ViewFilter of(DocumentQuery query) {
        return new ViewFilter(query, null, null);
    }

    public ViewFilter withValidUntilPeriod(RelativePeriod period) {
        return new ViewFilter(query, period, statusChangedPeriod);
    }

    public ViewFilter withStatusChangedPeriod(RelativePeriod period) {
        return new ViewFilter(query, validUntilPeriod, period);
    }

    /** The filters as they apply on {@code today}. */
    public DocumentQuery on(LocalDate today) {
        DocumentQuery q = query;
        if (validUntilPeriod != null) {
            q = q.withValidUntil(validUntilPeriod.on(today));
        }
        if (statusChangedPeriod != null) {
            q = q.withStatusChanged(statusChangedPeriod.on(today));
        }
        return q;
    }
}
