package org.normdesk.store;

import org.jooq.exception.IntegrityConstraintViolationException;

import static org.normdesk.store.jooq.Tables.SERIAL_COUNTER;

/**
 * Gap-free serial numbers. {@link #next} must run inside the transaction that uses the number: the counter
 * row stays locked until it commits, so concurrent registrations from several workstations queue up, and a
 * rolled-back registration gives its number back.
 */
public final class SerialStore {
    private final Database db;

    public SerialStore(Database db) {
        this.db = db;
    }

    public int next(String counterKey) {
        // create the row if it is new; PostgreSQL's ON CONFLICT makes a concurrent creator a no-op, H2's MERGE
        // may still report the race, which leaves its transaction usable
        try {
            db.dsl().insertInto(SERIAL_COUNTER, SERIAL_COUNTER.COUNTER_KEY, SERIAL_COUNTER.LAST_VALUE)
                    .values(counterKey, 0)
                    .onDuplicateKeyIgnore()
                    .execute();
        } catch (IntegrityConstraintViolationException raceLost) {
            if (db.kind() != DatabaseKind.H2) {
                throw raceLost;
            }
        }
        int last = db.dsl().select(SERIAL_COUNTER.LAST_VALUE).from(SERIAL_COUNTER)
                .where(SERIAL_COUNTER.COUNTER_KEY.eq(counterKey))
                .forUpdate()
                .fetchSingle(SERIAL_COUNTER.LAST_VALUE);
        db.dsl().update(SERIAL_COUNTER).set(SERIAL_COUNTER.LAST_VALUE, last + 1)
                .where(SERIAL_COUNTER.COUNTER_KEY.eq(counterKey)).execute();
        return last + 1;
    }

    /** Raises a counter to {@code value} (numbers given before this register knew them, e.g. imported ones). */
    public void raiseTo(String counterKey, int value) {
        next(counterKey);
        db.dsl().update(SERIAL_COUNTER).set(SERIAL_COUNTER.LAST_VALUE, value)
                .where(SERIAL_COUNTER.COUNTER_KEY.eq(counterKey), SERIAL_COUNTER.LAST_VALUE.lt(value)).execute();
    }

    public int current(String counterKey) {
        return db.dsl().select(SERIAL_COUNTER.LAST_VALUE).from(SERIAL_COUNTER)
                .where(SERIAL_COUNTER.COUNTER_KEY.eq(counterKey))
                .fetchOptional(SERIAL_COUNTER.LAST_VALUE).orElse(0);
    }
}
