package org.normdesk.service.stats;

import org.normdesk.domain.cleanup.Disposition;

import java.util.List;
import java.util.Map;

/** The year-end tally for one year and one unit (all units when {@code unitId} is null). */
public record Tally(int year, Long unitId, Map<TallyItem, Figure> counts, List<Rate> rates,
                    Map<Disposition, List<Long>> cleanup) {
    public int count(TallyItem item) {
        return counts.get(item).value();
    }

    public int cleanupTotal() {
        return cleanup.values().stream().mapToInt(List::size).sum();
    }

    public Rate rate(Rate.RateKind kind) {
        return rates.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }
}
