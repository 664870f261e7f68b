package org.normdesk.testing;

import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The databases store tests run on: always a real H2 file, and a real PostgreSQL when
 * {@code normdesk.pg.url} (from {@code NORMDESK_PG_URL}) names one — {@code .ci/run} always sets it.
 * Each PostgreSQL test gets a fresh schema of its own, so tests never see each other's rows.
 */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** For {@code @MethodSource("org.normdesk.testing.TestDatabases#kinds")}. */
    public static Stream<DatabaseKind> kinds() {
        return postgresUrl().isPresent() ? Stream.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL) : Stream.of(DatabaseKind.H2);
    }

    public static Optional<String> postgresUrl() {
        String url = System.getProperty("normdesk.pg.url");
        if (url == null || url.isBlank()) {
            url = System.getenv("NORMDESK_PG_URL");
        }
        return url != null && url.startsWith("jdbc:postgresql:") ? Optional.of(url) : Optional.empty();
    }

    /** A new, empty database of that kind. */
    public static DatabaseConfig fresh(DatabaseKind kind, Path tempDir) {
        return switch (kind) {
            case H2 -> DatabaseConfig.embedded(tempDir.resolve("h2-" + UUID.randomUUID()));
            case POSTGRESQL -> freshPostgresSchema();
        };
    }

    private static DatabaseConfig freshPostgresSchema() {
        String url = postgresUrl().orElseThrow(() -> new IllegalStateException("NORMDESK_PG_URL is not set"));
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test schema on " + url + ": " + e.getMessage(), e);
        }
        String separator = url.contains("?") ? "&" : "?";
        // the application name lets a test find (and drop) only its own sessions
        return new DatabaseConfig(url + separator + "currentSchema=" + schema + "&ApplicationName=" + schema, null, null);
    }
}
