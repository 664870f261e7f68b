package org.normdesk.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.exchange.ImportResult;
import org.normdesk.service.exchange.Ledger;
import org.normdesk.service.exchange.LedgerImportService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A ledger import of 3,000 rows (1,500 new documents, 1,500 updates of documents imported before) is killed
 * (SIGKILL) inside its transaction, after the bulk insert of the new documents: after restart the register holds
 * exactly what it held before (documents, issuing bodies, audit entries), the audit chain verifies, and the same
 * import then runs to the end.
 */
class LedgerImportCrashTest {
    private static final int EARLIER = 1_500;
    private static final int ROWS = 3_000;

    @TempDir
    Path tempDir;

    @Test
    void an_import_killed_inside_its_transaction_leaves_the_register_as_it_was() throws Exception {
        DataFolder folder = new DataFolder(tempDir.resolve("data"));
        Path first = ledger(tempDir.resolve("first.csv"), EARLIER, false);
        Path second = ledger(tempDir.resolve("second.csv"), ROWS, true);
        int documents;
        int issuers;
        long auditEntries;
        try (Workspace ws = Workspace.openEmbedded(folder, Clock.systemDefaultZone())) {
            ImportResult result = importFully(ws, first);
            assertEquals(EARLIER, result.added());
            documents = ws.register().count();
            issuers = ws.register().issuers().size();
            auditEntries = ws.audit().count();
        }

        try (ChildJvm child = ChildJvm.main(LedgerImportChild.class, folder.root().toString(), second.toString())) {
            assertTrue(child.killWhenOutput(out -> out.contains("WRITTEN")), "killed inside the transaction:\n"
                    + child.output());
            assertTrue(child.output().contains(String.format(java.util.Locale.ROOT, "WRITTEN %,d / %,d", ROWS - EARLIER,
                    ROWS - EARLIER)), child.output());
        }

        try (Workspace ws = Workspace.openEmbedded(folder, Clock.systemDefaultZone())) {
            assertEquals(documents, ws.register().count(), "no new document kept");
            assertEquals(issuers, ws.register().issuers().size(), "no new issuing body kept");
            assertEquals(auditEntries, ws.audit().count(), "no update and no import entry kept");
            assertTrue(ws.audit().verify().intact(), "the audit chain survives the crash");

            ImportResult again = importFully(ws, second);
            assertEquals(ROWS - EARLIER, again.added());
            assertEquals(EARLIER, again.updated());
            assertEquals(ROWS, ws.register().count());
            assertTrue(ws.audit().verify().intact());
        }
    }

    private static ImportResult importFully(Workspace ws, Path file) {
        LedgerImportService imports = ws.ledgerImport();
        Ledger ledger = imports.read(file);
        return imports.importLedger(ledger, imports.propose(ledger), Progress.NONE);
    }

    /** A county ledger; the later one adds the 施行日期 to every earlier row and brings a second issuing body. */
    private static Path ledger(Path file, int rows, boolean later) throws IOException {
        StringBuilder csv = new StringBuilder("序号,文件名称,文号,制定机关,发布日期,施行日期,效力状态\n");
        for (int i = 1; i <= rows; i++) {
            String issuer = i > EARLIER ? "清丰县人民政府办公室" : "清丰县人民政府";
            String code = i > EARLIER ? "清政办" : "清政";
            csv.append(i).append(",清丰县第").append(i).append("号管理办法,").append(code).append("〔2019〕")
                    .append(i).append("号,").append(issuer).append(",2019-03-0").append(1 + i % 9).append(',')
                    .append(later ? "2019-04-01" : "").append(",现行有效\n");
        }
        return Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
