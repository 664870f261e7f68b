package org.normdesk.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.impl.DSL;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;

/** The embedded database's own consistent copy (H2 BACKUP) and the checks a restore needs. */
public final class DatabaseBackup {
    /** The file H2 names the database inside its BACKUP zip, and in the data folder. */
    public static final String DATABASE_FILE = DatabaseConfig.EMBEDDED_FILE_NAME + ".mv.db";

    private DatabaseBackup() {
    }

    /**
     * Writes a consistent copy of the open embedded database to {@code zip} while the app keeps working (H2 copies
     * the store file under its own lock). Refused on a server database.
     */
    public static void backupTo(Database db, Path zip) {
        if (db.kind() != DatabaseKind.H2) {
            throw new StoreException("backup.serverDatabase", "Backups of a shared PostgreSQL register are made on the "
                    + "server (pg_dump)", db.config().displayUrl());
        }
        try {
            db.dsl().execute("BACKUP TO " + DSL.inline(zip.toAbsolutePath().toString()));
        } catch (org.jooq.exception.DataAccessException e) {
            // a full disk or a folder that cannot be written: said as the backup's failure, not as SQL
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String detail = String.valueOf(root.getMessage());
            throw new StoreException("backup.writeFailed", "Cannot write the backup " + zip + ": " + detail,
                    zip.toString(), detail).withCause(e);
        }
    }

    /** The newest schema version this build's migrations reach. */
    public static String latestSchemaVersion() {
        return SchemaHistory.latestShipped().orElseGet(DatabaseBackup::latestSchemaVersionByFlyway);
    }

    /** The same from Flyway (it starts Flyway on an in-memory database), when the migrations could not be listed. */
    static String latestSchemaVersionByFlyway() {
        Flyway flyway = Flyway.configure().dataSource("jdbc:h2:mem:normdesk-versions;DB_CLOSE_DELAY=0", "sa", "")
                .locations("classpath:" + SchemaHistory.LOCATION).load();
        return Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder()).map(v -> v.getVersion()).orElse("0");
    }

    /** Refuses when another process (the running app) holds the embedded database in {@code dataDir}. */
    public static void requireClosed(Path dataDir) {
        DatabaseConfig config = DatabaseConfig.embedded(dataDir);
        try (Connection c = DriverManager.getConnection(config.jdbcUrl() + ";IFEXISTS=TRUE", config.user(), config.password())) {
            c.isValid(1);
        } catch (SQLException e) {
            String detail = String.valueOf(e.getMessage());
            if (detail.contains("locked") || detail.contains("already in use")) {
                throw new StoreException("db.locked", "The database is open in another NormDesk window: "
                        + config.displayUrl(), config.displayUrl()).withCause(e);
            }
            // no database there yet: nothing to close
        }
    }
}
