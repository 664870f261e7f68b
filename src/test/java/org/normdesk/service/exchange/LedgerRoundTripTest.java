package org.normdesk.service.exchange;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.account.Principal;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.demo.DemoRegisterService;
import org.normdesk.service.export.ExportFormat;
import org.normdesk.service.i18n.Messages;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The register's export layout (序号, 文号, 标题, 制定机关, 类型, 效力状态, 公布日期, 施行日期, 有效期至) reads back
 * losslessly: the demo register exported, imported into an empty register and exported again gives the same rows;
 * imported into the register it came from, every row is a duplicate.
 */
class LedgerRoundTripTest {
    private static final Messages ZH = Messages.load(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path tempDir;

    private Workspace open(DatabaseKind kind) {
        return Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("attachments"), null,
                LedgerImportServiceTest.CLOCK, new CurrentUser(Principal.singleUser("clerk")));
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_whole_register_goes_out_and_back_in_through_xlsx_and_csv(DatabaseKind kind) {
        try (Workspace source = open(kind)) {
            source.demo().importRegister(DemoRegisterService.readShipped(), Progress.NONE);
            int documents = source.register().count();
            for (ExportFormat format : ExportFormat.values()) {
                Path first = tempDir.resolve("register." + format.extension());
                source.exports(ZH).export(DocumentQuery.all(), format, first, Progress.NONE);

                Ledger exported = source.ledgerImport().read(first);
                ImportPlan back = source.ledgerImport().plan(exported, source.ledgerImport().propose(exported),
                        Progress.NONE);
                assertEquals(documents, back.count(RowState.DUPLICATE), format + ": the source register has every row");

                try (Workspace copy = open(kind)) {
                    ImportResult result = copy.ledgerImport().importLedger(exported,
                            copy.ledgerImport().propose(exported), Progress.NONE);
                    assertEquals(documents, result.added(), format + " rows added");
                    assertEquals(0, result.rejected());
                    Path second = tempDir.resolve("copy." + format.extension());
                    copy.exports(ZH).export(DocumentQuery.all(), format, second, Progress.NONE);
                    List<String> before = rowsWithoutSequence(exported);
                    List<String> after = rowsWithoutSequence(copy.ledgerImport().read(second));
                    assertEquals(documents, after.size());
                    assertEquals(before, after, format + ": the same rows, cell for cell");
                    assertTrue(before.stream().anyMatch(r -> r.contains("已废止")));
                }
            }
        }
    }

    /** Rows as text without the 序号, sorted: documents published on the same day may come out in another order. */
    private static List<String> rowsWithoutSequence(Ledger ledger) {
        List<String> rows = new ArrayList<>();
        for (LedgerRow row : ledger.sheets().get(0).rows()) {
            rows.add(String.join("|", row.cells().subList(1, row.cells().size())));
        }
        rows.sort(null);
        return rows;
    }
}
