package org.normdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.exception.DataAccessException;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An open register database: connection pool, migrated schema, and the one {@link DSLContext} every store
 * uses. Transactions are bound to the calling thread, so stores called inside {@link #transaction} share it.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final DatabaseConfig config;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final String schemaVersion;
    private final boolean migratedByFlyway;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);
    private final ThreadLocal<List<Runnable>> afterCommit = ThreadLocal.withInitial(ArrayList::new);

    private Database(DatabaseConfig config, HikariDataSource dataSource, DSLContext dsl, Migrated schema) {
        this.config = config;
        this.dataSource = dataSource;
        this.schemaVersion = schema.version();
        this.migratedByFlyway = schema.byFlyway();
        this.dsl = dsl;
    }

    private static DSLContext dsl(DatabaseConfig config, HikariDataSource dataSource) {
        DefaultConfiguration jooq = new DefaultConfiguration();
        jooq.set(config.kind().dialect());
        // generated names are upper case (H2); unquoted rendering lets PostgreSQL fold them to its lower case
        jooq.set(new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false));
        jooq.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource)));
        return DSL.using(jooq);
    }

    /** Opens (creating an embedded file if needed) and migrates to this version's schema. */
    public static Database open(DatabaseConfig config) {
        HikariDataSource dataSource = connect(config);
        try {
            DSLContext dsl = dsl(config, dataSource);
            return new Database(config, dataSource, dsl, migrate(dataSource, dsl, config));
        } catch (RuntimeException e) {
            dataSource.close();
            throw storageFault(e, config);
        }
    }

    /**
     * A full disk or a read-only folder under the embedded database, said as such (nothing of the failed write is
     * kept: H2 rolls back to its last complete commit); any other failure is returned as it is.
     */
    static RuntimeException storageFault(RuntimeException e, DatabaseConfig config) {
        if (e instanceof StoreException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device") || message.contains("Disk quota exceeded")
                    || message.contains("There is not enough space on the disk")) {
                return new StoreException("db.diskFull", "The disk holding " + config.displayUrl()
                        + " is full; nothing was saved", config.displayUrl()).withCause(e);
            }
            if (message.contains("Read-only file system") || message.contains("database is read only")
                    || message.contains("Database is read only") || (t instanceof SQLException sql
                    && sql.getErrorCode() == H2_DATABASE_IS_READ_ONLY)) {
                return new StoreException("db.readOnly", "The folder of " + config.displayUrl()
                        + " cannot be written (read-only); nothing was saved", config.displayUrl()).withCause(e);
            }
        }
        return e;
    }

    /** H2's ErrorCode.DATABASE_IS_READ_ONLY. */
    private static final int H2_DATABASE_IS_READ_ONLY = 90097;

    private static HikariDataSource connect(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("normdesk");
        hikari.setJdbcUrl(config.jdbcUrl());
        // credentials may also ride in the URL; only set what was given
        if (!config.user().isEmpty()) {
            hikari.setUsername(config.user());
        }
        if (!config.password().isEmpty()) {
            hikari.setPassword(config.password());
        }
        hikari.setMaximumPoolSize(config.kind().poolSize());
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(10_000);
        hikari.setAutoCommit(true);
        if (config.kind() == DatabaseKind.POSTGRESQL) {
            // the driver sends a JDBC batch of INSERTs as multi-row INSERTs (store/BulkInsert: a document's issuers
            // and history rows), one round trip per batch instead of one per row; a batch that returns generated
            // keys is sent as before
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        try {
            return new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable root = rootCause(e);
            String detail = root.getMessage() == null ? root.toString() : root.getMessage();
            if (detail.contains("file is locked") || detail.contains("already in use")) {
                throw new StoreException("db.locked", "The database is open in another NormDesk window: "
                        + config.displayUrl(), config.displayUrl()).withCause(e);
            }
            if (detail.contains("Encryption error in file")) {
                throw new StoreException("db.encryption.wrongPassword",
                        "Wrong password for the encrypted register; try again").withCause(e);
            }
            if (config.kind() == DatabaseKind.H2 && !config.encrypted() && (detail.contains("File corrupted while reading") || detail.contains("Store header is corrupt"))
                    && detail.contains(DatabaseConfig.EMBEDDED_FILE_NAME + ".mv.db")) {
                throw new StoreException("db.encryption.passwordNeeded", "The register " + config.displayUrl()
                        + " is encrypted or damaged; open it with its password", config.displayUrl()).withCause(e);
            }
            if (detail.contains("password authentication failed")) {
                throw new StoreException("db.auth.failed", "Wrong user name or password for " + config.displayUrl(),
                        config.displayUrl()).withCause(e);
            }
            throw new StoreException("db.unreachable", "Cannot connect to " + config.displayUrl() + ": " + detail,
                    config.displayUrl(), detail).withCause(e);
        }
    }

    /**
     * Brings the schema to this build's version. A register whose history already holds every migration of this
     * build opens without Flyway (see {@link SchemaHistory}); anything else — a new or older register, a failed
     * migration, a newer NormDesk's schema — goes to Flyway as always, which migrates, or refuses and says why.
     */
    private static Migrated migrate(HikariDataSource dataSource, DSLContext dsl, DatabaseConfig config) {
        Optional<String> current = SchemaHistory.currentVersion(dsl);
        if (current.isPresent()) {
            return new Migrated(current.get(), false);
        }
        return new Migrated(FlywayMigration.migrate(dataSource, config), true);
    }

    private record Migrated(String version, boolean byFlyway) {
    }

    /** Flyway on its own class, so that its classes are loaded only when a migration is actually run. */
    private static final class FlywayMigration {
        static String migrate(HikariDataSource dataSource, DatabaseConfig config) {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:" + SchemaHistory.LOCATION)
                    .load();
            refuseNewerSchema(flyway.info().all(), config);
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated {} to schema {} ({} migrations)", config.displayUrl(), result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
            MigrationInfo current = flyway.info().current();
            return current == null ? "0" : current.getVersion().getVersion();
        }

        /** A schema written by a newer NormDesk must not be touched by this one. */
        private static void refuseNewerSchema(MigrationInfo[] all, DatabaseConfig config) {
            Arrays.stream(all)
                    .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                            || info.getState() == MigrationState.FUTURE_FAILED)
                    .reduce((first, second) -> second)
                    .ifPresent(newest -> {
                        throw new StoreException("db.schema.newer", "The database " + config.displayUrl()
                                + " was written by a newer NormDesk (schema " + newest.getVersion() + ")",
                                config.displayUrl(), newest.getVersion().getVersion());
                    });
        }
    }

    /**
     * Runs {@code work} in one transaction: all its writes are kept, or none if it throws. Called inside another
     * transaction it joins it, so a use case built from smaller ones is still all or nothing.
     */
    public <T> T transaction(Supplier<T> work) {
        if (inTransaction.get()) {
            return work.get();
        }
        inTransaction.set(true);
        T result;
        List<Runnable> committed;
        try {
            try {
                result = dsl.transactionResult(configuration -> work.get());
            } catch (DataAccessException e) {
                if (!connectionLost(e)) {
                    throw storageFault(e, config);
                }
                // the server restarted or the network dropped: the transaction was rolled back whole, so one
                // more try on a fresh connection is safe
                LOG.warn("Connection to {} lost; retrying once: {}", config.displayUrl(), e.getMessage());
                // its siblings in the pool died with it: drop them all so the retry gets a fresh one
                dataSource.getHikariPoolMXBean().softEvictConnections();
                afterCommit.get().clear();
                try {
                    result = dsl.transactionResult(configuration -> work.get());
                } catch (DataAccessException again) {
                    if (connectionLost(again)) {
                        throw new StoreException("db.connectionLost", "The connection to " + config.displayUrl()
                                + " was lost; nothing was saved", config.displayUrl()).withCause(again);
                    }
                    throw again;
                }
            }
            committed = List.copyOf(afterCommit.get());
        } finally {
            inTransaction.remove();
            afterCommit.remove();
        }
        committed.forEach(Runnable::run);
        return result;
    }

    /**
     * Runs {@code action} once the outermost transaction of this thread has committed (at once outside a
     * transaction); dropped if it rolls back. For work outside the database that must follow only what was
     * kept, such as updating the search index.
     */
    public void afterCommit(Runnable action) {
        if (inTransaction.get()) {
            afterCommit.get().add(action);
        } else {
            action.run();
        }
    }

    /** SQL state class 08 (connection exception) or PostgreSQL's 57P0x (the server shut the session down). */
    static boolean connectionLost(DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    public void transaction(Runnable work) {
        transaction(() -> {
            work.run();
            return null;
        });
    }

    DSLContext dsl() {
        return dsl;
    }

    public DatabaseConfig config() {
        return config;
    }

    public DatabaseKind kind() {
        return config.kind();
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    /**
     * Whether opening ran Flyway: true for a new register, after an update and whenever the schema history is not
     * exactly this build's migrations; false when it already was.
     */
    public boolean migratedByFlyway() {
        return migratedByFlyway;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
