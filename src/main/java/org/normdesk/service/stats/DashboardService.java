package org.normdesk.service.stats;

import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.filing.DueHealth;
import org.normdesk.service.filing.FilingService;
import org.normdesk.service.filing.IntakeRow;
import org.normdesk.service.register.RegisterService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The figures behind the statistics dashboard: filings received per month, documents by status, the filing units
 * that filed most, and how the open filings stand against their deadlines; and the documents behind a figure
 * (the drill-down of the tally).
 */
public final class DashboardService {
    /** The open filings: their deadlines still matter. */
    public static final Set<FilingState> OPEN = EnumSet.of(FilingState.RECEIVED, FilingState.RETURNED_FOR_CORRECTION,
            FilingState.REGISTERED, FilingState.UNDER_REVIEW);
    /** How many filing units the ranking shows. */
    public static final int TOP_UNITS = 8;

    private final FilingService filings;
    private final RegisterService register;
    private final Clock clock;

    public DashboardService(FilingService filings, RegisterService register, Clock clock) {
        this.filings = filings;
        this.register = register;
        this.clock = clock;
    }

    /**
     * @param receivedByMonth filings first received in each month of the year (index 0 = January)
     * @param byStatus        documents in the register by status (of the unit's documents when one is chosen)
     * @param topUnits        filing units by filings received in the year, most first
     * @param health          open filings by how close their next deadline is, as of today
     */
    public record Dashboard(int year, Long unitId, List<Integer> receivedByMonth, Map<LifecycleStatus, Integer> byStatus,
                            List<UnitCount> topUnits, Map<DueHealth, Integer> health, LocalDate asOf) {
        public Dashboard {
            receivedByMonth = List.copyOf(receivedByMonth);
            byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
            topUnits = List.copyOf(topUnits);
            health = Collections.unmodifiableMap(new EnumMap<>(health));
        }

        public int received() {
            return receivedByMonth.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A filing unit and how many filings it sent. */
    public record UnitCount(String unit, int filings) {
    }

    /** A document as the drill-down lists it. */
    public record DocumentLine(long id, String title, String docNumber, String issuer, LifecycleStatus status) {
    }

    /** The dashboard of {@code year}; {@code unitId} narrows it to one filing unit (null: all). */
    public Dashboard dashboard(int year, Long unitId) {
        String unitName = unitId == null ? null : register.issuers().stream()
                .filter(i -> Objects.equals(i.id(), unitId)).map(Issuer::name).findFirst().orElse(null);
        List<IntakeRow> all = filings.queue(Set.of());
        Integer[] months = new Integer[12];
        java.util.Arrays.fill(months, 0);
        Map<String, Integer> perUnit = new HashMap<>();
        Map<DueHealth, Integer> health = new EnumMap<>(DueHealth.class);
        for (DueHealth h : DueHealth.values()) {
            health.put(h, 0);
        }
        for (IntakeRow row : all) {
            boolean ofUnit = unitName == null || unitName.equals(row.filingUnit());
            if (row.firstReceived() != null && row.firstReceived().getYear() == year) {
                perUnit.merge(row.filingUnit(), 1, Integer::sum);
                if (ofUnit) {
                    months[row.firstReceived().getMonthValue() - 1]++;
                }
            }
            if (ofUnit && OPEN.contains(row.state())) {
                health.merge(row.health(), 1, Integer::sum);
            }
        }
        List<UnitCount> top = perUnit.entrySet().stream()
                .map(e -> new UnitCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(UnitCount::filings).reversed().thenComparing(UnitCount::unit))
                .limit(TOP_UNITS).toList();
        return new Dashboard(year, unitId, List.of(months), byStatus(unitId), top, health, LocalDate.now(clock));
    }

    private Map<LifecycleStatus, Integer> byStatus(Long unitId) {
        Map<LifecycleStatus, Integer> counts = new EnumMap<>(LifecycleStatus.class);
        for (LifecycleStatus s : LifecycleStatus.values()) {
            counts.put(s, 0);
        }
        if (unitId == null) {
            counts.putAll(register.countByStatus());
        } else {
            for (DocumentSummary s : register.search(new DocumentQuery(null, Set.of(), Set.of(), null, unitId,
                    Integer.MAX_VALUE))) {
                counts.merge(s.status(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The documents behind a figure, in the order given; a document counted twice is listed once. */
    public List<DocumentLine> documents(Collection<Long> ids) {
        Map<Long, DocumentLine> lines = new LinkedHashMap<>();
        for (Long id : ids) {
            if (!lines.containsKey(id)) {
                NormativeDocument d = register.get(id);
                lines.put(id, new DocumentLine(id, d.title(), d.docNumber() == null ? "" : d.docNumber().raw(),
                        d.leadIssuer() == null ? "" : d.leadIssuer().name(), d.status()));
            }
        }
        return new ArrayList<>(lines.values());
    }

    /** The years there is anything to count for: documents published or filings received, and this year. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.add(LocalDate.now(clock).getYear());
        for (DocumentSummary s : register.search(DocumentQuery.all().withStatuses(Set.of()))) {
            if (s.publishedDate() != null) {
                years.add(s.publishedDate().getYear());
            }
        }
        return new ArrayList<>(years);
    }
}
