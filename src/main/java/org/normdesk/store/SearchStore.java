package org.normdesk.store;

import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.DOCUMENT_ISSUER;
import static org.normdesk.store.jooq.Tables.ISSUER;
import static org.normdesk.store.jooq.Tables.STATUS_CHANGE;

/**
 * What the search index needs from the register: the searchable and filterable fields of documents, and a
 * fingerprint of the document table that tells the index whether it is still in step with the database.
 */
public final class SearchStore {
    /** Rows read per statement when feeding the whole register. */
    private static final int CHUNK = 2_000;

    private final Database db;

    public SearchStore(Database db) {
        this.db = db;
    }

    /** One document as the index sees it; issuers lead body first. */
    public record IndexRow(long id, String title, String docNumberRaw, String docNumberNormalized, long leadIssuerId,
                           String leadIssuerLevel, List<Long> issuerIds, List<String> issuerNames, String type,
                           String status, String subjectArea, LocalDate publishedDate, LocalDate validUntil,
                           LocalDate statusSince, int version, Instant updatedAt, LocalDate effectiveDate,
                           List<HistoryStep> history) {
    }

    /** One status-history entry as point in time reads it; a row's steps are in (effective on, id) order. */
    public record HistoryStep(LocalDate effectiveOn, String toStatus) {
    }

    /**
     * Changes when any document is added, edited, moved or removed: every write bumps {@code version} or changes
     * the count. {@code maxUpdatedAt} is null for an empty register.
     */
    public record Fingerprint(int count, long versionSum, long maxId, Instant maxUpdatedAt) {
    }

    /** The highest id and the latest update: two index lookups, cheap enough to ask before every search. */
    public record Watermark(long maxId, Instant maxUpdatedAt) {
    }

    public Watermark watermark() {
        var r = db.dsl().select(DSL.coalesce(DSL.max(DOCUMENT.ID), DSL.inline(0L)), DSL.max(DOCUMENT.UPDATED_AT))
                .from(DOCUMENT).fetchOne();
        return new Watermark(r.value1(), r.value2() == null ? null : r.value2().toInstant());
    }

    /** Reads the whole table (count and sum): asked when the watermark moved, and now and then regardless. */
    public Fingerprint fingerprint() {
        var r = db.dsl().select(DSL.count(), DSL.coalesce(DSL.sum(DOCUMENT.VERSION), DSL.inline(java.math.BigDecimal.ZERO)),
                        DSL.coalesce(DSL.max(DOCUMENT.ID), DSL.inline(0L)), DSL.max(DOCUMENT.UPDATED_AT))
                .from(DOCUMENT).fetchOne();
        OffsetDateTime max = r.value4();
        return new Fingerprint(r.value1(), r.value2().longValue(), r.value3(), max == null ? null : max.toInstant());
    }

    /** Every document, in id order, a chunk at a time (the register never sits in memory whole). */
    public void forEachRow(Consumer<IndexRow> sink) {
        long after = 0;
        while (true) {
            List<IndexRow> chunk = rows(DOCUMENT.ID.gt(after), CHUNK);
            chunk.forEach(sink);
            if (chunk.size() < CHUNK) {
                return;
            }
            after = chunk.get(chunk.size() - 1).id();
        }
    }

    /** Documents added after {@code afterId} or updated at or after {@code updatedSince}. */
    public List<IndexRow> changedSince(long afterId, Instant updatedSince) {
        Condition condition = DOCUMENT.ID.gt(afterId);
        if (updatedSince != null) {
            condition = condition.or(DOCUMENT.UPDATED_AT.ge(DocumentStore.utc(updatedSince)));
        }
        return rows(condition, Integer.MAX_VALUE);
    }

    /** These documents (those that still exist). */
    public List<IndexRow> rows(Collection<Long> ids) {
        List<IndexRow> found = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int start = 0; start < all.size(); start += CHUNK) {
            found.addAll(rows(DOCUMENT.ID.in(all.subList(start, Math.min(all.size(), start + CHUNK))), CHUNK));
        }
        return found;
    }

    private List<IndexRow> rows(Condition condition, int limit) {
        var docs = db.dsl().select(DOCUMENT.ID, DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER_RAW, DOCUMENT.DOC_NUMBER_NORMALIZED,
                        DOCUMENT.LEAD_ISSUER_ID, DOCUMENT.DOC_TYPE, DOCUMENT.STATUS, DOCUMENT.SUBJECT_AREA,
                        DOCUMENT.PUBLISHED_DATE, DOCUMENT.VALID_UNTIL, DOCUMENT.VERSION, DOCUMENT.UPDATED_AT,
                        DOCUMENT.EFFECTIVE_DATE)
                .from(DOCUMENT).where(condition).orderBy(DOCUMENT.ID).limit(limit).fetch();
        if (docs.isEmpty()) {
            return List.of();
        }
        long first = docs.get(0).value1();
        long last = docs.get(docs.size() - 1).value1();
        Map<Long, List<Long>> issuerIds = new HashMap<>();
        Map<Long, List<String>> issuerNames = new HashMap<>();
        Map<Long, String> leadLevel = new HashMap<>();
        // id ranges, not IN lists: one indexed range read per chunk on either database
        db.dsl().select(DOCUMENT_ISSUER.DOCUMENT_ID, DOCUMENT_ISSUER.ISSUER_ID, ISSUER.NAME, ISSUER.ORG_LEVEL,
                        DOCUMENT_ISSUER.ORDINAL)
                .from(DOCUMENT_ISSUER).join(ISSUER).on(ISSUER.ID.eq(DOCUMENT_ISSUER.ISSUER_ID))
                .where(DOCUMENT_ISSUER.DOCUMENT_ID.between(first, last))
                .orderBy(DOCUMENT_ISSUER.DOCUMENT_ID, DOCUMENT_ISSUER.ORDINAL)
                .fetch()
                .forEach(r -> {
                    issuerIds.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2());
                    issuerNames.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value3());
                    if (r.value5() == 0) {
                        leadLevel.put(r.value1(), r.value4());
                    }
                });
        Map<Long, LocalDate> since = new HashMap<>();
        Map<Long, List<HistoryStep>> history = new HashMap<>();
        db.dsl().select(STATUS_CHANGE.DOCUMENT_ID, STATUS_CHANGE.EFFECTIVE_ON, STATUS_CHANGE.TO_STATUS)
                .from(STATUS_CHANGE)
                .where(STATUS_CHANGE.DOCUMENT_ID.between(first, last))
                .orderBy(STATUS_CHANGE.DOCUMENT_ID, STATUS_CHANGE.EFFECTIVE_ON, STATUS_CHANGE.ID)
                .fetch()
                .forEach(r -> {
                    history.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new HistoryStep(r.value2(), r.value3()));
                    since.merge(r.value1(), r.value2(), (a, b) -> a.isAfter(b) ? a : b);
                });
        List<IndexRow> rows = new ArrayList<>(docs.size());
        for (var d : docs) {
            long id = d.value1();
            rows.add(new IndexRow(id, d.value2(), d.value3(), d.value4(), d.value5(), leadLevel.get(id),
                    issuerIds.getOrDefault(id, List.of()), issuerNames.getOrDefault(id, List.of()), d.value6(),
                    d.value7(), d.value8(), d.value9(), d.value10(), since.get(id), d.value11(),
                    d.value12().toInstant(), d.value13(), history.getOrDefault(id, List.of())));
        }
        return rows;
    }
}
