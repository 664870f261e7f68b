package org.normdesk.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.testing.TestDatabases;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A register already at this build's schema opens without Flyway; every other one still goes through it. */
class SchemaHistoryTest {
    @TempDir
    Path tempDir;

    @Test
    void the_shipped_versions_are_the_ones_flyway_finds() {
        Flyway flyway = Flyway.configure().dataSource("jdbc:h2:mem:schema-history-test;DB_CLOSE_DELAY=0", "sa", "")
                .locations("classpath:db/migration").load();
        Set<String> byFlyway = Arrays.stream(flyway.info().all()).map(i -> i.getVersion().getVersion())
                .collect(Collectors.toSet());
        assertTrue(byFlyway.size() > 10, byFlyway.toString());
        assertEquals(byFlyway, SchemaHistory.shippedVersions());
        assertEquals(DatabaseBackup.latestSchemaVersionByFlyway(), DatabaseBackup.latestSchemaVersion());
    }

    @Test
    void a_new_embedded_register_leaves_no_error_in_h2s_trace_file() {
        Path folder = tempDir.resolve("new");
        DatabaseConfig config = DatabaseConfig.embedded(folder);
        Database.open(config).close();
        Database.open(config).close();
        assertTrue(java.nio.file.Files.exists(folder.resolve("normdesk.mv.db")));
        assertFalse(java.nio.file.Files.exists(folder.resolve("normdesk.trace.db")),
                "H2 traced an error while the register was created or opened");
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_register_at_the_newest_version_opens_without_flyway(DatabaseKind kind) {
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        try (Database db = Database.open(config)) {
            assertTrue(db.migratedByFlyway(), "a new register is created by Flyway");
        }
        try (Database db = Database.open(config)) {
            assertFalse(db.migratedByFlyway());
            assertEquals(DatabaseBackup.latestSchemaVersionByFlyway(), db.schemaVersion());
            // and it is usable as before
            assertEquals(0, db.dsl().fetchCount(org.normdesk.store.jooq.Tables.DOCUMENT));
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_register_one_version_behind_is_migrated(DatabaseKind kind) throws Exception {
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        List<String> versions = new ArrayList<>(SchemaHistory.shippedVersions());
        versions.sort(SchemaHistory.VERSION_ORDER);
        String previous = versions.get(versions.size() - 2);
        String newest = versions.get(versions.size() - 1);
        // what the previous NormDesk left
        Flyway.configure().dataSource(config.jdbcUrl(), nullIfEmpty(config.user()), nullIfEmpty(config.password()))
                .locations("classpath:db/migration").target(previous).load().migrate();
        assertEquals(Set.copyOf(versions.subList(0, versions.size() - 1)), Set.copyOf(historyVersions(config)));

        try (Database db = Database.open(config)) {
            assertTrue(db.migratedByFlyway());
            assertEquals(newest, db.schemaVersion());
        }
        assertEquals(Set.copyOf(versions), Set.copyOf(historyVersions(config)));
        try (Database db = Database.open(config)) {
            assertFalse(db.migratedByFlyway());
            assertEquals(newest, db.schemaVersion());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_failed_migration_in_the_history_still_goes_to_flyway_which_reports_it(DatabaseKind kind) throws Exception {
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        Database.open(config).close();
        String newest = DatabaseBackup.latestSchemaVersion();
        try (Connection c = connect(config); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '"
                    + newest + "'"));
        }
        RuntimeException e = assertThrows(RuntimeException.class, () -> Database.open(config));
        assertTrue(e.getClass().getName().startsWith("org.flywaydb."), e.toString());
        assertTrue(e.getMessage().contains("failed migration to version " + newest), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void opening_a_current_register_loads_no_flyway_class(DatabaseKind kind) throws Exception {
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        Database.open(config).close();
        Path dataDir = tempDir.resolve("data");
        Path classLog = tempDir.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + classLog, "-cp", System.getProperty("java.class.path"),
                "org.normdesk.app.Main", "--lang", "en", "--data-dir", kind == DatabaseKind.H2 ? dataDir(config) : dataDir.toString()));
        if (kind == DatabaseKind.POSTGRESQL) {
            command.addAll(List.of("--db-url", config.jdbcUrl()));
        }
        command.add("db-info");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        assertTrue(output.contains(DatabaseBackup.latestSchemaVersion()), output);
        String classes = Files.readString(classLog);
        assertTrue(classes.contains("org.normdesk.store.SchemaHistory"), "the log is the child's class loading");
        assertFalse(classes.contains("org.flywaydb."), classes.lines().filter(l -> l.contains("org.flywaydb."))
                .limit(5).collect(Collectors.joining("\n")));
        assertFalse(classes.contains("tools.jackson."), "Flyway's Jackson 3 is not loaded either");
    }

    /** The data folder of an embedded register's config (its file is {@code <folder>/normdesk}). */
    private static String dataDir(DatabaseConfig config) {
        String url = config.jdbcUrl();
        String file = url.substring("jdbc:h2:file:".length(), url.indexOf(';') < 0 ? url.length() : url.indexOf(';'));
        return Path.of(file).getParent().toString();
    }

    private static List<String> historyVersions(DatabaseConfig config) throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection c = connect(config); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select \"version\" from \"flyway_schema_history\" where \"version\" is not null")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    private static Connection connect(DatabaseConfig config) throws Exception {
        return DriverManager.getConnection(config.jdbcUrl(), nullIfEmpty(config.user()), nullIfEmpty(config.password()));
    }

    private static String nullIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
