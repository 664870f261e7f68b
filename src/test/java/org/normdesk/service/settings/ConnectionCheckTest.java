package org.normdesk.service.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.DatabaseInfo;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.ClosedPort;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ConnectionCheckTest {
    @TempDir
    Path dir;

    private final ConnectionCheck check = new ConnectionCheck(Clock.systemUTC());

    @Test
    void a_server_that_does_not_answer_is_unreachable() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + ClosedPort.find() + "/normdesk";

        DomainException failed = assertThrows(DomainException.class, () -> check.test(url, "normdesk", "x"));

        assertEquals("db.unreachable", failed.messageKey());
    }

    @Test
    void only_a_postgresql_address_is_tried() {
        assertEquals("preferences.sharedUrl.notPostgres", assertThrows(DomainException.class,
                () -> check.test("jdbc:h2:file:" + dir.resolve("x"), "sa", "")).messageKey());
    }

    @Test
    void a_real_server_answers_with_its_schema_version_and_counts() {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), "NORMDESK_PG_URL is not set");
        DatabaseConfig fresh = TestDatabases.fresh(DatabaseKind.POSTGRESQL, dir);

        DatabaseInfo info = check.test(fresh.jdbcUrl(), null, null);

        String localSchema;
        try (Workspace local = Workspace.openEmbedded(new DataFolder(dir.resolve("local")), Clock.systemUTC())) {
            localSchema = local.info().schemaVersion();
        }
        assertEquals("POSTGRESQL", info.kind());
        assertEquals(localSchema, info.schemaVersion());
        assertEquals(0, info.documents());
    }

    @Test
    void a_wrong_password_is_told_apart_from_an_unreachable_server() {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), "NORMDESK_PG_URL is not set");
        String url = TestDatabases.postgresUrl().orElseThrow().replaceAll("password=[^&]*", "password=wrong");

        assertEquals("db.auth.failed", assertThrows(DomainException.class, () -> check.test(url, null, null))
                .messageKey());
    }
}
