package org.normdesk.bench;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.normdesk.service.HeapHeadroom;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.List;

import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.DOCUMENT_ISSUER;
import static org.normdesk.store.jooq.Tables.ISSUER;
import static org.normdesk.store.jooq.Tables.STATUS_CHANGE;

/**
 * The database's own floor for storing what an import stored: the same document, issuer-link and history rows,
 * already inside a fresh register's database in plain staging tables (no index, no constraint), copied by the
 * database itself into the register's tables with {@code INSERT … SELECT}, one transaction, commit included. No
 * parsing, no Java objects, no network between the rows and the engine: what is left is the engine writing rows
 * into tables with the register's keys, indexes and foreign keys. An import cannot be faster than this on the same
 * machine and schema, so it says how much of the import's time is the application's and how much the database's.
 */
final class DatabaseCopyFloor {
    private static final List<Table<? extends TableRecord<?>>> COPIED = List.of(DOCUMENT, DOCUMENT_ISSUER, STATUS_CHANGE);

    private DatabaseCopyFloor() {
    }

    /** Milliseconds of each table's {@code INSERT … SELECT}, in {@link #COPIED}'s order, and of the commit. */
    record Times(double documents, double issuerLinks, double history, double commit) {
        double total() {
            return documents + issuerLinks + history + commit;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.0f ms (documents %.0f, issuer links %.0f, history %.0f, "
                    + "commit %.0f)", total(), documents, issuerLinks, history, commit);
        }
    }

    /**
     * The two copies: into the register's tables, and into bare tables with the same columns and primary keys only
     * (what the engine takes for the rows whatever the schema adds).
     */
    record Copies(Times register, Times bare) {
    }

    /**
     * Copies the rows of {@link #COPIED} from {@code source} (a register an import has just filled) into staging
     * tables of the empty register {@code target} (untimed), then times the database copying them into the
     * register's own tables, and then into bare ones.
     */
    static Copies copy(DatabaseConfig source, DatabaseConfig target) throws Exception {
        Database.open(target).close(); // the register's schema, by its migrations
        try (Connection from = connect(source); Connection to = connect(target)) {
            DSLContext a = dsl(from, source.kind());
            DSLContext b = dsl(to, target.kind());
            b.loadInto(ISSUER).batchAll().commitNone()
                    .loadRecords(a.selectFrom(ISSUER).orderBy(ISSUER.ID).fetch()).fields(ISSUER.fields()).execute();
            int rows = 0;
            for (Table<? extends TableRecord<?>> table : COPIED) {
                Table<Record> staged = staged(table);
                b.createTable(staged).as(DSL.select(table.fields()).from(table)).withNoData().execute();
                b.loadInto(staged).batchAfter(1_000).commitNone()
                        .loadRecords(a.selectFrom(table).fetch()).fields(fields(table)).execute();
                rows += b.fetchCount(staged);
            }
            to.setAutoCommit(false);
            Times register = timedCopy(b, to, rows, table -> table);
            for (Table<? extends TableRecord<?>> table : COPIED) {
                Table<Record> bare = bare(table);
                b.createTable(bare).as(DSL.select(table.fields()).from(table)).withNoData().execute();
                Field<?>[] key = Arrays.stream(table.getPrimaryKey().getFieldsArray())
                        .map(f -> DSL.field(DSL.unquotedName(f.getName()))).toArray(Field<?>[]::new);
                for (Field<?> column : key) {
                    b.alterTable(bare).alterColumn(column).setNotNull().execute(); // H2 keys no nullable column
                }
                b.alterTable(bare).add(DSL.primaryKey(key)).execute();
            }
            to.commit();
            return new Copies(register, timedCopy(b, to, rows, DatabaseCopyFloor::bare));
        }
    }

    /** Times copying the staged rows into the tables {@code into} names, one transaction, commit included. */
    private static Times timedCopy(DSLContext b, Connection to, int rows,
                                   java.util.function.Function<Table<? extends TableRecord<?>>, Table<?>> into)
            throws Exception {
        int copied = 0;
        double[] ms = new double[COPIED.size() + 1];
        try (HeapHeadroom room = HeapHeadroom.widen()) {
            for (int t = 0; t < COPIED.size(); t++) {
                Table<? extends TableRecord<?>> table = COPIED.get(t);
                long start = System.nanoTime();
                copied += b.insertInto(into.apply(table)).columns(fields(table))
                        .select(DSL.select(fields(table)).from(staged(table))).execute();
                ms[t] = (System.nanoTime() - start) / 1e6;
            }
            long start = System.nanoTime();
            to.commit();
            ms[COPIED.size()] = (System.nanoTime() - start) / 1e6;
        }
        if (copied != rows || rows == 0) {
            throw new IllegalStateException(rows + " rows staged but " + copied + " copied");
        }
        return new Times(ms[0], ms[1], ms[2], ms[3]);
    }

    /** A table with the register table's columns and primary key, and nothing else: no index, no other constraint. */
    private static Table<Record> bare(Table<?> table) {
        return DSL.table(DSL.unquotedName("bare_" + table.getName().toLowerCase(java.util.Locale.ROOT)));
    }

    private static Table<Record> staged(Table<?> table) {
        return DSL.table(DSL.unquotedName("staged_" + table.getName().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The table's columns by their bare names, for the staging table made from it. */
    private static Field<?>[] fields(Table<?> table) {
        return Arrays.stream(table.fields())
                .map(f -> DSL.field(DSL.unquotedName(f.getName()), f.getDataType()))
                .toArray(Field<?>[]::new);
    }

    private static Connection connect(DatabaseConfig config) throws Exception {
        return config.user().isEmpty() ? DriverManager.getConnection(config.jdbcUrl())
                : DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
    }

    private static DSLContext dsl(Connection connection, DatabaseKind kind) {
        // as the register's own store renders: the generated upper-case names unquoted, so PostgreSQL folds them
        return DSL.using(connection, kind == DatabaseKind.H2 ? SQLDialect.H2 : SQLDialect.POSTGRES,
                new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                        .withExecuteLogging(false));
    }
}
