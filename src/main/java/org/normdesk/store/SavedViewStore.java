package org.normdesk.store;

import org.normdesk.domain.common.ConcurrentChangeException;
import org.normdesk.store.jooq.tables.records.SavedViewRecord;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.normdesk.store.jooq.Tables.SAVED_VIEW;

/**
 * Named filter sets of one list (the register's or the review queue's); the definition is stored as the service
 * wrote it (JSON). A store sees only the views of its own kind.
 */
public final class SavedViewStore {
    /** The register's views. */
    public static final String REGISTER = "REGISTER";
    /** The review queue's views (审查 section). */
    public static final String REVIEW_QUEUE = "REVIEW_QUEUE";

    private final Database db;
    private final String kind;

    /** The register's views. */
    public SavedViewStore(Database db) {
        this(db, REGISTER);
    }

    /** @param kind {@link #REGISTER} or {@link #REVIEW_QUEUE} */
    public SavedViewStore(Database db, String kind) {
        if (!REGISTER.equals(kind) && !REVIEW_QUEUE.equals(kind)) {
            throw new IllegalArgumentException("unknown kind of saved view: " + kind);
        }
        this.db = db;
        this.kind = kind;
    }

    /** A stored view as text; the service reads the definition. */
    public record Row(long id, String name, String definition, int definitionVersion, String createdBy,
                      Instant createdAt, Instant updatedAt, int version) {
    }

    public Row insert(String name, String definition, int definitionVersion, String user, Instant now) {
        SavedViewRecord r = db.dsl().newRecord(SAVED_VIEW);
        r.setKind(kind);
        r.setName(name);
        r.setDefinition(definition);
        r.setDefinitionVersion(definitionVersion);
        r.setCreatedBy(user);
        r.setCreatedAt(DocumentStore.utc(now));
        r.setUpdatedAt(DocumentStore.utc(now));
        r.setVersion(0);
        r.store();
        return toRow(r);
    }

    /** Fails if someone changed the view since {@code expectedVersion} was read. */
    public Row update(long id, int expectedVersion, String name, String definition, int definitionVersion, Instant now) {
        int updated = db.dsl().update(SAVED_VIEW)
                .set(SAVED_VIEW.NAME, name)
                .set(SAVED_VIEW.DEFINITION, definition)
                .set(SAVED_VIEW.DEFINITION_VERSION, definitionVersion)
                .set(SAVED_VIEW.UPDATED_AT, DocumentStore.utc(now))
                .set(SAVED_VIEW.VERSION, SAVED_VIEW.VERSION.plus(1))
                .where(SAVED_VIEW.ID.eq(id), SAVED_VIEW.KIND.eq(kind), SAVED_VIEW.VERSION.eq(expectedVersion))
                .execute();
        if (updated != 1) {
            throw new ConcurrentChangeException("saved view", id);
        }
        return find(id).orElseThrow();
    }

    public boolean delete(long id) {
        return db.dsl().deleteFrom(SAVED_VIEW).where(SAVED_VIEW.ID.eq(id), SAVED_VIEW.KIND.eq(kind)).execute() == 1;
    }

    public Optional<Row> find(long id) {
        return db.dsl().selectFrom(SAVED_VIEW).where(SAVED_VIEW.ID.eq(id), SAVED_VIEW.KIND.eq(kind)).fetchOptional().map(SavedViewStore::toRow);
    }

    public Optional<Row> findByName(String name) {
        return db.dsl().selectFrom(SAVED_VIEW).where(SAVED_VIEW.KIND.eq(kind), SAVED_VIEW.NAME.eq(name)).fetchOptional()
                .map(SavedViewStore::toRow);
    }

    /** By name. */
    public List<Row> findAll() {
        return db.dsl().selectFrom(SAVED_VIEW).where(SAVED_VIEW.KIND.eq(kind)).orderBy(SAVED_VIEW.NAME).fetch(SavedViewStore::toRow);
    }

    private static Row toRow(SavedViewRecord r) {
        return new Row(r.getId(), r.getName(), r.getDefinition(), r.getDefinitionVersion(), r.getCreatedBy(),
                r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant(), r.getVersion());
    }
}
