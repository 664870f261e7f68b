package org.normdesk.service.upward;

import java.util.List;
import java.util.Map;

/**
 * The year's upward filing counts (documents of the unit's own government, by publication year).
 *
 * @param issued   documents with upward filings
 * @param filed    of those, sent to every destination
 * @param onTime   of those, sent to every destination by its due date
 */
public record UpwardTally(int year, List<Long> issued, List<Long> filed, List<Long> onTime,
                          Map<String, Destination> destinations) {
    /** Counts for one destination; each list holds document ids (the drill-down). */
    public record Destination(String name, List<Long> due, List<Long> sent, List<Long> onTime) {
    }

    public List<Long> notFiled() {
        return issued.stream().filter(id -> !filed.contains(id)).toList();
    }

    /** 报备率 as a percentage, or null without documents. */
    public Double filingRate() {
        return issued.isEmpty() ? null : Math.round(10000.0 * filed.size() / issued.size()) / 100.0;
    }
}
