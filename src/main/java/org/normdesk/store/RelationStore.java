package org.normdesk.store;

import org.jooq.Condition;
import org.normdesk.domain.document.Relation;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.store.jooq.tables.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.DOCUMENT_RELATION;

/** 立改废 links between documents. */
public final class RelationStore {
    /** Rows per statement: well below PostgreSQL's 65,535 bind values. */
    private static final int CHUNK = 1_000;

    private final Database db;

    public RelationStore(Database db) {
        this.db = db;
    }

    public void insert(long fromId, RelationKind kind, long toId, LocalDate effectiveOn, String actor, Instant now) {
        db.dsl().insertInto(DOCUMENT_RELATION)
                .set(DOCUMENT_RELATION.FROM_DOCUMENT_ID, fromId)
                .set(DOCUMENT_RELATION.TO_DOCUMENT_ID, toId)
                .set(DOCUMENT_RELATION.KIND, kind.name())
                .set(DOCUMENT_RELATION.EFFECTIVE_ON, effectiveOn)
                .set(DOCUMENT_RELATION.RECORDED_AT, DocumentStore.utc(now))
                .set(DOCUMENT_RELATION.RECORDED_BY, actor)
                .execute();
    }

    public boolean exists(long fromId, RelationKind kind, long toId) {
        return db.dsl().fetchExists(DOCUMENT_RELATION, DOCUMENT_RELATION.FROM_DOCUMENT_ID.eq(fromId),
                DOCUMENT_RELATION.TO_DOCUMENT_ID.eq(toId), DOCUMENT_RELATION.KIND.eq(kind.name()));
    }

    /** A link to add with {@link #insertAll}. */
    public record NewRelation(long fromId, RelationKind kind, long toId, LocalDate effectiveOn) {
    }

    /**
     * Keys {@code from|KIND|to} of the links leaving these documents (an import asks once instead of once per link).
     */
    public java.util.Set<String> existingFrom(java.util.Collection<Long> fromIds) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Set<Long> ids = new java.util.HashSet<>(fromIds);
        if (ids.isEmpty()) {
            return keys;
        }
        var select = db.dsl().select(DOCUMENT_RELATION.FROM_DOCUMENT_ID, DOCUMENT_RELATION.KIND,
                DOCUMENT_RELATION.TO_DOCUMENT_ID).from(DOCUMENT_RELATION);
        // a few documents: by their ids; many: one pass over the table, instead of one long IN list per chunk
        var rows = ids.size() <= CHUNK ? select.where(DOCUMENT_RELATION.FROM_DOCUMENT_ID.in(ids)).fetch() : select.fetch();
        rows.forEach(r -> {
            if (ids.contains(r.value1())) {
                keys.add(key(r.value1(), r.value2(), r.value3()));
            }
        });
        return keys;
    }

    public static String key(long fromId, String kind, long toId) {
        return fromId + "|" + kind + "|" + toId;
    }

    /** Adds many links with few statements. Call inside a transaction. */
    public void insertAll(List<NewRelation> links, String actor, Instant now) {
        for (int start = 0; start < links.size(); start += CHUNK) {
            var insert = db.dsl().insertInto(DOCUMENT_RELATION, DOCUMENT_RELATION.FROM_DOCUMENT_ID,
                    DOCUMENT_RELATION.TO_DOCUMENT_ID, DOCUMENT_RELATION.KIND, DOCUMENT_RELATION.EFFECTIVE_ON,
                    DOCUMENT_RELATION.RECORDED_AT, DOCUMENT_RELATION.RECORDED_BY);
            for (NewRelation r : links.subList(start, Math.min(links.size(), start + CHUNK))) {
                insert = insert.values(r.fromId(), r.toId(), r.kind().name(), r.effectiveOn(), DocumentStore.utc(now),
                        actor);
            }
            insert.execute();
        }
    }

    /** Documents {@code fromId} acts on (any kind but BASED_ON), for the cycle check. */
    public List<Long> actedOnBy(long fromId) {
        return db.dsl().select(DOCUMENT_RELATION.TO_DOCUMENT_ID).from(DOCUMENT_RELATION)
                .where(DOCUMENT_RELATION.FROM_DOCUMENT_ID.eq(fromId), DOCUMENT_RELATION.KIND.ne(RelationKind.BASED_ON.name()))
                .fetch(DOCUMENT_RELATION.TO_DOCUMENT_ID);
    }

    /** Every relation touching the document, in either direction, oldest first. */
    public List<Relation> of(long documentId) {
        return relations(DOCUMENT_RELATION.FROM_DOCUMENT_ID.eq(documentId).or(DOCUMENT_RELATION.TO_DOCUMENT_ID.eq(documentId)));
    }

    private List<Relation> relations(Condition condition) {
        Document from = DOCUMENT.as("from_doc");
        Document to = DOCUMENT.as("to_doc");
        return db.dsl().select(DOCUMENT_RELATION.ID, DOCUMENT_RELATION.FROM_DOCUMENT_ID, from.TITLE, from.DOC_NUMBER_RAW,
                        DOCUMENT_RELATION.KIND, DOCUMENT_RELATION.TO_DOCUMENT_ID, to.TITLE, to.DOC_NUMBER_RAW,
                        DOCUMENT_RELATION.EFFECTIVE_ON)
                .from(DOCUMENT_RELATION)
                .join(from).on(from.ID.eq(DOCUMENT_RELATION.FROM_DOCUMENT_ID))
                .join(to).on(to.ID.eq(DOCUMENT_RELATION.TO_DOCUMENT_ID))
                .where(condition)
                .orderBy(DOCUMENT_RELATION.EFFECTIVE_ON, DOCUMENT_RELATION.ID)
                .fetch(r -> new Relation(r.value1(), r.value2(), r.value3(), r.value4(), RelationKind.valueOf(r.value5()),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }
}
