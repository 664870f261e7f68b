package org.normdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.service.exchange.ColumnMapping;
import org.normdesk.service.exchange.LedgerField;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.FileChoices;
import org.normdesk.ui.exchange.LedgerImportViewModel;
import org.normdesk.ui.register.DocumentRow;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normdesk.ui.Stories.onFx;
import static org.normdesk.ui.Stories.popupCell;
import static org.normdesk.ui.Stories.showing;

/**
 * The ledger import wizard driven as a clerk does, over a real H2 register (four city documents): choose the
 * county's messy workbook (title rows merged above a two-row header, merged 制定机关 cells, 小计/总计 rows, a
 * rejected date and a row without its issuing body), correct one column's mapping, read the dry run, import,
 * see the new documents in the register, save the rejected rows as a workbook, and import the same file again
 * to find nothing left to do. Background work runs on a real executor.
 */
@ExtendWith(ApplicationExtension.class)
class LedgerImportStoriesIT {
    private static final Path SHOTS = Path.of("target", "wizard-shots");
    private static final Path LEDGER = Path.of("src/test/resources/ledgers/county-merged-title.xlsx");
    private static final String NEW_TITLE = "清丰县农村人居环境整治长效管理办法";
    private static final String BAD_DATE_TITLE = "南乐县城区停车管理暂行办法";

    @TempDir
    static Path dir;

    private final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private RegisterFixture fixture;
    private MainWindow window;
    private Path saves;
    private final List<String> asked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        org.normdesk.ui.common.UiFont.loadBundled();
        Path here = dir.resolve(String.valueOf(System.nanoTime()));
        saves = here.resolve("saved");
        window = new MainWindow(messages, new FxTaskRunner(pool), RegisterFixture.CLOCK, DemoSource.none(),
                new RecordingPrompts(false));
        // the clerk's answers to the file dialogs: the county's ledger, and a folder for what is saved
        window.setFileChoices(new FileChoices() {
            @Override
            public Path open(Window owner, String title, String filterLabel, List<String> patterns) {
                asked.add("open " + title);
                return patterns.contains("*.json") ? saves.resolve("mapping.json") : LEDGER;
            }

            @Override
            public Path save(Window owner, String title, String suggestedName, String filterLabel,
                             List<String> patterns) {
                asked.add("save " + suggestedName);
                return saves.resolve(suggestedName);
            }
        });
        window.show(stage);
        window.open(progress -> {
            fixture = new RegisterFixture(here.resolve("data"));
            return fixture.workspace;
        });
    }

    @AfterEach
    void closeRegister() throws Exception {
        Stories.closeRegisters(pool, fixture);
    }

    /** Asked on the FX thread: a lookup from the test thread can meet a scene graph that is changing. */
    private void waitUntil(BooleanSupplier condition) throws Exception {
        waitUntil(90, condition);
    }

    private void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        Stories.waitUntil(seconds, condition, SHOTS);
    }

    private static void shoot(Window window, String name) throws Exception {
        Stories.shoot(window, SHOTS, name);
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof Label l ? l.getText() : ((javafx.scene.control.Labeled) node).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<LedgerImportViewModel.PreviewRow> preview(FxRobot robot) {
        return robot.lookup("#previewTable").queryAs(TableView.class);
    }

    private Window wizard(FxRobot robot) {
        return robot.lookup("#ledgerWizardRoot").query().getScene().getWindow();
    }

    private void openWizardAndChoose(FxRobot robot) throws Exception {
        // opening (and migrating) a new register takes a while on a busy machine
        waitUntil(300, () -> showing(robot, "#importLedgerButton"));
        robot.clickOn("#importLedgerButton");
        waitUntil(() -> showing(robot, "#chooseFileButton"));
        robot.clickOn("#chooseFileButton");
        waitUntil(() -> !text(robot, "#fileNameLabel").isEmpty());
    }

    @Test
    void a_messy_county_workbook_is_mapped_previewed_imported_and_its_rejected_rows_saved(FxRobot robot)
            throws Exception {
        openWizardAndChoose(robot);
        assertEquals("county-merged-title.xlsx", onFx(() -> text(robot, "#fileNameLabel")));
        assertEquals("XLSX 工作簿", onFx(() -> text(robot, "#encodingLabel")));
        assertTrue(onFx(() -> text(robot, "#headerLabel")).endsWith("第 4 行"),
                "the header under the merged title rows: " + onFx(() -> text(robot, "#headerLabel")));
        shoot(wizard(robot), "1-file");

        // the proposed mapping, corrected: the 备注 column is not wanted
        robot.clickOn("#wizardNextButton");
        waitUntil(() -> showing(robot, "#mappingChoice8"));
        @SuppressWarnings("unchecked")
        ComboBox<Object> remark = robot.lookup("#mappingChoice8").queryAs(ComboBox.class);
        assertEquals("备注", onFx(() -> remark.getValue().toString()));
        assertEquals("文件名称", onFx(() -> robot.lookup("#mappingChoice1").queryAs(ComboBox.class).getValue().toString()));
        robot.clickOn("#mappingChoice8");
        robot.clickOn(popupCell(robot, "（不导入）"));
        waitUntil(() -> "（不导入）".equals(remark.getValue().toString()));
        robot.clickOn("#saveMappingButton");
        waitUntil(() -> Files.exists(saves.resolve("列对应.json")));
        ColumnMapping saved = ColumnMapping.read(saves.resolve("列对应.json"));
        assertFalse(saved.columns().containsKey(LedgerField.REMARK), "the correction is saved: " + saved.columns());
        assertEquals("文件名称", saved.columns().get(LedgerField.TITLE));
        shoot(wizard(robot), "2-mapping");

        // the dry run: each row's state, counts per state, the rejected rows with their reasons
        robot.clickOn("#wizardNextButton");
        waitUntil(() -> showing(robot, "#previewTable") && !preview(robot).getItems().isEmpty());
        assertEquals(0, fixture.register().count() - 4, "a dry run writes nothing");
        String rejectedText = onFx(() -> text(robot, "#filterREJECTED"));
        assertEquals("不能导入 2", rejectedText);
        shoot(wizard(robot), "3-preview-all");
        robot.clickOn("#filterREJECTED");
        waitUntil(() -> preview(robot).getItems().size() == 2);
        LedgerImportViewModel.PreviewRow badDate = onFx(() -> preview(robot).getItems().stream()
                .filter(r -> r.title().equals(BAD_DATE_TITLE)).findFirst().orElseThrow());
        assertEquals("发布日期：不存在的日期：2020年13月5日", badDate.reasons());
        assertTrue(onFx(() -> robot.lookup((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> cell
                && BAD_DATE_TITLE.equals(cell.getText())).tryQuery().isPresent()), "the row is shown in the table");
        shoot(wizard(robot), "3-preview-rejected");
        robot.clickOn("#filterNEW");
        waitUntil(() -> preview(robot).getItems().stream().allMatch(r -> r.state().name().equals("NEW")));
        int fresh = onFx(() -> preview(robot).getItems().size());
        assertTrue(fresh > 0);
        assertTrue(onFx(() -> preview(robot).getItems().stream().anyMatch(r -> r.title().equals(NEW_TITLE))));

        // the import, in the background, then the summary
        robot.clickOn("#wizardNextButton");
        waitUntil(() -> showing(robot, "#resultLabel") && !text(robot, "#resultLabel").isEmpty());
        String summary = onFx(() -> text(robot, "#resultLabel"));
        assertTrue(summary.startsWith("导入完成：新增 " + fresh + " 件"), summary);
        assertTrue(summary.contains("不能导入 2 行"), summary);
        assertEquals(4 + fresh, fixture.register().count());
        shoot(wizard(robot), "4-done");

        // the rejected rows as a workbook: the original cells, where they were, why
        robot.clickOn("#saveErrorsButton");
        Path errors = saves.resolve("county-merged-title-未导入.xlsx");
        waitUntil(() -> Files.exists(errors) && !text(robot, "#errorsSavedLabel").isEmpty());
        try (InputStream in = Files.newInputStream(errors); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            int reasonColumn = header.getLastCellNum() - 1;
            assertEquals("未导入原因", header.getCell(reasonColumn).getStringCellValue());
            assertEquals(3, sheet.getPhysicalNumberOfRows(), "the header and the two rejected rows");
            Row bad = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (BAD_DATE_TITLE.equals(sheet.getRow(r).getCell(1).getStringCellValue())) {
                    bad = sheet.getRow(r);
                }
            }
            assertTrue(bad != null, "the rejected row is in the workbook");
            assertEquals("发布日期：不存在的日期：2020年13月5日", bad.getCell(reasonColumn).getStringCellValue());
        }
        shoot(wizard(robot), "4-errors-saved");

        // the register shows the new documents
        robot.clickOn("#wizardCloseButton");
        waitUntil(() -> robot.lookup("#ledgerWizardRoot").tryQuery().isEmpty()
                || !robot.lookup("#ledgerWizardRoot").query().getScene().getWindow().isShowing());
        @SuppressWarnings("unchecked")
        TableView<DocumentRow> register = robot.lookup("#registerTable").queryAs(TableView.class);
        waitUntil(() -> register.getItems().stream().anyMatch(r -> r.title().equals(NEW_TITLE)));
        assertEquals(4 + fresh, fixture.register().search(DocumentQuery.all().page(0, 1_000)).size());
        shoot(window.window(), "5-register");

        // the same file again: nothing left to add or update
        openWizardAndChoose(robot);
        robot.clickOn("#wizardNextButton");
        waitUntil(() -> showing(robot, "#mappingChoice1"));
        robot.clickOn("#wizardNextButton");
        waitUntil(() -> showing(robot, "#previewTable") && !preview(robot).getItems().isEmpty());
        assertEquals("将新增 0", onFx(() -> text(robot, "#filterNEW")));
        assertEquals("将更新 0", onFx(() -> text(robot, "#filterUPDATE")));
        assertEquals("不能导入 2", onFx(() -> text(robot, "#filterREJECTED")));
        shoot(wizard(robot), "6-again");
        assertTrue(asked.contains("open " + messages.get("ledgerWizard.file.chooseTitle")), asked.toString());
        robot.clickOn("#wizardCloseButton");
    }
}
