package org.normdesk.service.demo;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.StatusChange;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.service.Progress;
import org.normdesk.service.register.RegisterService;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseKind;
import org.normdesk.store.FilingStore;
import org.normdesk.testing.TestDatabases;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped demo loads into a real, empty database (H2 and, when configured, PostgreSQL) — and only once. */
class DemoRegisterImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-01-04T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_shipped_demo_imports_into_an_empty_register_and_only_once(DatabaseKind kind) {
        DemoRegister demo = DemoRegisterService.readShipped();
        try (Database db = Database.open(TestDatabases.fresh(kind, tempDir))) {
            DemoRegisterService service = new DemoRegisterService(db, () -> "demo");
            RegisterService register = new RegisterService(db, CLOCK, () -> "demo");
            assertTrue(service.registerIsEmpty());

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            DemoRegisterService.ImportSummary summary = service.importRegister(demo, Progress.NONE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            System.out.printf("%s: imported %d documents, %d issuers, %d filings in %d ms (%d ms CPU on this thread)%n",
                    kind, summary.documents(), summary.issuers(), summary.filings(), millis, cpuMillis);

            assertEquals(new DemoRegisterService.ImportSummary(demo.issuers().size(), demo.documents().size(),
                    demo.filings().size()), summary);
            assertEquals(demo.documents().size(), register.count());
            assertEquals(demo.issuers().size(), register.issuers().size());
            assertEquals(demo.filings().size(), service.filingCount());
            assertEquals(expectedStatuses(demo), register.countByStatus());
            assertEquals(expectedStates(demo), new FilingStore(db).countByState());

            // one repealed document, read back with its whole history and the repealing document
            DemoRegister.DocumentEntry repealed = demo.documents().stream()
                    .filter(d -> DemoRegisterInvariants.finalStatus(d) == LifecycleStatus.REPEALED)
                    .findFirst().orElseThrow();
            DocumentSummary found = register.search(new DocumentQuery(repealed.title(), null, null, null, null, 10))
                    .stream().filter(s -> s.title().equals(repealed.title())).findFirst().orElseThrow();
            List<StatusChange> history = register.history(found.id());
            assertEquals(repealed.history().size() + 1, history.size());
            assertEquals(LifecycleStatus.REPEALED, history.get(history.size() - 1).to());
            assertTrue(history.get(history.size() - 1).causedByDocumentId() != null);

            DomainException refused = assertThrows(DomainException.class,
                    () -> service.importRegister(demo, Progress.NONE));
            assertEquals("demo.registerNotEmpty", refused.messageKey());
            assertEquals(demo.documents().size(), register.count());
            assertEquals(demo.issuers().size(), register.issuers().size());
            assertEquals(demo.filings().size(), service.filingCount());
            assertEquals(expectedStatuses(demo), register.countByStatus());
            assertFalse(service.registerIsEmpty());
        }
    }

    private static Map<LifecycleStatus, Integer> expectedStatuses(DemoRegister demo) {
        Map<LifecycleStatus, Integer> expected = new EnumMap<>(LifecycleStatus.class);
        demo.documents().forEach(d -> expected.merge(DemoRegisterInvariants.finalStatus(d), 1, Integer::sum));
        return expected;
    }

    private static Map<FilingState, Integer> expectedStates(DemoRegister demo) {
        Map<FilingState, Integer> expected = new EnumMap<>(FilingState.class);
        demo.filings().forEach(f -> expected.merge(DemoRegisterInvariants.finalState(f), 1, Integer::sum));
        return expected;
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_demo_register_works_with_the_intake_queue_and_numbering_continues_its_series(DatabaseKind kind) {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2020-12-31T02:00:00Z"),
                java.time.ZoneId.of("Asia/Shanghai"));
        try (org.normdesk.service.Workspace ws = org.normdesk.service.Workspace.open(TestDatabases.fresh(kind, tempDir),
                tempDir.resolve("attachments"), clock, () -> "demo")) {
            ws.demo().importRegister(DemoRegisterService.readShipped(), org.normdesk.service.Progress.NONE);
            var queue = ws.filings().queue(java.util.Set.of());
            assertEquals(DemoRegisterService.readShipped().filings().size(), queue.size());
            assertEquals("濮阳市司法局", ws.settings().unit().unitName());
            var received = queue.stream().filter(r -> r.state() == org.normdesk.domain.filing.FilingState.RECEIVED)
                    .findFirst().orElseThrow();
            var registered = ws.filings().register(received.filingId(), received.version(), true, true);
            String number = registered.filing().registrationNo();
            int serial = Integer.parseInt(number.substring(number.indexOf('〕') + 1, number.length() - 1));
            long sameYear = queue.stream().filter(r -> r.registrationNo() != null && r.registrationNo().contains("〔2020〕")).count();
            assertEquals(sameYear + 1, serial, number + " continues the demo's 2020 series");
            assertEquals(24, ws.tally().tally(2019, null).count(org.normdesk.service.stats.TallyItem.REGISTERED));
            assertEquals(62, ws.tally().tally(2019, null).count(org.normdesk.service.stats.TallyItem.RECEIVED));
        }
    }
}
