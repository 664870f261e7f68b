package org.normdesk.store;

import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.normdesk.domain.cleanup.CampaignState;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.FormalCheckDecision;
import org.normdesk.domain.filing.MaterialKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.normdesk.store.jooq.Tables.CAMPAIGN;
import static org.normdesk.store.jooq.Tables.CAMPAIGN_ITEM;
import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.FILING;
import static org.normdesk.store.jooq.Tables.FILING_EVENT;
import static org.normdesk.store.jooq.Tables.FORMAL_CHECK;
import static org.normdesk.store.jooq.Tables.REVIEW;
import static org.normdesk.store.jooq.Tables.REVIEW_CORRECTION;

/**
 * The counting queries behind the year-end tally. Each returns the document ids it counts, so every figure
 * can be drilled down to its rows.
 */
public final class TallyStore {
    /** Times (a check, an event) belong to the office's calendar year. */
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    private final Database db;

    public TallyStore(Database db) {
        this.db = db;
    }

    /** One filing with what the tally needs to judge it. */
    public record FilingFacts(long filingId, long documentId, long filingUnitId, LocalDate receivedDate,
                              LocalDate publishedDate, FilingState state, LocalDate registeredDate) {
    }

    /** Filings received in the year (first receipt), optionally of one filing unit. */
    public List<FilingFacts> filingsReceivedIn(int year, Long unitId) {
        return filingFacts(FILING.RECEIVED_DATE.between(first(year), last(year)).and(unit(unitId)));
    }

    /** Documents of filings registered in the year, in order of receipt (only ids: no join to the documents). */
    public List<Long> documentsRegisteredIn(int year, Long unitId) {
        return db.dsl().select(FILING.DOCUMENT_ID).from(covered(FILING, "IX_FILING_REGISTERED_FACTS"))
                .where(FILING.REGISTERED_DATE.between(first(year), last(year)).and(unit(unitId)))
                .orderBy(FILING.RECEIVED_DATE, FILING.ID)
                .fetch(FILING.DOCUMENT_ID);
    }

    /**
     * One document published in the year by the bodies that must file (应报备), with one of its filings (any year; null when it has none)
     * and how many of the given materials that filing's first package held.
     */
    public record PublishedFacts(long documentId, LocalDate publishedDate, FilingFacts filing,
                                 int requiredPresentInFirstPackage) {
    }

    /**
     * The documents published in the year (应报备), each joined to its filings, with how many of the required
     * materials the filing's first package held — one pass over the year's documents, one row per filing, read
     * from indexes alone. The first package's materials come from {@code filing.first_package_materials} (one bit
     * per kind, written with the package) instead of a count over the materials per filing, which cost more than
     * the rest of the tally at 100k documents. Rows come by document id, then by receipt, so the first row of a
     * document is its earliest filing.
     */
    public List<PublishedFacts> documentsPublishedWithFilings(int year, Long unitId, Set<Long> exceptIssuers,
                                                             Set<String> requiredMaterials) {
        int required = 0;
        for (String kind : requiredMaterials) {
            required |= FilingStore.bit(MaterialKind.valueOf(kind));
        }
        int requiredBits = required;
        return db.dsl().select(DOCUMENT.ID, DOCUMENT.PUBLISHED_DATE, FILING.ID, FILING.FILING_UNIT_ID,
                        FILING.RECEIVED_DATE, FILING.STATE, FILING.REGISTERED_DATE, FILING.FIRST_PACKAGE_MATERIALS)
                .from(covered(DOCUMENT, "IX_DOCUMENT_PUBLISHED_ISSUER"))
                .leftJoin(covered(FILING, "IX_FILING_DOCUMENT_FACTS")).on(FILING.DOCUMENT_ID.eq(DOCUMENT.ID))
                .where(publishedIn(year, unitId, exceptIssuers))
                .orderBy(DOCUMENT.ID, FILING.RECEIVED_DATE, FILING.ID)
                .fetch(r -> new PublishedFacts(r.value1(), r.value2(), r.value3() == null ? null
                        : new FilingFacts(r.value3(), r.value1(), r.value4(), r.value5(), r.value2(),
                        FilingState.valueOf(r.value6()), r.value7()),
                        r.value8() == null ? 0 : Integer.bitCount(r.value8() & requiredBits)));
    }

    private List<FilingFacts> filingFacts(Condition condition) {
        return db.dsl().select(FILING.ID, FILING.DOCUMENT_ID, FILING.FILING_UNIT_ID, FILING.RECEIVED_DATE,
                        DOCUMENT.PUBLISHED_DATE, FILING.STATE, FILING.REGISTERED_DATE)
                .from(covered(FILING, "IX_FILING_RECEIVED_FACTS"))
                .join(covered(DOCUMENT, "IX_DOCUMENT_ID_PUBLISHED")).on(DOCUMENT.ID.eq(FILING.DOCUMENT_ID))
                .where(condition)
                .orderBy(FILING.RECEIVED_DATE, FILING.ID)
                .fetch(r -> new FilingFacts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        FilingState.valueOf(r.value6()), r.value7()));
    }

    /** Documents of filings that got this formal-check decision in the year. */
    public List<Long> documentsWithCheckIn(int year, FormalCheckDecision decision, Long unitId) {
        return db.dsl().selectDistinct(FILING.DOCUMENT_ID)
                .from(covered(FORMAL_CHECK, "IX_FORMAL_CHECK_DECISION_TIME_FILING"))
                .join(covered(FILING, "IX_FILING_ID_DOCUMENT")).on(FILING.ID.eq(FORMAL_CHECK.FILING_ID))
                .where(FORMAL_CHECK.DECISION.eq(decision.name()),
                        FORMAL_CHECK.CHECKED_AT.between(start(year), start(year + 1)), unit(unitId))
                .orderBy(FILING.DOCUMENT_ID).fetch(FILING.DOCUMENT_ID);
    }

    /** Documents of filings that reached this state in the year. */
    public List<Long> documentsReachingIn(int year, FilingState state, Long unitId) {
        return db.dsl().selectDistinct(FILING.DOCUMENT_ID)
                .from(covered(FILING_EVENT, "IX_FILING_EVENT_STATE_TIME_FILING"))
                .join(covered(FILING, "IX_FILING_ID_DOCUMENT")).on(FILING.ID.eq(FILING_EVENT.FILING_ID))
                .where(FILING_EVENT.TO_STATE.eq(state.name()),
                        FILING_EVENT.OCCURRED_AT.between(start(year), start(year + 1)), unit(unitId))
                .orderBy(FILING.DOCUMENT_ID).fetch(FILING.DOCUMENT_ID);
    }

    /** 应报备: published in the year, by the unit (when given), not by the bodies this register files upward for. */
    private static Condition publishedIn(int year, Long unitId, Set<Long> exceptIssuers) {
        Condition condition = DOCUMENT.PUBLISHED_DATE.between(first(year), last(year));
        if (unitId != null) {
            condition = condition.and(DOCUMENT.LEAD_ISSUER_ID.eq(unitId));
        }
        if (!exceptIssuers.isEmpty()) {
            // as literals: H2 then tests each row against a hash set instead of comparing it with every id in turn
            condition = condition.and(DOCUMENT.LEAD_ISSUER_ID.notIn(exceptIssuers.stream().sorted().map(DSL::inline)
                    .toList()));
        }
        return condition;
    }

    /** Per decision, the documents of campaigns finalized with an approval date in the year. */
    public Map<Disposition, List<Long>> cleanupDecisionsIn(int year) {
        Map<Disposition, List<Long>> byDecision = new EnumMap<>(Disposition.class);
        for (Disposition d : Disposition.values()) {
            byDecision.put(d, new ArrayList<>());
        }
        db.dsl().select(CAMPAIGN_ITEM.DECISION, CAMPAIGN_ITEM.DOCUMENT_ID).from(CAMPAIGN_ITEM)
                .join(CAMPAIGN).on(CAMPAIGN.ID.eq(CAMPAIGN_ITEM.CAMPAIGN_ID))
                .where(CAMPAIGN.STATE.eq(CampaignState.FINALIZED.name()),
                        CAMPAIGN.APPROVED_ON.between(first(year), last(year)))
                .orderBy(CAMPAIGN_ITEM.DOCUMENT_ID)
                .fetch()
                .forEach(r -> byDecision.get(Disposition.valueOf(r.value1())).add(r.value2()));
        return byDecision;
    }

    /** Documents whose correction was required (the opinion approved, the correction opened) in the year. */
    public List<Long> documentsWithCorrectionOpenedIn(int year, Long unitId) {
        return db.dsl().selectDistinct(REVIEW_CORRECTION.DOCUMENT_ID).from(REVIEW_CORRECTION)
                .join(REVIEW).on(REVIEW.ID.eq(REVIEW_CORRECTION.REVIEW_ID))
                .join(covered(FILING, "IX_FILING_ID_DOCUMENT")).on(FILING.ID.eq(REVIEW.FILING_ID))
                .where(REVIEW_CORRECTION.CREATED_AT.between(start(year), start(year + 1)), unit(unitId))
                .orderBy(REVIEW_CORRECTION.DOCUMENT_ID).fetch(REVIEW_CORRECTION.DOCUMENT_ID);
    }

    /** Documents whose correction was closed in the year, by the result it was closed with (纠错情况). */
    public Map<String, List<Long>> documentsWithCorrectionClosedIn(int year, Long unitId) {
        Map<String, List<Long>> byResult = new LinkedHashMap<>();
        db.dsl().select(REVIEW_CORRECTION.RESULT, REVIEW_CORRECTION.DOCUMENT_ID).from(REVIEW_CORRECTION)
                .join(REVIEW).on(REVIEW.ID.eq(REVIEW_CORRECTION.REVIEW_ID))
                .join(covered(FILING, "IX_FILING_ID_DOCUMENT")).on(FILING.ID.eq(REVIEW.FILING_ID))
                .where(REVIEW_CORRECTION.STATE.eq("CLOSED"),
                        REVIEW_CORRECTION.CLOSED_ON.between(first(year), last(year)), unit(unitId))
                .orderBy(REVIEW_CORRECTION.DOCUMENT_ID)
                .forEach(r -> byResult.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return byResult;
    }

    /**
     * The table read through this index. H2 otherwise fetches each joined row by its primary key, decoding the whole
     * row (a document's titles and all) for one or two columns; with an index that holds every column the query
     * needs it reads the index alone — ten times faster on the tally's 10k-row joins. PostgreSQL chooses
     * index-only scans by itself and has no such hint. The names are H2's (upper case), from V26.
     */
    private <R extends Record> Table<R> covered(Table<R> table, String h2Index) {
        return db.kind() == DatabaseKind.H2 ? table.useIndex(h2Index) : table;
    }

    private static Condition unit(Long unitId) {
        return unitId == null ? DSL.noCondition() : FILING.FILING_UNIT_ID.eq(unitId);
    }

    private static LocalDate first(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate last(int year) {
        return LocalDate.of(year, 12, 31);
    }

    private static OffsetDateTime start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(OFFICE_ZONE).toOffsetDateTime();
    }
}
