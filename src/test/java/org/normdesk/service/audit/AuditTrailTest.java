package org.normdesk.service.audit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.audit.AuditEntry;
import org.normdesk.domain.audit.ChainCheck;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Workspace;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every change leaves a chained entry; tampering is found at the first broken link. */
class AuditTrailTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    private Workspace open(DatabaseConfig config, String user) {
        return Workspace.open(config, tempDir.resolve("attachments"), CLOCK, () -> user);
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_chain_verifies_with_a_real_clock_whose_instants_have_nanoseconds(DatabaseKind kind) {
        try (Workspace ws = Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("attachments"),
                Clock.offset(Clock.systemUTC(), java.time.Duration.ofNanos(123_456_789)), () -> "张三")) {
            ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            assertTrue(ws.audit().verify().intact());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void edits_leave_a_history_with_before_and_after_and_the_chain_verifies(DatabaseKind kind) {
        try (Workspace ws = open(TestDatabases.fresh(kind, tempDir), "张三")) {
            Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            NormativeDocument doc = ws.register().add(new DocumentInput("某办法", "濮政〔2019〕1号", List.of(city.id()),
                    DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-01-01", "2019-02-01", null, null));
            NormativeDocument edited = ws.register().update(doc.id(), doc.version(), new DocumentInput("某管理办法",
                    "濮政〔2019〕1号", List.of(city.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-01-01",
                    "2019-02-01", null, null));
            ws.register().changeStatus(doc.id(), edited.version(), LifecycleStatus.REPEALED, null, "废止", null);

            List<AuditEntry> history = ws.audit().history("document", doc.id());
            assertEquals(List.of("document.add", "document.update", "document.status"),
                    history.stream().map(AuditEntry::action).toList());
            assertEquals("张三", history.get(1).actor());
            assertTrue(history.get(1).beforeJson().contains("某办法"), history.get(1).beforeJson());
            assertTrue(history.get(1).afterJson().contains("某管理办法"), history.get(1).afterJson());
            assertTrue(history.get(2).afterJson().contains("REPEALED"));

            ChainCheck check = ws.audit().verify();
            assertTrue(check.intact());
            assertEquals(4, check.entries(), "issuer, add, update, status");
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void an_edited_or_removed_entry_is_reported_at_the_first_broken_link(DatabaseKind kind) throws Exception {
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        try (Workspace ws = open(config, "张三")) {
            for (int i = 1; i <= 5; i++) {
                ws.register().addIssuer(new Issuer(null, "机关" + i, null, OrgLevel.COUNTY, OrgKind.DEPARTMENT, null));
            }
            assertTrue(ws.audit().verify().intact());
            // someone with database access rewrites history behind the app's back
            sql(config, "update audit_entry set actor = '李四' where seq = 3");
            assertEquals(3L, ws.audit().verify().firstBroken());
            sql(config, "update audit_entry set actor = '张三' where seq = 3");
            assertNull(ws.audit().verify().firstBroken());
            sql(config, "delete from audit_entry where seq = 5");
            ChainCheck truncated = ws.audit().verify();
            assertFalse(truncated.intact(), "a removed last entry no longer matches the head");
            assertEquals(5L, truncated.firstBroken());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void concurrent_writers_never_fork_the_chain(DatabaseKind kind) throws Exception {
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        List<Workspace> stations = new ArrayList<>();
        stations.add(open(config, "甲"));
        if (kind == DatabaseKind.POSTGRESQL) {
            stations.add(open(config, "乙"));
            stations.add(open(config, "丙"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Workspace station = stations.get(i % stations.size());
                int n = i;
                writes.add(pool.submit(() -> station.register().addIssuer(
                        new Issuer(null, "并发机关" + n, null, OrgLevel.TOWNSHIP, OrgKind.GOVERNMENT, null))));
            }
            for (Future<?> write : writes) {
                write.get();
            }
            ChainCheck check = stations.get(0).audit().verify();
            assertTrue(check.intact(), "first broken: " + check.firstBroken());
            assertEquals(30, check.entries());
        } finally {
            pool.shutdown();
            stations.forEach(Workspace::close);
        }
    }

    private static void sql(DatabaseConfig config, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user().isEmpty() ? null : config.user(),
                config.password().isEmpty() ? null : config.password()); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
