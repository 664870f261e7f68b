package org.normdesk.service.stats;

import org.normdesk.domain.calendar.DeadlineRule;
import org.normdesk.domain.calendar.WorkCalendar;
import org.normdesk.domain.filing.DeadlineKind;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.FormalCheckDecision;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.review.CorrectionResult;
import org.normdesk.service.calendar.CalendarService;
import org.normdesk.service.settings.SettingsService;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.store.Database;
import org.normdesk.store.TallyStore;
import org.normdesk.store.TallyStore.FilingFacts;
import org.normdesk.store.TallyStore.PublishedFacts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The year-end tally (年度统计): every figure derived from the register and drillable to its documents.
 * Publication year decides 报备率 and 及时报备率; receipt / decision year decides the intake counts.
 */
public final class TallyService {
    private final TallyStore store;
    private final CalendarService calendar;
    private final SettingsService settings;
    private final Clock clock;

    public TallyService(Database db, CalendarService calendar, SettingsService settings, Clock clock) {
        this.store = new TallyStore(db);
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    public Tally tally(int year, Long unitId) {
        Map<TallyItem, Figure> counts = new EnumMap<>(TallyItem.class);
        DeadlineRule filingDue = calendar.deadlineRules().get(DeadlineKind.FILING_DUE);
        WorkCalendar cal = calendar.calendar();

        List<FilingFacts> received = store.filingsReceivedIn(year, unitId);
        put(counts, TallyItem.RECEIVED, documents(received));
        put(counts, TallyItem.REGISTERED, store.documentsRegisteredIn(year, unitId));
        put(counts, TallyItem.RETURNED, store.documentsWithCheckIn(year, FormalCheckDecision.RETURN, unitId));
        put(counts, TallyItem.NOT_REGISTERED, store.documentsWithCheckIn(year, FormalCheckDecision.REJECT, unitId));
        put(counts, TallyItem.LATE, documents(received.stream().filter(f -> late(f, filingDue, cal)).toList()));
        put(counts, TallyItem.REVIEWED, store.documentsReachingIn(year, FilingState.REVIEW_CONCLUDED, unitId));

        UnitSettings unit = settings.unit();
        Set<Long> own = unit.ownIssuerIds();
        Set<String> required = unit.requiredMaterials().stream().map(MaterialKind::name)
                .collect(Collectors.toSet());
        List<Long> issued = new ArrayList<>();
        List<Long> filed = new ArrayList<>();
        List<Long> filedOnTime = new ArrayList<>();
        List<Long> unfiled = new ArrayList<>();
        List<Long> firstTimeComplete = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        PublishedFacts chosen = null;
        // rows come by document, earliest filing first; a document's first filing still in scope is the one that counts
        for (PublishedFacts row : store.documentsPublishedWithFilings(year, unitId, own, required)) {
            if (chosen == null || chosen.documentId() != row.documentId()) {
                if (chosen != null) {
                    judge(chosen, filingDue, cal, today, required.size(), filed, filedOnTime, unfiled, firstTimeComplete);
                }
                issued.add(row.documentId());
                chosen = withoutRejected(row);
            } else if (chosen.filing() == null) {
                chosen = withoutRejected(row);
            }
        }
        if (chosen != null) {
            judge(chosen, filingDue, cal, today, required.size(), filed, filedOnTime, unfiled, firstTimeComplete);
        }
        put(counts, TallyItem.ISSUED, issued);
        put(counts, TallyItem.FILED, filed);
        put(counts, TallyItem.FILED_ON_TIME, filedOnTime);
        put(counts, TallyItem.UNFILED, unfiled);
        put(counts, TallyItem.FIRST_TIME_COMPLETE, firstTimeComplete);

        put(counts, TallyItem.CORRECTIONS_REQUESTED, store.documentsWithCorrectionOpenedIn(year, unitId));
        Map<String, List<Long>> closed = store.documentsWithCorrectionClosedIn(year, unitId);
        put(counts, TallyItem.CORRECTED_SELF_AMENDED, closed.getOrDefault(CorrectionResult.SELF_AMENDED.name(), List.of()));
        put(counts, TallyItem.CORRECTED_SELF_REPEALED, closed.getOrDefault(CorrectionResult.SELF_REPEALED.name(), List.of()));
        put(counts, TallyItem.CORRECTED_REVOKED, closed.getOrDefault(CorrectionResult.REVOKED.name(), List.of()));
        put(counts, TallyItem.CLOSED_NOT_CORRECTED, closed.getOrDefault(CorrectionResult.NOT_CORRECTED.name(), List.of()));
        List<Long> corrected = new ArrayList<>(counts.get(TallyItem.CORRECTED_SELF_AMENDED).documentIds());
        corrected.addAll(counts.get(TallyItem.CORRECTED_SELF_REPEALED).documentIds());
        corrected.addAll(counts.get(TallyItem.CORRECTED_REVOKED).documentIds());
        put(counts, TallyItem.CORRECTIONS_COMPLETED, corrected.stream().sorted().toList());

        List<Rate> rates = new ArrayList<>();
        rates.add(new Rate(Rate.RateKind.FILING_RATE, counts.get(TallyItem.FILED), counts.get(TallyItem.ISSUED)));
        rates.add(new Rate(Rate.RateKind.ON_TIME_RATE, counts.get(TallyItem.FILED_ON_TIME), counts.get(TallyItem.ISSUED)));
        rates.add(new Rate(Rate.RateKind.CONFORMITY_RATE, counts.get(TallyItem.FIRST_TIME_COMPLETE), counts.get(TallyItem.FILED)));
        rates.add(new Rate(Rate.RateKind.REVIEW_RATE, counts.get(TallyItem.REVIEWED), counts.get(TallyItem.REGISTERED)));
        return new Tally(year, unitId, counts, rates, store.cleanupDecisionsIn(year));
    }

    /** A filing rejected as not in scope does not count as the document's filing. */
    private static PublishedFacts withoutRejected(PublishedFacts row) {
        return row.filing() == null || row.filing().state() != FilingState.REJECTED_NOT_IN_SCOPE ? row
                : new PublishedFacts(row.documentId(), row.publishedDate(), null, 0);
    }

    private static void judge(PublishedFacts document, DeadlineRule filingDue, WorkCalendar cal, LocalDate today,
                              int requiredCount, List<Long> filed, List<Long> filedOnTime, List<Long> unfiled,
                              List<Long> firstTimeComplete) {
        long id = document.documentId();
        if (document.filing() == null) {
            // counted once its deadline has passed: late-December documents are due in January
            if (filingDue.dueDate(document.publishedDate(), cal).isBefore(today)) {
                unfiled.add(id);
            }
            return;
        }
        filed.add(id);
        if (!late(document.filing(), filingDue, cal)) {
            filedOnTime.add(id);
        }
        if (document.requiredPresentInFirstPackage() >= requiredCount) {
            firstTimeComplete.add(id);
        }
    }

    private static boolean late(FilingFacts filing, DeadlineRule rule, WorkCalendar cal) {
        return filing.publishedDate() != null && filing.receivedDate().isAfter(rule.dueDate(filing.publishedDate(), cal));
    }

    private static List<Long> documents(List<FilingFacts> filings) {
        return filings.stream().map(FilingFacts::documentId).toList();
    }

    private static void put(Map<TallyItem, Figure> counts, TallyItem item, List<Long> documentIds) {
        counts.put(item, new Figure(item, documentIds));
    }
}
