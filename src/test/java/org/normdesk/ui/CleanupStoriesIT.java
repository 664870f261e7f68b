package org.normdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.cleanup.CatalogueExport;
import org.normdesk.service.i18n.Messages;
import org.normdesk.testing.CleanupFixture;
import org.normdesk.ui.cleanup.ItemRow;
import org.normdesk.ui.common.FileTargets;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normdesk.ui.Stories.popupCell;

/**
 * A cleanup campaign driven through the real FXML by #id over a real H2 register (five of the city government's
 * documents), seen on a fixed day. Background work runs at once on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class CleanupStoriesIT {
    private static final String NAME = "2019年市政府规范性文件清理";

    @TempDir
    static Path dir;

    private final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private CleanupFixture fixture;
    private Path exports;

    @Start
    void start(Stage stage) {
        Path here = dir.resolve(String.valueOf(System.nanoTime()));
        fixture = new CleanupFixture(here.resolve("data"));
        exports = here.resolve("exports");
        MainWindow window = new MainWindow(messages, new FxTaskRunner(Runnable::run), CleanupFixture.CLOCK,
                DemoSource.none(), new RecordingPrompts(false));
        window.setFileTargets(FileTargets.fixed(exports));
        window.show(stage);
        window.open(progress -> fixture.workspace);
    }

    @AfterEach
    void closeRegister() {
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS); // a basis-search pause may still be running
        WaitForAsyncUtils.waitForFxEvents();
        fixture.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableView<ItemRow> items(FxRobot robot) {
        return robot.lookup("#itemsTable").queryTableView();
    }

    @SuppressWarnings("unchecked")
    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#itemsTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index && !r.isEmpty()).findFirst().orElseThrow();
    }

    private void choose(FxRobot robot, String combo, String label) {
        robot.clickOn(combo);
        robot.clickOn(popupCell(robot, label));
    }

    private void decide(FxRobot robot, Disposition decision, String reason) {
        choose(robot, "#decisionChoice", messages.label(decision));
        robot.clickOn("#reasonChoice .text-field");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(reason);
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void finalizeWith(FxRobot robot) {
        robot.clickOn("#finalizeButton");
        robot.clickOn("#approvedByField").write("市政府第32次常务会议");
        robot.clickOn("#approvedOnField");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("2019年8月23日");
        robot.clickOn("#resultNumberField").write("濮政〔2019〕20号");
        robot.clickOn("#finalizeSaveButton");
    }

    @Test
    void a_small_campaign_is_decided_in_bulk_finalized_and_published_as_four_catalogues(FxRobot robot)
            throws Exception {
        robot.clickOn("#navCleanup");
        assertTrue(robot.lookup("#cleanupRoot").query().isVisible());
        assertFalse(robot.lookup("#placeholderPane").query().isVisible());

        // a new campaign
        robot.clickOn("#newCampaignButton");
        robot.clickOn("#campaignNameField").write(NAME);
        robot.clickOn("#campaignBasisField").write("国办发〔2018〕37号");
        robot.clickOn("#campaignDeadlineField").write("2019年10月31日");
        robot.clickOn("#campaignSaveButton");
        ListView<Campaign> campaigns = robot.lookup("#campaignList").queryListView();
        waitUntil(() -> campaigns.getItems().size() == 1);
        assertEquals(NAME, label(robot, "#campaignTitle"));

        // its scope: the city government's five documents
        robot.clickOn("#addScopeButton");
        choose(robot, "#scopeIssuerChoice", fixture.city.name());
        waitUntil(() -> label(robot, "#scopeMatchingLabel").startsWith("符合条件的文件 5 件"));
        robot.clickOn("#scopeAddButton");
        waitUntil(() -> items(robot).getItems().size() == 5);
        assertEquals("已提出意见 0 / 5 件", label(robot, "#progressLabel"));

        // three stay in force, decided together
        robot.clickOn(row(robot, 0));
        robot.press(KeyCode.SHIFT).clickOn(row(robot, 2)).release(KeyCode.SHIFT);
        decide(robot, Disposition.CONTINUE, "符合上位法规定，继续有效");
        assertEquals("将对所选 3 件文件提出“继续有效”的清理意见", label(robot, "#previewLabel"));
        robot.clickOn("#applyDecisionButton");
        waitUntil(() -> items(robot).getItems().stream().filter(ItemRow::decided).count() == 3);

        // two repealed together, then undone
        robot.clickOn(row(robot, 3));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, 4)).release(KeyCode.CONTROL);
        decide(robot, Disposition.REPEAL, "已被新文件代替");
        robot.clickOn("#applyDecisionButton");
        waitUntil(() -> items(robot).getItems().stream().filter(ItemRow::decided).count() == 5);
        assertEquals("已提出意见 5 / 5 件", label(robot, "#progressLabel"));
        robot.clickOn("#undoDecisionButton");
        waitUntil(() -> items(robot).getItems().stream().filter(ItemRow::decided).count() == 3);
        assertFalse(items(robot).getItems().get(3).decided());
        assertFalse(items(robot).getItems().get(4).decided());

        // one declared expired; the last left undecided
        robot.clickOn(row(robot, 3));
        decide(robot, Disposition.EXPIRE, "有效期届满");
        robot.clickOn("#applyDecisionButton");
        waitUntil(() -> items(robot).getItems().stream().filter(ItemRow::decided).count() == 4);
        robot.clickOn("#undecidedOnlyCheck");
        waitUntil(() -> items(robot).getItems().size() == 1);
        ItemRow undecided = items(robot).getItems().get(0);

        // finalizing is refused and names the undecided document
        finalizeWith(robot);
        ListView<String> refused = robot.lookup("#refusalList").queryListView();
        waitUntil(() -> refused.getItems().size() == 1);
        assertEquals(undecided.caption(), refused.getItems().get(0));
        assertTrue(label(robot, "#finalizeError").startsWith("还有 1 件文件未提出清理意见"), label(robot, "#finalizeError"));
        assertTrue(label(robot, "#finalizeError").contains(undecided.title()));
        robot.clickOn("#finalizeCancelButton");
        assertTrue(robot.lookup("#finalizeSaveButton").tryQuery().isEmpty(), "the dialog closed");

        // decided (Ctrl+Enter), then finalized
        robot.clickOn(row(robot, 0));
        decide(robot, Disposition.REPEAL, "已被新文件代替");
        robot.clickOn(row(robot, 0));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> items(robot).getItems().isEmpty());
        robot.clickOn("#undecidedOnlyCheck");
        finalizeWith(robot);
        waitUntil(() -> robot.lookup("#finalizeSaveButton").tryQuery().isEmpty());
        waitUntil(() -> robot.lookup("#catalogueTable-CONTINUE").tryQuery().isPresent());

        // the four catalogues
        assertEquals(3, robot.lookup("#catalogueTable-CONTINUE").queryTableView().getItems().size());
        assertEquals(0, robot.lookup("#catalogueTable-AMEND").queryTableView().getItems().size());
        assertEquals(1, robot.lookup("#catalogueTable-EXPIRE").queryTableView().getItems().size());
        assertEquals(1, robot.lookup("#catalogueTable-REPEAL").queryTableView().getItems().size());
        for (String tab : List.of("继续有效目录（3）", "修改目录（0）", "失效目录（1）", "废止目录（1）")) {
            robot.clickOn(tab);
        }
        assertEquals(List.of(undecided.title()), robot.lookup("#catalogueTable-REPEAL").queryTableView().getItems()
                .stream().map(e -> ((CatalogueExport.Entry) e).title()).toList());
        assertTrue(robot.lookup("#decisionBar").query().isManaged() == false, "a finalized campaign takes no decisions");
        assertTrue(robot.lookup("#finalizeButton").query().isDisabled());
        assertEquals(LifecycleStatus.REPEALED, fixture.workspace.register().get(undecided.documentId()).status());

        // the catalogue as Excel
        robot.clickOn("继续有效目录（3）");
        robot.clickOn("#exportXlsx-CONTINUE");
        Path xlsx = exports.resolve(NAME + "-继续有效目录.xlsx");
        waitUntil(() -> Files.exists(xlsx));
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row r : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue()));
                rows.add(cells);
            }
        }
        assertEquals("继续有效的规范性文件目录", rows.get(0).get(0));
        assertEquals(CatalogueExport.COLUMNS, rows.get(2));
        assertEquals(6, rows.size(), "title, subtitle, header and three documents");
        assertEquals(List.of("1", "2", "3"), rows.subList(3, 6).stream().map(r -> r.get(0)).toList());
        assertTrue(rows.subList(3, 6).stream().allMatch(r -> r.get(4).equals("继续有效")));
        assertTrue(label(robot, "#messageLabel").startsWith("已导出 " + NAME + "-继续有效目录.xlsx"),
                label(robot, "#messageLabel"));
    }

    @Test
    void a_document_found_during_the_campaign_is_registered_and_scoped_at_once(FxRobot robot) throws Exception {
        var campaign = fixture.workspace.campaigns().create(NAME, null,
                org.normdesk.domain.cleanup.CampaignTrigger.ROUTINE, null);
        robot.clickOn("#navCleanup");
        waitUntil(() -> robot.lookup("#campaignList").queryListView().getItems().size() == 1);
        robot.clickOn("#addFoundButton");
        robot.clickOn("#titleField").write("濮阳市城市夜景照明管理办法");
        robot.clickOn("#numberField").write("濮政〔2012〕7号");
        choose(robot, "#issuerChoice", fixture.city.name());
        robot.clickOn("#addIssuerButton");
        robot.clickOn("#publishedField").write("2012-05-02");
        robot.clickOn("#saveButton");
        waitUntil(() -> items(robot).getItems().size() == 1);
        assertEquals("濮阳市城市夜景照明管理办法", items(robot).getItems().get(0).title());
        assertEquals(7, fixture.workspace.register().count());
        assertEquals(1, fixture.workspace.campaigns().items(campaign.id()).size());
    }
}
