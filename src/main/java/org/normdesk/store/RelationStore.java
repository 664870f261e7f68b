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
