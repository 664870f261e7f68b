package org.normdesk.store;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.normdesk.store.jooq.Tables.ATTACHMENT;
import static org.normdesk.store.jooq.Tables.AUDIT_ENTRY;
import static org.normdesk.store.jooq.Tables.AUDIT_HEAD;
import static org.normdesk.store.jooq.Tables.USER_ACCOUNT;
import static org.normdesk.store.jooq.Tables.CAMPAIGN;
import static org.normdesk.store.jooq.Tables.CAMPAIGN_ITEM;
import static org.normdesk.store.jooq.Tables.DEADLINE_RULE;
import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.DOCUMENT_ISSUER;
import static org.normdesk.store.jooq.Tables.DOCUMENT_RELATION;
import static org.normdesk.store.jooq.Tables.DOCUMENT_TEXT;
import static org.normdesk.store.jooq.Tables.EXCHANGE_PACKAGE;
import static org.normdesk.store.jooq.Tables.EXCHANGE_RECORD;
import static org.normdesk.store.jooq.Tables.HINT_DISMISSAL;
import static org.normdesk.store.jooq.Tables.FILING;
import static org.normdesk.store.jooq.Tables.FILING_EVENT;
import static org.normdesk.store.jooq.Tables.FILING_MATERIAL;
import static org.normdesk.store.jooq.Tables.FILING_SUBMISSION;
import static org.normdesk.store.jooq.Tables.FORMAL_CHECK;
import static org.normdesk.store.jooq.Tables.ISSUER;
import static org.normdesk.store.jooq.Tables.LOCAL_CALENDAR_DAY;
import static org.normdesk.store.jooq.Tables.JOB_LOCK;
import static org.normdesk.store.jooq.Tables.REVIEW;
import static org.normdesk.store.jooq.Tables.REVIEW_CORRECTION;
import static org.normdesk.store.jooq.Tables.REVIEW_POINT;
import static org.normdesk.store.jooq.Tables.SAVED_VIEW;
import static org.normdesk.store.jooq.Tables.SERIAL_COUNTER;
import static org.normdesk.store.jooq.Tables.SETTING;
import static org.normdesk.store.jooq.Tables.STATUS_CHANGE;
import static org.normdesk.store.jooq.Tables.UPWARD_DOCUMENT_MATERIAL;
import static org.normdesk.store.jooq.Tables.UPWARD_FILING;
import static org.normdesk.store.jooq.Tables.UPWARD_MATERIAL;
import static org.normdesk.store.jooq.Tables.UPWARD_ROUTE;

/**
 * Copies a whole register from one database into an empty one (moving up from a PC's H2 file to the bureau's
 * PostgreSQL), keeping every id, in one transaction on the target, and checks the row counts afterwards.
 */
public final class RegisterCopier {
    /** Parents before children. A new table must be added here (a test checks that none is missing). */
    public static final List<Table<?>> TABLES_IN_COPY_ORDER = List.of(ISSUER, DOCUMENT, DOCUMENT_ISSUER, CAMPAIGN,
            CAMPAIGN_ITEM, STATUS_CHANGE, DOCUMENT_RELATION, FILING, FILING_EVENT, ATTACHMENT, FILING_SUBMISSION,
            FILING_MATERIAL, FORMAL_CHECK, DEADLINE_RULE, SERIAL_COUNTER, LOCAL_CALENDAR_DAY, SETTING, UPWARD_ROUTE, UPWARD_FILING, UPWARD_MATERIAL,
            UPWARD_DOCUMENT_MATERIAL, REVIEW, REVIEW_POINT, REVIEW_CORRECTION, SAVED_VIEW, JOB_LOCK, USER_ACCOUNT, AUDIT_ENTRY,
            AUDIT_HEAD, DOCUMENT_TEXT, HINT_DISMISSAL,
            EXCHANGE_PACKAGE, EXCHANGE_RECORD);
    private static final int BATCH = 1_000;

    private RegisterCopier() {
    }

    /**
     * @param progress called with (table name, rows copied so far in it)
     * @return rows per table, as verified on the target
     */
    public static Map<String, Integer> copy(Database source, Database target, BiConsumer<String, Integer> progress) {
        if (target.kind() != DatabaseKind.POSTGRESQL) {
            throw new StoreException("moveup.target.notPostgres", "The register moves up to a PostgreSQL server, not to "
                    + target.config().displayUrl(), target.config().displayUrl());
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (Table<?> table : TABLES_IN_COPY_ORDER) {
            expected.put(table.getName(), source.dsl().fetchCount(table));
        }
        return target.transaction(() -> {
            refuseNonEmpty(target);
            // the target's migration seeded default deadline rules; the source's own rules replace them
            target.dsl().deleteFrom(DEADLINE_RULE).execute();
            target.dsl().deleteFrom(AUDIT_HEAD).execute();
            target.dsl().deleteFrom(UPWARD_ROUTE).execute();
            for (Table<?> table : TABLES_IN_COPY_ORDER) {
                copyTable(source.dsl(), target.dsl(), table, progress);
                restartIdentity(target.dsl(), table);
            }
            Map<String, Integer> copied = new LinkedHashMap<>();
            for (Table<?> table : TABLES_IN_COPY_ORDER) {
                copied.put(table.getName(), target.dsl().fetchCount(table));
            }
            if (!copied.equals(expected)) {
                throw new StoreException("moveup.verify.failed", "Row counts differ after copying: expected " + expected
                        + ", found " + copied, expected.toString(), copied.toString());
            }
            return copied;
        });
    }

    private static void refuseNonEmpty(Database target) {
        for (Table<?> table : List.of(ISSUER, DOCUMENT, FILING, SETTING)) {
            int rows = target.dsl().fetchCount(table);
            if (rows > 0) {
                throw new StoreException("moveup.target.notEmpty", "The target database " + target.config().displayUrl()
                        + " already holds a register (" + rows + " rows in " + table.getName() + "); nothing was copied",
                        target.config().displayUrl(), table.getName(), rows);
            }
        }
    }

    private static void copyTable(DSLContext from, DSLContext to, Table<?> table, BiConsumer<String, Integer> progress) {
        Field<?>[] order = table.getPrimaryKey() == null ? table.fields() : table.getPrimaryKey().getFieldsArray();
        List<Query> batch = new ArrayList<>(BATCH);
        int done = 0;
        // issuers may point at parents with higher ids: insert them without parents, then set parents
        boolean selfReference = table == ISSUER;
        try (var cursor = from.selectFrom(table).orderBy(order).fetchLazy()) {
            for (Record row : cursor) {
                Record copy = to.newRecord(table, row);
                if (selfReference) {
                    copy.set(ISSUER.PARENT_ID, null);
                }
                copy.changed(true);
                batch.add(to.insertInto(table).set(copy));
                if (batch.size() == BATCH) {
                    to.batch(batch).execute();
                    done += batch.size();
                    batch.clear();
                    progress.accept(table.getName(), done);
                }
            }
        }
        if (!batch.isEmpty()) {
            to.batch(batch).execute();
            done += batch.size();
            progress.accept(table.getName(), done);
        }
        if (selfReference) {
            from.select(ISSUER.ID, ISSUER.PARENT_ID).from(ISSUER).where(ISSUER.PARENT_ID.isNotNull()).fetch()
                    .forEach(r -> to.update(ISSUER).set(ISSUER.PARENT_ID, r.value2()).where(ISSUER.ID.eq(r.value1())).execute());
        }
    }

    /** Copied ids were given explicitly: move PostgreSQL's identity sequence past them. */
    private static void restartIdentity(DSLContext to, Table<?> table) {
        Field<?> id = table.field("ID");
        if (id == null || table.getIdentity() == null) {
            return;
        }
        Long max = to.select(DSL.max(id.coerce(Long.class))).from(table).fetchOne(0, Long.class);
        if (max != null) {
            to.select(DSL.function("setval", Long.class,
                    DSL.function("pg_get_serial_sequence", String.class, DSL.inline(table.getName().toLowerCase()),
                            DSL.inline("id")),
                    DSL.val(max))).fetch();
        }
    }
}
