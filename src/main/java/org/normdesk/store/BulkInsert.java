package org.normdesk.store;

import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Many rows into one table in one go, on the connection of the caller's transaction.
 *
 * <p>H2: one prepared statement run as JDBC batches. jOOQ renders the INSERT once from the generated table and
 * columns, then each row only binds its values (a multi-row INSERT built by jOOQ cost a value object, its rendering
 * and its binding per cell, and the database parsed the long statement anew: a third of the insert's time at tens of
 * thousands of rows — a ledger import, a package, a demo register). The ids H2 generates come back through the
 * driver's generated keys, in the rows' order.
 *
 * <p>PostgreSQL: the rows stream in through {@code COPY ... FROM STDIN}, its bulk-loading path, and the ids are taken
 * from the identity's sequence beforehand. Batched INSERTs cost the server a parse and bind per row (per row and
 * round trip when keys had to come back): a 20,000-row ledger's documents took 0.55–0.9 s where COPY of the same rows
 * takes 0.3 s, the time of an {@code INSERT ... SELECT}. The COPY statement names the generated table and columns as
 * jOOQ renders them; only the values travel as text.
 */
final class BulkInsert {
    /** Rows per JDBC batch (H2) or COPY chunk (PostgreSQL): bounds the buffers and the generated keys held at once. */
    private static final int BATCH = 1_000;

    private final Database db;
    private final Table<?> table;
    private final Field<?>[] columns;
    private final int[] sqlTypes;
    private final String sql;

    BulkInsert(Database db, Table<?> table, Field<?>... columns) {
        this.db = db;
        this.table = table;
        this.columns = columns.clone();
        this.sqlTypes = Arrays.stream(columns).mapToInt(c -> c.getDataType().getSQLType()).toArray();
        Query insert = db.dsl().insertInto(table).columns(columns)
                .values(Arrays.stream(columns).map(c -> (Field<?>) DSL.param(c.getName(), c.getDataType())).toList());
        this.sql = insert.getSQL(ParamType.INDEXED);
    }

    /** Inserts the rows, each holding one value per column in the columns' order (null for SQL NULL). */
    void insert(List<Object[]> rows) {
        insert(rows, stored -> { });
    }

    private void insert(List<Object[]> rows, IntConsumer stored) {
        if (db.kind() == DatabaseKind.POSTGRESQL) {
            copyIn(rows, stored);
        } else {
            insertInBatches(rows, null, stored);
        }
    }

    /**
     * Inserts the rows and returns the ids the database generated for them, in the rows' order, telling
     * {@code stored} how many rows are in after each batch (for a progress bar: 100,000 rows take several seconds).
     */
    List<Long> insertReturning(List<Object[]> rows, Field<Long> id, IntConsumer stored) {
        if (db.kind() == DatabaseKind.POSTGRESQL && !rows.isEmpty()) {
            return insertWithAllocatedIds(rows, id, stored);
        }
        return insertInBatches(rows, id, stored);
    }

    /**
     * PostgreSQL: the ids are taken from the identity's sequence first, in one statement, and the rows are copied in
     * with them. Ascending ids keep the rows' order.
     */
    private List<Long> insertWithAllocatedIds(List<Object[]> rows, Field<Long> id, IntConsumer stored) {
        List<Long> ids = new ArrayList<>(db.dsl()
                .select(DSL.function("nextval", Long.class, DSL.function("pg_get_serial_sequence", String.class,
                        DSL.inline(table.getName().toLowerCase(java.util.Locale.ROOT)),
                        DSL.inline(id.getName().toLowerCase(java.util.Locale.ROOT)))))
                .from(DSL.generateSeries(1, rows.size()))
                .fetch(0, Long.class));
        if (ids.size() != rows.size()) {
            throw new IllegalStateException(rows.size() + " rows but " + ids.size() + " ids allocated");
        }
        java.util.Collections.sort(ids);
        List<Object[]> withIds = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            checkWidth(row);
            Object[] withId = new Object[row.length + 1];
            withId[0] = ids.get(i);
            System.arraycopy(row, 0, withId, 1, row.length);
            withIds.add(withId);
        }
        Field<?>[] into = new Field<?>[columns.length + 1];
        into[0] = id;
        System.arraycopy(columns, 0, into, 1, columns.length);
        new BulkInsert(db, table, into).insert(withIds, stored);
        return ids;
    }

    private List<Long> insertInBatches(List<Object[]> rows, Field<Long> id, IntConsumer stored) {
        if (rows.isEmpty()) {
            return List.of();
        }
        // H2 only (PostgreSQL takes its ids beforehand): H2 keeps the name upper case as the generated classes spell it
        String key = id == null ? null : id.getName();
        return db.dsl().connectionResult(connection -> {
            List<Long> ids = new ArrayList<>(id == null ? 0 : rows.size());
            try (PreparedStatement statement = key == null ? connection.prepareStatement(sql)
                    : connection.prepareStatement(sql, new String[]{key})) {
                for (int start = 0; start < rows.size(); start += BATCH) {
                    for (Object[] row : rows.subList(start, Math.min(rows.size(), start + BATCH))) {
                        checkWidth(row);
                        for (int k = 0; k < row.length; k++) {
                            if (row[k] == null) {
                                statement.setNull(k + 1, sqlTypes[k]);
                            } else {
                                statement.setObject(k + 1, row[k]);
                            }
                        }
                        statement.addBatch();
                    }
                    statement.executeBatch();
                    if (key != null) {
                        try (ResultSet keys = statement.getGeneratedKeys()) {
                            while (keys.next()) {
                                ids.add(keys.getLong(1));
                            }
                        }
                    }
                    stored.accept(Math.min(rows.size(), start + BATCH));
                }
            } catch (SQLException e) {
                throw translate(e);
            }
            if (id != null && ids.size() != rows.size()) {
                throw new IllegalStateException(rows.size() + " rows inserted but " + ids.size() + " ids came back");
            }
            return ids;
        });
    }

    private void checkWidth(Object[] row) {
        if (row.length != columns.length) {
            throw new IllegalArgumentException("one value per column: " + row.length);
        }
    }

    /** PostgreSQL's COPY: the rows as its text format, sent in chunks of {@link #BATCH} rows. */
    private void copyIn(List<Object[]> rows, IntConsumer stored) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder statement = new StringBuilder("copy ").append(db.dsl().render(table)).append(" (");
        for (int k = 0; k < columns.length; k++) {
            statement.append(k == 0 ? "" : ", ").append(db.dsl().render(columns[k].getUnqualifiedName()));
        }
        String copy = statement.append(") from stdin").toString();
        db.dsl().connection(connection -> {
            CopyIn in = null;
            try {
                in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
                StringBuilder text = new StringBuilder();
                for (int start = 0; start < rows.size(); start += BATCH) {
                    text.setLength(0);
                    for (Object[] row : rows.subList(start, Math.min(rows.size(), start + BATCH))) {
                        checkWidth(row);
                        for (int k = 0; k < row.length; k++) {
                            if (k > 0) {
                                text.append('\t');
                            }
                            appendCopyText(text, row[k]);
                        }
                        text.append('\n');
                    }
                    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    stored.accept(Math.min(rows.size(), start + BATCH));
                }
                in.endCopy();
            } catch (SQLException e) {
                throw translate(e, copy);
            } finally {
                if (in != null && in.isActive()) {
                    in.cancelCopy();
                }
            }
        });
    }

    /**
     * One value in COPY's text format: {@code \N} for NULL, backslash escapes for the characters the format uses
     * as delimiters, ISO forms for dates and times (which PostgreSQL reads whatever its DateStyle).
     */
    static void appendCopyText(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (value instanceof Number || value instanceof java.time.temporal.TemporalAccessor) {
            out.append(value);
        } else {
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
    }

    /**
     * A constraint violation as jOOQ reports it elsewhere (SQL state class 23), anything else as a data access failure.
     * A batch's own exception only summarises; the row's exception chained to it carries the cause (a constraint, or
     * the file system's "no space left"), which {@code Database.storageFault} and the callers look for in the causes.
     */
    private DataAccessException translate(SQLException e) {
        return translate(e, sql);
    }

    private static DataAccessException translate(SQLException e, String sql) {
        SQLException first = e.getNextException() != null ? e.getNextException() : e;
        if (first != e) {
            first.addSuppressed(e);
        }
        String message = "SQL [" + sql + "]; " + first.getMessage();
        if (first.getSQLState() != null && first.getSQLState().startsWith("23")) {
            return new IntegrityConstraintViolationException(message, first);
        }
        return new DataAccessException(message, first);
    }
}
