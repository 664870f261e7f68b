package org.normdesk.store;

import org.normdesk.domain.audit.AuditEntry;
import org.normdesk.domain.audit.ChainCheck;
import org.normdesk.store.jooq.tables.records.AuditEntryRecord;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import static org.normdesk.store.jooq.Tables.AUDIT_ENTRY;
import static org.normdesk.store.jooq.Tables.AUDIT_HEAD;

/** The append-only, hash-chained audit trail. */
public final class AuditStore {
    /** Rows per multi-row insert: well below PostgreSQL's 65,535 bind values. */
    private static final int ROWS_PER_STATEMENT = 500;

    private final Database db;

    public AuditStore(Database db) {
        this.db = db;
    }

    /** Appends inside the caller's transaction; the head row stays locked until it commits. */
    public AuditEntry append(Instant when, String actor, String action, String entity, Long entityId, String beforeJson,
                             String afterJson) {
        // both databases keep microseconds: hash exactly what will be read back
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        var head = db.dsl().select(AUDIT_HEAD.SEQ, AUDIT_HEAD.HASH).from(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1))
                .forUpdate().fetchSingle();
        AuditEntry entry = AuditEntry.next(head.value1() + 1, head.value2(), at, actor, action, entity, entityId,
                beforeJson, afterJson);
        db.dsl().insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.SEQ, entry.seq())
                .set(AUDIT_ENTRY.OCCURRED_AT, DocumentStore.utc(at))
                .set(AUDIT_ENTRY.ACTOR, actor)
                .set(AUDIT_ENTRY.ACTION, action)
                .set(AUDIT_ENTRY.ENTITY, entity)
                .set(AUDIT_ENTRY.ENTITY_ID, entityId)
                .set(AUDIT_ENTRY.BEFORE_JSON, beforeJson)
                .set(AUDIT_ENTRY.AFTER_JSON, afterJson)
                .set(AUDIT_ENTRY.PREV_HASH, entry.prevHash())
                .set(AUDIT_ENTRY.HASH, entry.hash())
                .execute();
        db.dsl().update(AUDIT_HEAD).set(AUDIT_HEAD.SEQ, entry.seq()).set(AUDIT_HEAD.HASH, entry.hash())
                .where(AUDIT_HEAD.ID.eq(1)).execute();
        return entry;
    }

    /** One entry of {@link #appendAll}. */
    public record NewEntry(String actor, String action, String entity, Long entityId, String beforeJson,
                           String afterJson) {
    }

    /**
     * Appends many entries in order, all at {@code when}, inside the caller's transaction: the chain is computed in
     * memory from the head read once, the entries go in with few statements, and the head moves once.
     */
    public List<AuditEntry> appendAll(Instant when, List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        var head = db.dsl().select(AUDIT_HEAD.SEQ, AUDIT_HEAD.HASH).from(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1))
                .forUpdate().fetchSingle();
        long seq = head.value1();
        String previous = head.value2();
        List<AuditEntry> chained = new java.util.ArrayList<>(entries.size());
        for (NewEntry e : entries) {
            AuditEntry entry = AuditEntry.next(++seq, previous, at, e.actor(), e.action(), e.entity(), e.entityId(),
                    e.beforeJson(), e.afterJson());
            chained.add(entry);
            previous = entry.hash();
        }
        for (int start = 0; start < chained.size(); start += ROWS_PER_STATEMENT) {
            var insert = db.dsl().insertInto(AUDIT_ENTRY, AUDIT_ENTRY.SEQ, AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.ACTOR,
                    AUDIT_ENTRY.ACTION, AUDIT_ENTRY.ENTITY, AUDIT_ENTRY.ENTITY_ID, AUDIT_ENTRY.BEFORE_JSON,
                    AUDIT_ENTRY.AFTER_JSON, AUDIT_ENTRY.PREV_HASH, AUDIT_ENTRY.HASH);
            for (AuditEntry entry : chained.subList(start, Math.min(chained.size(), start + ROWS_PER_STATEMENT))) {
                insert = insert.values(entry.seq(), DocumentStore.utc(at), entry.actor(), entry.action(),
                        entry.entity(), entry.entityId(), entry.beforeJson(), entry.afterJson(), entry.prevHash(),
                        entry.hash());
            }
            insert.execute();
        }
        AuditEntry last = chained.get(chained.size() - 1);
        db.dsl().update(AUDIT_HEAD).set(AUDIT_HEAD.SEQ, last.seq()).set(AUDIT_HEAD.HASH, last.hash())
                .where(AUDIT_HEAD.ID.eq(1)).execute();
        return chained;
    }

    /** Oldest first. */
    public List<AuditEntry> forEntity(String entity, long entityId) {
        return db.dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ENTITY.eq(entity), AUDIT_ENTRY.ENTITY_ID.eq(entityId))
                .orderBy(AUDIT_ENTRY.SEQ).fetch(AuditStore::toDomain);
    }

    /** The chain's head as recorded: the last entry's position and hash. */
    public record Head(long seq, String hash) {
    }

    public Head head() {
        var head = db.dsl().select(AUDIT_HEAD.SEQ, AUDIT_HEAD.HASH).from(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).fetchSingle();
        return new Head(head.value1(), head.value2());
    }

    /** Streams every entry in order, without holding the whole trail in memory. */
    public void forEach(Consumer<AuditEntry> consumer) {
        forEachUpTo(Long.MAX_VALUE, consumer);
    }

    /** As {@link #forEach}, up to position {@code lastSeq}: an export stops at the head it read first. */
    public void forEachUpTo(long lastSeq, Consumer<AuditEntry> consumer) {
        try (var cursor = db.dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.le(lastSeq)).orderBy(AUDIT_ENTRY.SEQ)
                .fetchSize(1000).fetchLazy()) {
            for (AuditEntryRecord r : cursor) {
                consumer.accept(toDomain(r));
            }
        }
    }

    /** Recomputes every hash and link, and checks the head; reports the first broken entry. */
    public ChainCheck verify() {
        long[] count = {0};
        Long[] broken = {null};
        String[] previous = {AuditEntry.GENESIS};
        long[] expectedSeq = {1};
        forEach(entry -> {
            count[0]++;
            if (broken[0] == null && (entry.seq() != expectedSeq[0] || !entry.prevHash().equals(previous[0])
                    || !entry.sealedCorrectly())) {
                broken[0] = entry.seq();
            }
            previous[0] = entry.hash();
            expectedSeq[0] = entry.seq() + 1;
        });
        var head = db.dsl().select(AUDIT_HEAD.SEQ, AUDIT_HEAD.HASH).from(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).fetchSingle();
        if (broken[0] == null && (head.value1() != count[0] || !head.value2().equals(previous[0]))) {
            // entries removed from the end, or the head rewritten
            broken[0] = count[0] + 1;
        }
        return new ChainCheck(count[0], broken[0], previous[0]);
    }

    public long count() {
        return db.dsl().fetchCount(AUDIT_ENTRY);
    }

    private static AuditEntry toDomain(AuditEntryRecord r) {
        return new AuditEntry(r.getSeq(), r.getOccurredAt().toInstant(), r.getActor(), r.getAction(), r.getEntity(),
                r.getEntityId(), r.getBeforeJson(), r.getAfterJson(), r.getPrevHash(), r.getHash());
    }
}
