package org.normdesk.store;

import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Many rows into one table through one prepared statement run as JDBC batches: jOOQ renders the INSERT once from
 * the generated table and columns, then each row only binds its values. A multi-row INSERT built by jOOQ costs a
 * value object, its rendering and its binding per cell, and the database parses the long statement anew; at tens of
 * thousands of rows (a ledger import, a package, a demo register) that was a third of the insert's time. The ids
 * the database generates come back through the driver's generated keys, in the rows' order, on H2 and PostgreSQL.
 * Runs on the connection of the caller's transaction.
 */
final class BulkInsert {
    /** Rows per executed batch: bounds the driver's buffers and the generated keys held at once. */
    private static final int BATCH = 1_000;

    private final Database db;
    private final Field<?>[] columns;
    private final int[] sqlTypes;
    private final String sql;

    BulkInsert(Database db, Table<?> table, Field<?>... columns) {
        this.db = db;
        this.columns = columns.clone();
        this.sqlTypes = Arrays.stream(columns).mapToInt(c -> c.getDataType().getSQLType()).toArray();
        Query insert = db.dsl().insertInto(table).columns(columns)
                .values(Arrays.stream(columns).map(c -> (Field<?>) DSL.param(c.getName(), c.getDataType())).toList());
        this.sql = insert.getSQL(ParamType.INDEXED);
    }

    /** Inserts the rows, each holding one value per column in the columns' order (null for SQL NULL). */
    void insert(List<Object[]> rows) {
        run(rows, null, stored -> { });
    }

    /**
     * Inserts the rows and returns the ids the database generated for them, in the rows' order, telling
     * {@code stored} how many rows are in after each batch (for a progress bar: 100,000 rows take several seconds).
     */
    List<Long> insertReturning(List<Object[]> rows, Field<Long> id, IntConsumer stored) {
        return run(rows, id, stored);
    }

    private List<Long> run(List<Object[]> rows, Field<Long> id, IntConsumer stored) {
        if (rows.isEmpty()) {
            return List.of();
        }
        // PostgreSQL folds the unquoted name to lower case; H2 keeps it upper case as the generated classes spell it
        String key = id == null ? null : db.kind() == DatabaseKind.POSTGRESQL ? id.getName().toLowerCase(java.util.Locale.ROOT)
                : id.getName();
        return db.dsl().connectionResult(connection -> {
            List<Long> ids = new ArrayList<>(id == null ? 0 : rows.size());
            try (PreparedStatement statement = key == null ? connection.prepareStatement(sql)
                    : connection.prepareStatement(sql, new String[]{key})) {
                for (int start = 0; start < rows.size(); start += BATCH) {
                    for (Object[] row : rows.subList(start, Math.min(rows.size(), start + BATCH))) {
                        if (row.length != columns.length) {
                            throw new IllegalArgumentException("one value per column: " + row.length);
                        }
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

    /**
     * A constraint violation as jOOQ reports it elsewhere (SQL state class 23), anything else as a data access failure.
     * A batch's own exception only summarises; the row's exception chained to it carries the cause (a constraint, or
     * the file system's "no space left"), which {@code Database.storageFault} and the callers look for in the causes.
     */
    private DataAccessException translate(SQLException e) {
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
