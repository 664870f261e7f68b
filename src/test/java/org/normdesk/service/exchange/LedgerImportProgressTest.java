package org.normdesk.service.exchange;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.account.Principal;
import org.normdesk.service.Workspace;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A large ledger's import says how far it is while it plans and while it writes, never going back. */
class LedgerImportProgressTest {
    private static final int ROWS = 2_345;

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_import_counts_its_new_documents_while_it_writes_them(DatabaseKind kind) throws Exception {
        StringBuilder csv = new StringBuilder("序号,文件名称,发文字号,制定机关,印发日期,效力状态\r\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append(i).append(",关于印发测试办法第").append(i).append("号的通知,测政〔2019〕").append(i)
                    .append("号,测试市人民政府,2019年3月1日,现行有效\r\n");
        }
        Path file = tempDir.resolve("large-gbk.csv");
        Files.write(file, csv.toString().getBytes(Charset.forName("GBK")));
        try (Workspace ws = Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("files"), null,
                LedgerImportServiceTest.CLOCK, new CurrentUser(Principal.singleUser("clerk")))) {
            LedgerImportService imports = ws.ledgerImport();
            Ledger ledger = imports.read(file);
            List<long[]> steps = new ArrayList<>();
            List<String> details = new ArrayList<>();
            ImportResult result = imports.importLedger(ledger, imports.propose(ledger), (done, total, detail) -> {
                steps.add(new long[]{done, total});
                details.add(detail);
            });
            assertEquals(ROWS, result.added(), result.toString());

            long total = steps.get(0)[1];
            long before = -1;
            for (long[] step : steps) {
                assertEquals(total, step[1], "one total for the whole import");
                assertTrue(step[0] >= before && step[0] <= total, "never back, never past the whole: " + step[0]);
                before = step[0];
            }
            assertEquals(total, steps.get(steps.size() - 1)[0], "ends at the whole");
            assertTrue(details.contains("1,000 / 2,345") && details.contains("2,000 / 2,345")
                    && details.contains("2,345 / 2,345"), "counts the documents as they are written: " + details);
            int firstWrite = details.indexOf("1,000 / 2,345");
            assertTrue(steps.get(firstWrite)[0] > 0 && steps.get(firstWrite)[0] < total,
                    "writing is a part of the bar, not all of it");
        }
    }
}
