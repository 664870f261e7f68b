package org.normdesk.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.account.Principal;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.demo.DemoRegisterService;
import org.normdesk.service.exchange.ColumnMapping;
import org.normdesk.service.exchange.ImportResult;
import org.normdesk.service.exchange.Ledger;
import org.normdesk.service.exchange.LedgerImportService;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The heap's free-space ratios in this very JVM: widened while bulk work runs, the launcher's values after. The test
 * classes of this build run one after another (no parallel execution is configured), so no other test holds a scope.
 */
class HeapHeadroomTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-12-31T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    @Test
    void nested_scopes_widen_the_heap_until_the_last_one_closes() {
        int before = HeapHeadroom.minFreeRatio();
        try (HeapHeadroom outer = HeapHeadroom.widen()) {
            assertEquals(Math.max(50, before), HeapHeadroom.minFreeRatio());
            HeapHeadroom inner = HeapHeadroom.widen();
            inner.close();
            inner.close(); // a second close of the same scope must not end the outer one
            assertEquals(Math.max(50, before), HeapHeadroom.minFreeRatio(), "the outer scope is still open");
        }
        assertEquals(before, HeapHeadroom.minFreeRatio());
    }

    @Test
    void a_ledger_import_runs_widened_and_leaves_the_ratios_as_they_were() throws Exception {
        int before = HeapHeadroom.minFreeRatio();
        try (Workspace ws = Workspace.open(TestDatabases.fresh(DatabaseKind.H2, tempDir), tempDir.resolve("files"),
                null, CLOCK, new CurrentUser(Principal.singleUser("clerk")))) {
            LedgerImportService imports = ws.ledgerImport();
            Ledger ledger = imports.read(Path.of("src/test/resources/ledgers/city-2019-gbk.csv"));
            ColumnMapping mapping = imports.propose(ledger);
            List<Integer> seenInside = new ArrayList<>();
            // the import reports progress from inside its transaction
            ImportResult result = imports.importLedger(ledger, mapping,
                    (done, total, detail) -> seenInside.add(HeapHeadroom.minFreeRatio()));
            assertTrue(result.added() > 0, result.toString());
            assertTrue(!seenInside.isEmpty() && seenInside.stream().allMatch(r -> r >= 50), seenInside.toString());

            List<Integer> duringDemo = new ArrayList<>();
            try (Workspace other = Workspace.open(TestDatabases.fresh(DatabaseKind.H2, tempDir.resolve("demo")),
                    tempDir.resolve("demo-files"), null, CLOCK, new CurrentUser(Principal.singleUser("admin")))) {
                other.demo().importRegister(DemoRegisterService.readShipped(),
                        (done, total, detail) -> duringDemo.add(HeapHeadroom.minFreeRatio()));
            }
            assertTrue(!duringDemo.isEmpty() && duringDemo.stream().allMatch(r -> r >= 50), duringDemo.toString());
        }
        assertEquals(before, HeapHeadroom.minFreeRatio());
    }
}
