package org.normdesk.service.upward;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The year's upward filing counts (documents of the unit's own government, by publication year).
 *
 * @param issued   own documents published in the year (with or without destinations proposed yet)
 * @param filed    of those, sent to every destination (a document without destinations is not filed)
 * @param onTime   of those, sent to every destination by its due date
 */
public record UpwardTally(int year, List<Long> issued, List<Long> filed, List<Long> onTime,
                          Map<String, Destination> destinations) {
    public UpwardTally {
        issued = List.copyOf(issued);
        filed = List.copyOf(filed);
        onTime = List.copyOf(onTime);
        destinations = Collections.unmodifiableMap(new LinkedHashMap<>(destinations));
    }

    /**
     * Counts for one destination; each list holds document ids (the drill-down).
     *
     * @param due    documents that must be filed with this body
     * @param sent   of those, sent (at any time)
     * @param onTime of those, sent by the due date
     */
    public record Destination(String name, List<Long> due, List<Long> sent, List<Long> onTime) {
        public Destination {
            due = List.copyOf(due);
            sent = List.copyOf(sent);
            onTime = List.copyOf(onTime);
        }

        /** Sent, but after the due date. */
        public List<Long> late() {
            return sent.stream().filter(id -> !onTime.contains(id)).toList();
        }

        /** Not sent to this body yet. */
        public List<Long> notSent() {
            return due.stream().filter(id -> !sent.contains(id)).toList();
        }

        public Double filingRate() {
            return percent(sent.size(), due.size());
        }
    }

    /** Filed with every destination, but with at least one of them late. */
    public List<Long> late() {
        return filed.stream().filter(id -> !onTime.contains(id)).toList();
    }

    public List<Long> notFiled() {
        return issued.stream().filter(id -> !filed.contains(id)).toList();
    }

    /** 报备率 as a percentage, or null without documents. */
    public Double filingRate() {
        return percent(filed.size(), issued.size());
    }

    /** 及时报备率 as a percentage, or null without documents. */
    public Double onTimeRate() {
        return percent(onTime.size(), issued.size());
    }

    static Double percent(int numerator, int denominator) {
        return denominator == 0 ? null : Math.round(10000.0 * numerator / denominator) / 100.0;
    }
}
