package org.normdesk.store;

import org.jooq.impl.DSL;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.StatusChange;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.store.jooq.tables.records.DocumentRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.normdesk.store.jooq.Tables.ATTACHMENT;
import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.DOCUMENT_ISSUER;
import static org.normdesk.store.jooq.Tables.DOCUMENT_RELATION;
import static org.normdesk.store.jooq.Tables.EXCHANGE_PACKAGE;
import static org.normdesk.store.jooq.Tables.EXCHANGE_RECORD;
import static org.normdesk.store.jooq.Tables.FILING;
import static org.normdesk.store.jooq.Tables.FILING_MATERIAL;
import static org.normdesk.store.jooq.Tables.FILING_SUBMISSION;
import static org.normdesk.store.jooq.Tables.STATUS_CHANGE;

/**
 * What offline exchange packages read and keep: the whole register in a few bulk statements (documents with
 * issuers, history, relations, filings with their submissions and materials), and per peer unit the packages
 * exchanged and the agreed hash of every exchanged document.
 */
public final class ExchangeStore {
    public static final String EXPORT = "EXPORT";
    public static final String IMPORT = "IMPORT";
    private static final int CHUNK = 1_000;

    private final Database db;

    public ExchangeStore(Database db) {
        this.db = db;
    }

    /** Every document with its issuers (lead first), by id. */
    public Map<Long, NormativeDocument> allDocuments() {
        Map<Long, Issuer> issuers = new HashMap<>();
        new IssuerStore(db).findAll().forEach(i -> issuers.put(i.id(), i));
        Map<Long, List<Issuer>> issuersOf = new HashMap<>();
        db.dsl().select(DOCUMENT_ISSUER.DOCUMENT_ID, DOCUMENT_ISSUER.ISSUER_ID).from(DOCUMENT_ISSUER)
                .orderBy(DOCUMENT_ISSUER.DOCUMENT_ID, DOCUMENT_ISSUER.ORDINAL)
                .fetch()
                .forEach(r -> issuersOf.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(issuers.get(r.value2())));
        Map<Long, NormativeDocument> found = new LinkedHashMap<>();
        for (DocumentRecord row : db.dsl().selectFrom(DOCUMENT).orderBy(DOCUMENT.ID).fetch()) {
            found.put(row.getId(), DocumentStore.toDomain(row, issuersOf.getOrDefault(row.getId(), List.of())));
        }
        return found;
    }

    /** Every status change, oldest first per document. */
    public Map<Long, List<StatusChange>> allHistory() {
        Map<Long, List<StatusChange>> history = new HashMap<>();
        db.dsl().selectFrom(STATUS_CHANGE).orderBy(STATUS_CHANGE.DOCUMENT_ID, STATUS_CHANGE.ID).fetch()
                .forEach(r -> history.computeIfAbsent(r.getDocumentId(), k -> new ArrayList<>()).add(new StatusChange(
                        r.getId(), r.getDocumentId(),
                        r.getFromStatus() == null ? null : LifecycleStatus.valueOf(r.getFromStatus()),
                        LifecycleStatus.valueOf(r.getToStatus()), r.getEffectiveOn(), r.getRecordedAt().toInstant(),
                        r.getRecordedBy(), r.getReason(), r.getCausedByDocumentId())));
        return history;
    }

    public record RelationRow(long fromId, long toId, String kind, LocalDate effectiveOn) {
    }

    public List<RelationRow> allRelations() {
        return db.dsl().select(DOCUMENT_RELATION.FROM_DOCUMENT_ID, DOCUMENT_RELATION.TO_DOCUMENT_ID,
                        DOCUMENT_RELATION.KIND, DOCUMENT_RELATION.EFFECTIVE_ON)
                .from(DOCUMENT_RELATION).orderBy(DOCUMENT_RELATION.ID)
                .fetch(r -> new RelationRow(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public record MaterialRow(String kind, boolean present, Long attachmentId, String sha256, String fileName,
                              Long sizeBytes) {
    }

    public record SubmissionRow(int seq, LocalDate receivedDate, String channel, List<MaterialRow> materials) {
    }

    public record FilingRow(long id, long documentId, String filingUnit, LocalDate receivedDate, String channel,
                            String state, String registrationNo, LocalDate registeredDate,
                            List<SubmissionRow> submissions) {
    }

    /** Every filing with its submissions and their materials (attachment hash and file name when one is kept). */
    public List<FilingRow> allFilings() {
        Map<Long, String> unitNames = new HashMap<>();
        new IssuerStore(db).findAll().forEach(i -> unitNames.put(i.id(), i.name()));
        Map<Long, List<MaterialRow>> materials = new HashMap<>();
        db.dsl().select(FILING_MATERIAL.SUBMISSION_ID, FILING_MATERIAL.KIND, FILING_MATERIAL.PRESENT,
                        FILING_MATERIAL.ATTACHMENT_ID, ATTACHMENT.SHA256, ATTACHMENT.FILE_NAME, ATTACHMENT.SIZE_BYTES)
                .from(FILING_MATERIAL).leftJoin(ATTACHMENT).on(ATTACHMENT.ID.eq(FILING_MATERIAL.ATTACHMENT_ID))
                .orderBy(FILING_MATERIAL.SUBMISSION_ID, FILING_MATERIAL.KIND)
                .fetch()
                .forEach(r -> materials.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(
                        new MaterialRow(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7())));
        Map<Long, List<SubmissionRow>> submissions = new HashMap<>();
        db.dsl().selectFrom(FILING_SUBMISSION).orderBy(FILING_SUBMISSION.FILING_ID, FILING_SUBMISSION.SEQ).fetch()
                .forEach(r -> submissions.computeIfAbsent(r.getFilingId(), k -> new ArrayList<>()).add(
                        new SubmissionRow(r.getSeq(), r.getReceivedDate(), r.getChannel(),
                                materials.getOrDefault(r.getId(), List.of()))));
        return db.dsl().selectFrom(FILING).orderBy(FILING.ID).fetch(r -> new FilingRow(r.getId(), r.getDocumentId(),
                unitNames.get(r.getFilingUnitId()), r.getReceivedDate(), r.getChannel(), r.getState(),
                r.getRegistrationNo(), r.getRegisteredDate(), submissions.getOrDefault(r.getId(), List.of())));
    }

    /** Filings whose filing unit is one of these (ids of this register's issuers). */
    public List<FilingRow> filingsFrom(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Map<Long, String> unitNames = new HashMap<>();
        new IssuerStore(db).findAll().forEach(i -> unitNames.put(i.id(), i.name()));
        return db.dsl().selectFrom(FILING).where(FILING.FILING_UNIT_ID.in(unitIds)).orderBy(FILING.ID)
                .fetch(r -> new FilingRow(r.getId(), r.getDocumentId(), unitNames.get(r.getFilingUnitId()),
                        r.getReceivedDate(), r.getChannel(), r.getState(), r.getRegistrationNo(),
                        r.getRegisteredDate(), List.of()));
    }

    /** Every registration number this register gave (filings) or holds (documents' 统一登记号). */
    public List<String> allRegistrationNumbers() {
        List<String> numbers = new ArrayList<>(db.dsl().select(FILING.REGISTRATION_NO).from(FILING)
                .where(FILING.REGISTRATION_NO.isNotNull()).fetch(r -> r.value1()));
        numbers.addAll(db.dsl().select(DOCUMENT.REGISTRATION_NO).from(DOCUMENT)
                .where(DOCUMENT.REGISTRATION_NO.isNotNull()).fetch(r -> r.value1()));
        return numbers;
    }

    public record Exchanged(String sourceKey, long documentId, String baseHash) {
    }

    /** The documents exchanged with {@code peer} in that direction, by source key. */
    public Map<String, Exchanged> exchanged(String peer, String direction) {
        Map<String, Exchanged> found = new HashMap<>();
        db.dsl().selectFrom(EXCHANGE_RECORD)
                .where(EXCHANGE_RECORD.PEER_NAME.eq(peer), EXCHANGE_RECORD.DIRECTION.eq(direction))
                .fetch()
                .forEach(r -> found.put(r.getSourceKey(), new Exchanged(r.getSourceKey(), r.getDocumentId(),
                        r.getBaseHash())));
        return found;
    }

    /**
     * Sets the agreed hashes (replacing earlier ones of the same keys). Call inside a transaction. Keys already
     * recorded are updated by their primary key in one batch and the others inserted with multi-row statements, so
     * the cost grows with the number of records, not with the records times the rows already kept.
     */
    public void putExchanged(String peer, String direction, String packageId, Collection<Exchanged> records) {
        java.util.Set<String> present = new java.util.HashSet<>(db.dsl().select(EXCHANGE_RECORD.SOURCE_KEY)
                .from(EXCHANGE_RECORD)
                .where(EXCHANGE_RECORD.PEER_NAME.eq(peer), EXCHANGE_RECORD.DIRECTION.eq(direction))
                .fetch(EXCHANGE_RECORD.SOURCE_KEY));
        Map<String, Exchanged> latest = new LinkedHashMap<>();
        records.forEach(e -> latest.put(e.sourceKey(), e));
        List<Exchanged> updates = new ArrayList<>();
        List<Exchanged> inserts = new ArrayList<>();
        latest.values().forEach(e -> (present.contains(e.sourceKey()) ? updates : inserts).add(e));
        if (!updates.isEmpty()) {
            var batch = db.dsl().batch(db.dsl().update(EXCHANGE_RECORD)
                    .set(EXCHANGE_RECORD.DOCUMENT_ID, DSL.param("document", Long.class))
                    .set(EXCHANGE_RECORD.BASE_HASH, DSL.param("hash", String.class))
                    .set(EXCHANGE_RECORD.PACKAGE_ID, DSL.param("package", String.class))
                    .where(EXCHANGE_RECORD.PEER_NAME.eq(DSL.param("peer", String.class)),
                            EXCHANGE_RECORD.DIRECTION.eq(DSL.param("direction", String.class)),
                            EXCHANGE_RECORD.SOURCE_KEY.eq(DSL.param("key", String.class))));
            for (Exchanged e : updates) {
                batch = batch.bind(e.documentId(), e.baseHash(), packageId, peer, direction, e.sourceKey());
            }
            batch.execute();
        }
        for (int start = 0; start < inserts.size(); start += CHUNK) {
            var insert = db.dsl().insertInto(EXCHANGE_RECORD, EXCHANGE_RECORD.PEER_NAME, EXCHANGE_RECORD.DIRECTION,
                    EXCHANGE_RECORD.SOURCE_KEY, EXCHANGE_RECORD.DOCUMENT_ID, EXCHANGE_RECORD.BASE_HASH,
                    EXCHANGE_RECORD.PACKAGE_ID);
            for (Exchanged e : inserts.subList(start, Math.min(inserts.size(), start + CHUNK))) {
                insert = insert.values(peer, direction, e.sourceKey(), e.documentId(), e.baseHash(), packageId);
            }
            insert.execute();
        }
    }

    public record PackageRow(String packageId, String direction, String peerName, String peerCode,
                             boolean fullRegister, Instant createdAt, Instant recordedAt, String recordedBy,
                             int recordCount) {
    }

    public boolean packageRecorded(String packageId, String direction) {
        return db.dsl().fetchExists(EXCHANGE_PACKAGE, EXCHANGE_PACKAGE.PACKAGE_ID.eq(packageId),
                EXCHANGE_PACKAGE.DIRECTION.eq(direction));
    }

    public void insertPackage(PackageRow row) {
        db.dsl().insertInto(EXCHANGE_PACKAGE, EXCHANGE_PACKAGE.PACKAGE_ID, EXCHANGE_PACKAGE.DIRECTION,
                        EXCHANGE_PACKAGE.PEER_NAME, EXCHANGE_PACKAGE.PEER_CODE, EXCHANGE_PACKAGE.FULL_REGISTER,
                        EXCHANGE_PACKAGE.CREATED_AT, EXCHANGE_PACKAGE.RECORDED_AT, EXCHANGE_PACKAGE.RECORDED_BY,
                        EXCHANGE_PACKAGE.RECORD_COUNT)
                .values(row.packageId(), row.direction(), row.peerName(), row.peerCode(), row.fullRegister(),
                        row.createdAt().atOffset(ZoneOffset.UTC), row.recordedAt().atOffset(ZoneOffset.UTC),
                        row.recordedBy(), row.recordCount())
                .execute();
    }

    /** The newest package exchanged with {@code peer} in that direction. */
    public Optional<PackageRow> lastPackage(String peer, String direction) {
        return db.dsl().selectFrom(EXCHANGE_PACKAGE)
                .where(EXCHANGE_PACKAGE.PEER_NAME.eq(peer), EXCHANGE_PACKAGE.DIRECTION.eq(direction))
                .orderBy(EXCHANGE_PACKAGE.ID.desc()).limit(1)
                .fetchOptional(r -> new PackageRow(r.getPackageId(), r.getDirection(), r.getPeerName(),
                        r.getPeerCode(), r.getFullRegister(), r.getCreatedAt().toInstant(),
                        r.getRecordedAt().toInstant(), r.getRecordedBy(), r.getRecordCount()));
    }

    public int packageCount() {
        return db.dsl().fetchCount(EXCHANGE_PACKAGE);
    }
}
