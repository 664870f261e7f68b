package org.normdesk.store;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.normdesk.domain.common.ConcurrentChangeException;
import org.normdesk.domain.common.DateRange;
import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.common.TextNormalizer;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.StatusChange;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.store.jooq.tables.records.DocumentRecord;
import org.normdesk.store.jooq.tables.records.StatusChangeRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.DOCUMENT_ISSUER;
import static org.normdesk.store.jooq.Tables.ISSUER;
import static org.normdesk.store.jooq.Tables.STATUS_CHANGE;

/** Documents of the register, their issuers and their status history. */
public final class DocumentStore {
    /** Rows per multi-row insert: well below PostgreSQL's 65,535 bind values. */
    private static final int ROWS_PER_STATEMENT = 500;

    private final Database db;

    public DocumentStore(Database db) {
        this.db = db;
    }

    /** Stores a new document with its issuers; returns it with its id. Call inside a transaction. */
    public NormativeDocument insert(NormativeDocument doc, Instant now) {
        OffsetDateTime at = utc(now);
        DocumentRecord row = db.dsl().newRecord(DOCUMENT);
        copyFields(doc, row);
        row.setCreatedAt(at);
        row.setUpdatedAt(at);
        row.setVersion(0);
        row.store();
        insertIssuers(row.getId(), doc.issuers());
        return doc.withId(row.getId());
    }

    /**
     * Stores many new documents with their issuers in few statements (a register loaded at once, where one
     * statement per row dominates); returns them with their ids, in the given order. Call inside a transaction.
     *
     * @param createdAt when each document was recorded, same order and size as {@code docs}
     */
    public List<NormativeDocument> insertAll(List<NormativeDocument> docs, List<Instant> createdAt) {
        return insertAll(docs, createdAt, stored -> { });
    }

    /**
     * {@link #insertAll(List, List)}, telling {@code stored} how many documents are in so far (every 1,000; their
     * issuers follow after the last).
     */
    public List<NormativeDocument> insertAll(List<NormativeDocument> docs, List<Instant> createdAt,
                                             IntConsumer stored) {
        if (docs.size() != createdAt.size()) {
            throw new IllegalArgumentException("one time per document");
        }
        List<Object[]> rows = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            NormativeDocument doc = docs.get(i);
            DocNumber number = doc.docNumber();
            OffsetDateTime at = utc(createdAt.get(i));
            rows.add(new Object[]{doc.title(), TextNormalizer.normalizeTitle(doc.title()),
                    number == null ? null : number.raw(), number == null ? null : number.normalized(),
                    number == null ? null : number.prefix(), number == null ? null : number.year(),
                    number == null ? null : number.serial(), number != null && number.parsed(), doc.leadIssuer().id(),
                    doc.type().name(), doc.subjectArea(), doc.signedDate(), doc.publishedDate(), doc.effectiveDate(),
                    doc.validUntil(), doc.status().name(), doc.registrationNo(), at, at, 0});
        }
        List<Long> ids = new BulkInsert(db, DOCUMENT, DOCUMENT.TITLE, DOCUMENT.TITLE_NORMALIZED,
                DOCUMENT.DOC_NUMBER_RAW, DOCUMENT.DOC_NUMBER_NORMALIZED, DOCUMENT.DOC_NUMBER_PREFIX,
                DOCUMENT.DOC_NUMBER_YEAR, DOCUMENT.DOC_NUMBER_SERIAL, DOCUMENT.DOC_NUMBER_PARSED,
                DOCUMENT.LEAD_ISSUER_ID, DOCUMENT.DOC_TYPE, DOCUMENT.SUBJECT_AREA, DOCUMENT.SIGNED_DATE,
                DOCUMENT.PUBLISHED_DATE, DOCUMENT.EFFECTIVE_DATE, DOCUMENT.VALID_UNTIL, DOCUMENT.STATUS,
                DOCUMENT.REGISTRATION_NO, DOCUMENT.CREATED_AT, DOCUMENT.UPDATED_AT, DOCUMENT.VERSION)
                .insertReturning(rows, DOCUMENT.ID, stored);
        List<NormativeDocument> withIds = new ArrayList<>(docs.size());
        List<Object[]> issuerRows = new ArrayList<>(docs.size() + docs.size() / 4);
        for (int i = 0; i < docs.size(); i++) {
            NormativeDocument doc = docs.get(i);
            long id = ids.get(i);
            withIds.add(doc.withId(id));
            for (int k = 0; k < doc.issuers().size(); k++) {
                issuerRows.add(new Object[]{id, doc.issuers().get(k).id(), k});
            }
        }
        new BulkInsert(db, DOCUMENT_ISSUER, DOCUMENT_ISSUER.DOCUMENT_ID, DOCUMENT_ISSUER.ISSUER_ID,
                DOCUMENT_ISSUER.ORDINAL).insert(issuerRows);
        return withIds;
    }

    /** Saves edited fields; fails if the row changed since {@code doc.version()} was read. */
    public NormativeDocument update(NormativeDocument doc, Instant now) {
        DocumentRecord row = db.dsl().newRecord(DOCUMENT);
        copyFields(doc, row);
        row.setUpdatedAt(utc(now));
        row.setVersion(doc.version() + 1);
        int updated = db.dsl().update(DOCUMENT)
                .set(row)
                .where(DOCUMENT.ID.eq(doc.id()), DOCUMENT.VERSION.eq(doc.version()))
                .execute();
        if (updated != 1) {
            throw new ConcurrentChangeException("document", doc.id());
        }
        db.dsl().deleteFrom(DOCUMENT_ISSUER).where(DOCUMENT_ISSUER.DOCUMENT_ID.eq(doc.id())).execute();
        insertIssuers(doc.id(), doc.issuers());
        return find(doc.id()).orElseThrow();
    }

    /** Moves the status column; the history row is written separately by {@link #appendStatusChange}. */
    public void updateStatus(long id, int expectedVersion, LifecycleStatus status, Instant now) {
        int updated = db.dsl().update(DOCUMENT)
                .set(DOCUMENT.STATUS, status.name())
                .set(DOCUMENT.UPDATED_AT, utc(now))
                .set(DOCUMENT.VERSION, DOCUMENT.VERSION.plus(1))
                .where(DOCUMENT.ID.eq(id), DOCUMENT.VERSION.eq(expectedVersion))
                .execute();
        if (updated != 1) {
            throw new ConcurrentChangeException("document", id);
        }
    }

    public StatusChange appendStatusChange(StatusChange change) {
        long id = db.dsl().insertInto(STATUS_CHANGE)
                .set(STATUS_CHANGE.DOCUMENT_ID, change.documentId())
                .set(STATUS_CHANGE.FROM_STATUS, change.from() == null ? null : change.from().name())
                .set(STATUS_CHANGE.TO_STATUS, change.to().name())
                .set(STATUS_CHANGE.EFFECTIVE_ON, change.effectiveOn())
                .set(STATUS_CHANGE.RECORDED_AT, utc(change.recordedAt()))
                .set(STATUS_CHANGE.RECORDED_BY, change.recordedBy())
                .set(STATUS_CHANGE.REASON, change.reason())
                .set(STATUS_CHANGE.CAUSED_BY_DOCUMENT_ID, change.causedByDocumentId())
                .returningResult(STATUS_CHANGE.ID)
                .fetchOne(STATUS_CHANGE.ID);
        return new StatusChange(id, change.documentId(), change.from(), change.to(), change.effectiveOn(),
                change.recordedAt(), change.recordedBy(), change.reason(), change.causedByDocumentId());
    }

    /**
     * Appends many history rows with few statements, keeping the list's order (loading a register at once,
     * where one statement per row would dominate). The rows get ids but they are not read back.
     */
    public void appendStatusChanges(List<StatusChange> changes) {
        List<Object[]> rows = new ArrayList<>(changes.size());
        for (StatusChange change : changes) {
            rows.add(new Object[]{change.documentId(), change.from() == null ? null : change.from().name(),
                    change.to().name(), change.effectiveOn(), utc(change.recordedAt()), change.recordedBy(),
                    change.reason(), change.causedByDocumentId()});
        }
        new BulkInsert(db, STATUS_CHANGE, STATUS_CHANGE.DOCUMENT_ID, STATUS_CHANGE.FROM_STATUS, STATUS_CHANGE.TO_STATUS,
                STATUS_CHANGE.EFFECTIVE_ON, STATUS_CHANGE.RECORDED_AT, STATUS_CHANGE.RECORDED_BY, STATUS_CHANGE.REASON,
                STATUS_CHANGE.CAUSED_BY_DOCUMENT_ID).insert(rows);
    }

    /** Oldest first. */
    public List<StatusChange> history(long documentId) {
        return db.dsl().selectFrom(STATUS_CHANGE)
                .where(STATUS_CHANGE.DOCUMENT_ID.eq(documentId))
                .orderBy(STATUS_CHANGE.RECORDED_AT, STATUS_CHANGE.ID)
                .fetch(DocumentStore::toStatusChange);
    }

    public Optional<NormativeDocument> find(long id) {
        Optional<DocumentRecord> row = db.dsl().selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(id)).fetchOptional();
        return row.map(r -> toDomain(r, issuersOf(r.getId())));
    }

    /** The document this issuer already registered under this normalised 文号, if any. */
    public Optional<DocumentSummary> findByNumber(long leadIssuerId, String normalizedNumber) {
        return summaries(DOCUMENT.LEAD_ISSUER_ID.eq(leadIssuerId)
                .and(DOCUMENT.DOC_NUMBER_NORMALIZED.eq(normalizedNumber)), 1).stream().findFirst();
    }

    /** Register rows for these ids, in the order of {@code ids}; ids not found are left out. */
    public List<DocumentSummary> summariesByIds(List<Long> ids) {
        Map<Long, DocumentSummary> byId = new HashMap<>();
        for (int start = 0; start < ids.size(); start += ROWS_PER_STATEMENT * 2) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + ROWS_PER_STATEMENT * 2));
            summaries(DOCUMENT.ID.in(chunk), chunk.size()).forEach(s -> byId.put(s.id(), s));
        }
        List<DocumentSummary> ordered = new ArrayList<>(byId.size());
        for (Long id : ids) {
            DocumentSummary row = byId.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    /** The database's own filtering (LIKE for text); the register's search box uses the search index instead. */
    public List<DocumentSummary> search(DocumentQuery query) {
        return summaries(conditionFor(query), query.limit(), query.offset());
    }

    public int count(DocumentQuery query) {
        return db.dsl().fetchCount(DOCUMENT, conditionFor(query));
    }

    public int count() {
        return db.dsl().fetchCount(DOCUMENT);
    }

    public Map<LifecycleStatus, Integer> countByStatus() {
        Map<LifecycleStatus, Integer> counts = new EnumMap<>(LifecycleStatus.class);
        db.dsl().select(DOCUMENT.STATUS, DSL.count()).from(DOCUMENT).groupBy(DOCUMENT.STATUS)
                .fetch()
                .forEach(r -> counts.put(LifecycleStatus.valueOf(r.value1()), r.value2()));
        return counts;
    }

    /**
     * What was in force on {@code day}: published by then, and the latest status change effective by then
     * left it valid or amended. Answered from the history, so it holds for any past day.
     */
    public List<DocumentSummary> inForceOn(LocalDate day, Long issuerId, int limit) {
        var latest = STATUS_CHANGE.as("latest");
        Field<String> latestStatus = DSL.field(
                DSL.select(latest.TO_STATUS).from(latest)
                        .where(latest.DOCUMENT_ID.eq(DOCUMENT.ID), latest.EFFECTIVE_ON.le(day))
                        .orderBy(latest.EFFECTIVE_ON.desc(), latest.ID.desc())
                        .limit(1));
        // 尚未施行 in the history binds from its effective date on, even before the daily job recorded 现行有效
        Condition condition = DOCUMENT.PUBLISHED_DATE.le(day).and(
                latestStatus.in(LifecycleStatus.VALID.name(), LifecycleStatus.AMENDED.name())
                        .or(latestStatus.eq(LifecycleStatus.NOT_YET_EFFECTIVE.name())
                                .and(DOCUMENT.EFFECTIVE_DATE.le(day))));
        if (issuerId != null) {
            condition = condition.and(DOCUMENT.ID.in(DSL.select(DOCUMENT_ISSUER.DOCUMENT_ID).from(DOCUMENT_ISSUER)
                    .where(DOCUMENT_ISSUER.ISSUER_ID.eq(issuerId))));
        }
        return summaries(condition, limit);
    }

    /** 尚未施行 documents whose effective date is {@code today} or earlier, earliest first. */
    public List<NormativeDocument> pendingEffectiveBy(LocalDate today) {
        return db.dsl().selectFrom(DOCUMENT)
                .where(DOCUMENT.EFFECTIVE_DATE.le(today),
                        DOCUMENT.STATUS.eq(LifecycleStatus.NOT_YET_EFFECTIVE.name()))
                .orderBy(DOCUMENT.EFFECTIVE_DATE, DOCUMENT.ID)
                .fetch(r -> toDomain(r, issuersOf(r.getId())));
    }

    /** Documents still in force whose validity ended before {@code today}. */
    public List<NormativeDocument> validityEndedBefore(LocalDate today) {
        return db.dsl().selectFrom(DOCUMENT)
                .where(DOCUMENT.VALID_UNTIL.lt(today),
                        DOCUMENT.STATUS.in(LifecycleStatus.VALID.name(), LifecycleStatus.AMENDED.name(),
                                LifecycleStatus.NOT_YET_EFFECTIVE.name()))
                .orderBy(DOCUMENT.VALID_UNTIL, DOCUMENT.ID)
                .fetch(r -> toDomain(r, issuersOf(r.getId())));
    }

    /** Documents in force whose validity ends between the two days (inclusive). */
    public List<DocumentSummary> validityEndingBetween(LocalDate from, LocalDate to) {
        return summaries(DOCUMENT.VALID_UNTIL.between(from, to)
                .and(DOCUMENT.STATUS.in(LifecycleStatus.VALID.name(), LifecycleStatus.AMENDED.name())), Integer.MAX_VALUE);
    }

    private List<DocumentSummary> summaries(Condition condition, int limit) {
        return summaries(condition, limit, 0);
    }

    private List<DocumentSummary> summaries(Condition condition, int limit, int offset) {
        return db.dsl().select(DOCUMENT.ID, DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER_RAW, DOCUMENT.DOC_NUMBER_PARSED,
                        ISSUER.NAME, DOCUMENT.DOC_TYPE, DOCUMENT.STATUS, DOCUMENT.PUBLISHED_DATE,
                        DOCUMENT.EFFECTIVE_DATE, DOCUMENT.VALID_UNTIL)
                .from(DOCUMENT)
                .join(ISSUER).on(ISSUER.ID.eq(DOCUMENT.LEAD_ISSUER_ID))
                .where(condition)
                .orderBy(DOCUMENT.PUBLISHED_DATE.desc().nullsLast(), DOCUMENT.ID.desc())
                .limit(limit)
                .offset(offset)
                .fetch(r -> new DocumentSummary(r.value1(), r.value2(), r.value3(),
                        r.value3() != null && !r.value4(), r.value5(), DocumentType.valueOf(r.value6()),
                        LifecycleStatus.valueOf(r.value7()), r.value8(), r.value9(), r.value10()));
    }

    private static Condition conditionFor(DocumentQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.text() != null) {
            conditions.add(textCondition(query.text()));
        }
        if (!query.statuses().isEmpty()) {
            conditions.add(DOCUMENT.STATUS.in(query.statuses().stream().map(Enum::name).toList()));
        }
        if (!query.types().isEmpty()) {
            conditions.add(DOCUMENT.DOC_TYPE.in(query.types().stream().map(Enum::name).toList()));
        }
        if (query.year() != null) {
            conditions.add(DOCUMENT.PUBLISHED_DATE.between(LocalDate.of(query.year(), 1, 1),
                    LocalDate.of(query.year(), 12, 31)));
        }
        if (query.issuerId() != null) {
            conditions.add(DOCUMENT.ID.in(DSL.select(DOCUMENT_ISSUER.DOCUMENT_ID).from(DOCUMENT_ISSUER)
                    .where(DOCUMENT_ISSUER.ISSUER_ID.eq(query.issuerId()))));
        }
        if (!query.issuerLevels().isEmpty()) {
            conditions.add(DOCUMENT.LEAD_ISSUER_ID.in(DSL.select(ISSUER.ID).from(ISSUER)
                    .where(ISSUER.ORG_LEVEL.in(query.issuerLevels().stream().map(Enum::name).toList()))));
        }
        if (!query.leadIssuerIds().isEmpty()) {
            conditions.add(DOCUMENT.LEAD_ISSUER_ID.in(query.leadIssuerIds()));
        }
        if (!query.subjectAreas().isEmpty()) {
            conditions.add(DOCUMENT.SUBJECT_AREA.in(query.subjectAreas()));
        }
        if (query.validUntil() != null) {
            conditions.add(within(DOCUMENT.VALID_UNTIL, query.validUntil()));
        }
        if (query.statusChanged() != null) {
            conditions.add(within(DSL.field(DSL.select(DSL.max(STATUS_CHANGE.EFFECTIVE_ON)).from(STATUS_CHANGE)
                    .where(STATUS_CHANGE.DOCUMENT_ID.eq(DOCUMENT.ID))), query.statusChanged()));
        }
        return DSL.and(conditions);
    }

    private static Condition within(Field<LocalDate> day, DateRange range) {
        Condition condition = day.isNotNull();
        if (range.from() != null) {
            condition = condition.and(day.ge(range.from()));
        }
        if (range.to() != null) {
            condition = condition.and(day.le(range.to()));
        }
        return condition;
    }

    /** Title words, or a 文号 typed in any bracket form; LIKE metacharacters are escaped by contains(). */
    private static Condition textCondition(String text) {
        String folded = TextNormalizer.normalizeTitle(text);
        Condition byTitle = DOCUMENT.TITLE_NORMALIZED.contains(folded);
        Optional<DocNumber> number = DocNumber.parse(text);
        String numberKey = number.map(DocNumber::normalized).orElse(TextNormalizer.stripAllWhitespace(folded));
        return byTitle.or(DOCUMENT.DOC_NUMBER_NORMALIZED.contains(numberKey));
    }

    private List<Issuer> issuersOf(long documentId) {
        return db.dsl().select(ISSUER.fields()).from(DOCUMENT_ISSUER)
                .join(ISSUER).on(ISSUER.ID.eq(DOCUMENT_ISSUER.ISSUER_ID))
                .where(DOCUMENT_ISSUER.DOCUMENT_ID.eq(documentId))
                .orderBy(DOCUMENT_ISSUER.ORDINAL)
                .fetch(r -> IssuerStore.toDomain(r.into(ISSUER)));
    }

    private void insertIssuers(long documentId, List<Issuer> issuers) {
        for (int i = 0; i < issuers.size(); i++) {
            db.dsl().insertInto(DOCUMENT_ISSUER)
                    .set(DOCUMENT_ISSUER.DOCUMENT_ID, documentId)
                    .set(DOCUMENT_ISSUER.ISSUER_ID, issuers.get(i).id())
                    .set(DOCUMENT_ISSUER.ORDINAL, i)
                    .execute();
        }
    }

    private static void copyFields(NormativeDocument doc, DocumentRecord row) {
        DocNumber number = doc.docNumber();
        row.setTitle(doc.title());
        row.setTitleNormalized(TextNormalizer.normalizeTitle(doc.title()));
        row.setDocNumberRaw(number == null ? null : number.raw());
        row.setDocNumberNormalized(number == null ? null : number.normalized());
        row.setDocNumberPrefix(number == null ? null : number.prefix());
        row.setDocNumberYear(number == null ? null : number.year());
        row.setDocNumberSerial(number == null ? null : number.serial());
        row.setDocNumberParsed(number != null && number.parsed());
        row.setLeadIssuerId(doc.leadIssuer().id());
        row.setDocType(doc.type().name());
        row.setSubjectArea(doc.subjectArea());
        row.setSignedDate(doc.signedDate());
        row.setPublishedDate(doc.publishedDate());
        row.setEffectiveDate(doc.effectiveDate());
        row.setValidUntil(doc.validUntil());
        row.setStatus(doc.status().name());
        row.setRegistrationNo(doc.registrationNo());
    }

    static NormativeDocument toDomain(DocumentRecord r, List<Issuer> issuers) {
        DocNumber number = r.getDocNumberRaw() == null ? null : new DocNumber(r.getDocNumberRaw(),
                r.getDocNumberPrefix(), r.getDocNumberYear(), r.getDocNumberSerial(), r.getDocNumberNormalized(),
                r.getDocNumberParsed());
        return new NormativeDocument(r.getId(), r.getTitle(), number, issuers, DocumentType.valueOf(r.getDocType()),
                r.getSubjectArea(), r.getSignedDate(), r.getPublishedDate(), r.getEffectiveDate(), r.getValidUntil(),
                LifecycleStatus.valueOf(r.getStatus()), r.getRegistrationNo(), r.getVersion());
    }

    private static StatusChange toStatusChange(StatusChangeRecord r) {
        return new StatusChange(r.getId(), r.getDocumentId(),
                r.getFromStatus() == null ? null : LifecycleStatus.valueOf(r.getFromStatus()),
                LifecycleStatus.valueOf(r.getToStatus()), r.getEffectiveOn(), r.getRecordedAt().toInstant(),
                r.getRecordedBy(), r.getReason(), r.getCausedByDocumentId());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
