package org.normdesk.store;

import org.jooq.exception.IntegrityConstraintViolationException;

import java.time.Instant;
import java.util.Optional;

import static org.normdesk.store.jooq.Tables.JOB_LOCK;

/** Named locks for long jobs, visible to every workstation on the same database. */
public final class JobLockStore {
    private final Database db;

    public JobLockStore(Database db) {
        this.db = db;
    }

    /** Who holds the lock, since when. */
    public record Holder(String holder, Instant since) {
    }

    /**
     * Takes the lock in a transaction of its own (so others see it at once), replacing a lock older than
     * {@code staleBefore} (a crashed workstation's). Returns the current holder when someone else has it.
     */
    public Optional<Holder> tryAcquire(String job, String holder, Instant now, Instant staleBefore) {
        return db.transaction(() -> {
            db.dsl().deleteFrom(JOB_LOCK).where(JOB_LOCK.JOB_NAME.eq(job), JOB_LOCK.SINCE.lt(DocumentStore.utc(staleBefore)))
                    .execute();
            try {
                db.dsl().insertInto(JOB_LOCK).set(JOB_LOCK.JOB_NAME, job).set(JOB_LOCK.HOLDER, holder)
                        .set(JOB_LOCK.SINCE, DocumentStore.utc(now)).onDuplicateKeyIgnore().execute();
            } catch (IntegrityConstraintViolationException raceLost) {
                // H2's MERGE may report a concurrent insert; the holder is read below either way
            }
            var row = db.dsl().selectFrom(JOB_LOCK).where(JOB_LOCK.JOB_NAME.eq(job)).fetchOne();
            if (row == null || row.getHolder().equals(holder)) {
                return Optional.<Holder>empty();
            }
            return Optional.of(new Holder(row.getHolder(), row.getSince().toInstant()));
        });
    }

    public void release(String job, String holder) {
        db.transaction(() -> {
            db.dsl().deleteFrom(JOB_LOCK).where(JOB_LOCK.JOB_NAME.eq(job), JOB_LOCK.HOLDER.eq(holder)).execute();
        });
    }

    /** Drops every lock: for an embedded database, whose file lock proves no other process is running. */
    public void clearAll() {
        db.transaction(() -> {
            db.dsl().deleteFrom(JOB_LOCK).execute();
        });
    }

    public Optional<Holder> holder(String job) {
        return db.dsl().selectFrom(JOB_LOCK).where(JOB_LOCK.JOB_NAME.eq(job)).fetchOptional()
                .map(r -> new Holder(r.getHolder(), r.getSince().toInstant()));
    }
}
