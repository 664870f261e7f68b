package org.normdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.testing.TestDatabases;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the user is told when the database cannot be used, instead of a stack trace. */
class DatabaseFaultsTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_schema_written_by_a_newer_version_is_refused_and_left_untouched(DatabaseKind kind) throws Exception {
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        Database.open(config).close();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user().isEmpty() ? null : config.user(),
                config.password().isEmpty() ? null : config.password()); Statement s = c.createStatement()) {
            // what a future NormDesk would have recorded after its migration 999
            s.execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\")"
                    + " values (999, '999', 'future', 'SQL', 'V999__future.sql', 0, 'x', current_timestamp, 0, true)");
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(config));
        assertEquals("db.schema.newer", e.messageKey());
        assertEquals("999", e.args()[1]);
    }

    @Test
    void a_server_that_does_not_answer_gives_a_clear_message() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(
                new DatabaseConfig("jdbc:postgresql://127.0.0.1:" + closedPort + "/normdesk", "normdesk", "x")));
        assertEquals("db.unreachable", e.messageKey());
        assertEquals("jdbc:postgresql://127.0.0.1:" + closedPort + "/normdesk", e.args()[0]);
    }

    @Test
    void a_wrong_password_is_named_as_such() {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), "needs PostgreSQL");
        String url = TestDatabases.postgresUrl().get();
        String withoutCredentials = url.substring(0, url.indexOf('?'));
        StoreException e = assertThrows(StoreException.class,
                () -> Database.open(new DatabaseConfig(withoutCredentials, "normdesk", "wrong-password")));
        assertEquals("db.auth.failed", e.messageKey());
        assertTrue(!e.getMessage().contains("wrong-password"), "the password is never echoed");
    }

    @Test
    void a_second_process_on_the_same_embedded_file_is_told_it_is_open_elsewhere() throws Exception {
        Path dataDir = tempDir.resolve("one");
        try (Database first = Database.open(DatabaseConfig.embedded(dataDir))) {
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.normdesk.app.Main",
                    "--data-dir", dataDir.toString(), "--lang", "en", "db-info")
                    .redirectErrorStream(true).start();
            String output = new String(second.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(1, second.waitFor(), output);
            assertTrue(output.contains("The database is open in another NormDesk window"), output);
        }
    }

    @Test
    void an_unsupported_url_is_refused_before_connecting() {
        StoreException e = assertThrows(StoreException.class,
                () -> Database.open(new DatabaseConfig("jdbc:mysql://localhost/x", null, null)));
        assertEquals("db.url.unsupported", e.messageKey());
    }

    @Test
    void after_the_server_drops_every_session_the_next_save_goes_through_without_a_restart() throws Exception {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), "needs PostgreSQL");
        DatabaseConfig config = TestDatabases.fresh(DatabaseKind.POSTGRESQL, tempDir);
        try (Database db = Database.open(config)) {
            SettingStore settings = new SettingStore(db);
            db.transaction(() -> settings.put("probe", "before"));
            // what a server restart does to the pool's open sessions
            try (Connection admin = DriverManager.getConnection(TestDatabases.postgresUrl().get());
                 Statement s = admin.createStatement()) {
                String schema = config.jdbcUrl().replaceAll(".*ApplicationName=", "");
                var killed = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where application_name = '" + schema + "'");
                killed.next();
                assertTrue(killed.getInt(1) > 0, "the pool's sessions were dropped");
            }
            db.transaction(() -> settings.put("probe", "after"));
            assertEquals("after", settings.get("probe").orElseThrow());
        }
    }
}
