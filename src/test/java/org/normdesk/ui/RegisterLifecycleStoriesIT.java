package org.normdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.StatusChange;
import org.normdesk.service.register.LifecycleService;
import org.normdesk.ui.register.DocumentRow;
import org.normdesk.ui.register.RegisterNavigationViewModel;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normdesk.ui.Stories.popupCell;

/**
 * The register's life over days, driven through the real FXML by #id over a real H2 register whose clock the
 * test moves: automatic expiry, reminders, saved views, 立改废 chains and the register on a past day.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterLifecycleStoriesIT {
    static {
        // the start builds a register, its search index and the counts: slow while other builds share the machine
        System.setProperty("testfx.setup.timeout", "180000");
    }

    @TempDir
    static Path dir;

    private LifecycleFixture fixture;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        fixture = new LifecycleFixture(dir.resolve(String.valueOf(System.nanoTime())));
        window = new MainWindow(fixture.messages, new FxTaskRunner(Runnable::run), fixture.clock,
                DemoSource.none(), new RecordingPrompts(false));
        window.setExpiryCheckInterval(Duration.millis(200));
        window.show(stage);
        window.open(progress -> fixture.workspace);
    }

    @AfterEach
    void closeRegister() {
        Stories.letSearchPauseEnd();
        window.close();
    }

    private TableView<DocumentRow> table(FxRobot robot) {
        return robot.lookup("#registerTable").queryTableView();
    }

    private List<String> titles(FxRobot robot) {
        return table(robot).getItems().stream().map(DocumentRow::title).sorted().toList();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The navigation entry named {@code name} in the list {@code listId}, or null while it is not shown. */
    @SuppressWarnings("unchecked")
    private static ListCell<RegisterNavigationViewModel.Entry> navCell(FxRobot robot, String listId, String name) {
        return robot.lookup(listId + " .list-cell").match((ListCell<RegisterNavigationViewModel.Entry> c) ->
                c.getItem() != null && c.getItem().name().equals(name)).tryQuery()
                .map(n -> (ListCell<RegisterNavigationViewModel.Entry>) n).orElse(null);
    }

    private static int navCount(FxRobot robot, String listId, String name) {
        ListCell<RegisterNavigationViewModel.Entry> cell = navCell(robot, listId, name);
        return cell == null ? -1 : cell.getItem().count();
    }

    private void changeValidity(FxRobot robot, String title, String until) throws Exception {
        robot.clickOn(robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && title.equals(c.getText()))
                .queryAs(Node.class));
        waitUntil(() -> robot.lookup("#detail-title").tryQuery().map(n -> title.equals(((Label) n).getText()))
                .orElse(false));
        robot.clickOn("#editButton");
        TextField field = robot.lookup("#validUntilField").queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(until);
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#saveButton").tryQuery().isEmpty());
    }

    @Test
    void a_saved_view_shows_its_live_count_and_follows_edits_in_and_out_of_it(FxRobot robot) throws Exception {
        String soon = fixture.messages.get("nav.reminder.NEXT_6_MONTHS");
        String twoMonths = fixture.messages.get("nav.reminder.NEXT_2_MONTHS");
        // reminders at start (the advertising rules have just expired): today's parking rules and the greening
        // rules within a month, the gas rules within two, the school rules within six
        waitUntil(() -> navCount(robot, "#reminderList", soon) == 4);
        assertEquals(2, navCount(robot, "#reminderList", fixture.messages.get("nav.reminder.NEXT_MONTH")));
        assertEquals(3, navCount(robot, "#reminderList", twoMonths));

        // drill down: the reminder lists its documents
        robot.clickOn(navCell(robot, "#reminderList", twoMonths));
        waitUntil(() -> titles(robot).equals(List.of(LifecycleFixture.PARKING, LifecycleFixture.GAS,
                LifecycleFixture.GREENING).stream().sorted().toList()));
        assertEquals("到期提醒：两个月内到期", text(robot, "#scopeLabel"));

        // build a view: the six-month reminder narrowed to the city government, saved under a name
        robot.clickOn(navCell(robot, "#reminderList", soon));
        waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("#issuerFilter");
        robot.clickOn(popupCell(robot, fixture.city.name()));
        waitUntil(() -> table(robot).getItems().size() == 3);
        robot.clickOn("#saveViewButton");
        robot.clickOn("#viewNameField").write("市政府半年内到期");
        robot.clickOn("#viewNameOk");
        waitUntil(() -> navCount(robot, "#viewList", "市政府半年内到期") == 3);
        assertEquals("筛选：市政府半年内到期", text(robot, "#scopeLabel"));
        assertEquals(1, fixture.workspace.views().list().size());

        // an edit moves the gas rules' end past six months: they leave the view and its count drops
        changeValidity(robot, LifecycleFixture.GAS, "2021-12-31");
        waitUntil(() -> navCount(robot, "#viewList", "市政府半年内到期") == 2);
        assertEquals(3, navCount(robot, "#reminderList", soon));
        // another brings the property rules' end within six months: they enter it
        robot.clickOn(navCell(robot, "#reminderList", soon));
        robot.clickOn("#clearScopeButton");
        waitUntil(() -> table(robot).getItems().size() == 7);
        changeValidity(robot, LifecycleFixture.PROPERTY, "2020-06-30");
        waitUntil(() -> navCount(robot, "#viewList", "市政府半年内到期") == 3);

        // clicking the view applies it; the table agrees with the count
        robot.clickOn(navCell(robot, "#viewList", "市政府半年内到期"));
        waitUntil(() -> titles(robot).equals(List.of(LifecycleFixture.PARKING, LifecycleFixture.GREENING,
                LifecycleFixture.PROPERTY).stream().sorted().toList()));

        // rename and delete (with confirmation) the chosen view
        robot.clickOn(navCell(robot, "#viewList", "市政府半年内到期"));
        robot.clickOn("#renameViewButton");
        TextField name = robot.lookup("#viewNameField").queryAs(TextField.class);
        robot.interact(() -> name.setText(""));
        robot.clickOn(name).write("市政府应评估");
        robot.clickOn("#viewNameOk");
        waitUntil(() -> navCount(robot, "#viewList", "市政府应评估") == 3);
        assertEquals("筛选：市政府应评估", text(robot, "#scopeLabel"));

        robot.clickOn(navCell(robot, "#viewList", "市政府应评估"));
        robot.clickOn("#deleteViewButton");
        robot.clickOn("否");
        assertEquals(1, fixture.workspace.views().list().size(), "answering no keeps it");
        robot.clickOn(navCell(robot, "#viewList", "市政府应评估"));
        robot.clickOn("#deleteViewButton");
        robot.clickOn("是");
        waitUntil(() -> navCell(robot, "#viewList", "市政府应评估") == null);
        assertEquals(List.of(), fixture.workspace.views().list());
        assertFalse(robot.lookup("#scopeBar").query().isVisible(), "the deleted view no longer narrows the table");
        waitUntil(() -> table(robot).getItems().size() == 7);
    }

    private void select(FxRobot robot, String title) throws Exception {
        robot.clickOn(robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && title.equals(c.getText()))
                .queryAs(Node.class));
        waitUntil(() -> robot.lookup("#detail-title").tryQuery().map(n -> title.equals(((Label) n).getText()))
                .orElse(false));
    }

    /** Opens the 立改废 dialog on the selected document and picks the kind and the other document. */
    private void relate(FxRobot robot, String kind, String search, String target) throws Exception {
        robot.clickOn("#relateButton");
        robot.clickOn("#relationKindChoice");
        robot.clickOn(popupCell(robot, kind));
        robot.clickOn("#relationTargetSearch").write(search);
        javafx.scene.control.ListView<DocumentRow> found = robot.lookup("#relationTargetList").queryListView();
        waitUntil(() -> found.getItems().stream().anyMatch(r -> r.title().equals(target)));
        robot.clickOn(robot.from(found).lookup((Node n) -> n instanceof ListCell<?> c && c.getText() != null
                && c.getText().endsWith(target)).queryAs(Node.class));
    }

    private List<String> relationLines(FxRobot robot) {
        return robot.lookup(".relation-link").queryAllAs(javafx.scene.control.Hyperlink.class).stream()
                .map(javafx.scene.control.Hyperlink::getText).toList();
    }

    @Test
    void an_amend_and_repeal_chain_is_recorded_with_a_preview_and_navigable_both_ways(FxRobot robot)
            throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 7);
        select(robot, LifecycleFixture.DECISION);

        relate(robot, "修改", "燃气", LifecycleFixture.GAS);
        assertEquals("濮政〔2015〕31号 濮阳市燃气管理办法：“现行有效” → “已修改”（自 2020-02-20 起）",
                text(robot, "#relationPreview"));
        robot.clickOn("#relationSaveButton");
        waitUntil(() -> relationLines(robot).equals(List.of("修改 濮政〔2015〕31号 " + LifecycleFixture.GAS)));
        assertEquals(LifecycleStatus.AMENDED, fixture.register().get(fixture.gas.id()).status());

        relate(robot, "废止", "绿化", LifecycleFixture.GREENING);
        robot.clickOn("#relationSaveButton");
        waitUntil(() -> relationLines(robot).size() == 2);
        relate(robot, "废止", "中小学", LifecycleFixture.SCHOOLS);
        robot.clickOn("#relationSaveButton");
        waitUntil(() -> relationLines(robot).equals(List.of("修改 濮政〔2015〕31号 " + LifecycleFixture.GAS,
                "废止 2 件文件")));
        assertEquals(LifecycleStatus.REPEALED, fixture.register().get(fixture.schools.id()).status());

        // a document that has already lost force cannot be repealed: said before saving, and refused
        relate(robot, "废止", "户外广告", LifecycleFixture.ADS);
        assertEquals("濮政〔2015〕8号 濮阳市户外广告设置管理办法 已是“已失效”，不能再变为“已废止”",
                text(robot, "#relationPreview"));
        assertTrue(robot.lookup("#relationSaveButton").queryButton().isDisabled());
        robot.clickOn("#relationCancelButton");
        assertEquals(LifecycleStatus.EXPIRED, fixture.register().get(fixture.ads.id()).status());

        // "repeals 2 documents" lists them
        robot.clickOn("#relation-1");
        waitUntil(() -> titles(robot).equals(List.of(LifecycleFixture.GREENING, LifecycleFixture.SCHOOLS)
                .stream().sorted().toList()));
        assertEquals("废止 2 件文件", text(robot, "#scopeLabel"));

        // the other direction: the repealed document names what repealed it, and leads back to it
        select(robot, LifecycleFixture.SCHOOLS);
        waitUntil(() -> relationLines(robot).equals(List.of("被 濮政〔2020〕5号 " + LifecycleFixture.DECISION
                + " 废止")));
        robot.clickOn("#relation-0");
        waitUntil(() -> robot.lookup("#detail-title").queryAs(Label.class).getText()
                .equals(LifecycleFixture.DECISION));
        assertEquals(List.of(LifecycleFixture.DECISION), titles(robot));
        assertEquals(LifecycleFixture.DECISION, table(robot).getSelectionModel().getSelectedItem().title());
    }

    @Test
    void the_register_of_a_past_day_comes_from_the_status_history(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 7);
        javafx.scene.control.DatePicker day = robot.lookup("#inForceOnPicker").queryAs(javafx.scene.control.DatePicker.class);

        // 1 February 2020: the advertising rules were still in force, the decision not yet
        robot.interact(() -> day.setValue(LocalDate.of(2020, 2, 1)));
        waitUntil(() -> table(robot).getItems().size() == 6);
        assertTrue(titles(robot).contains(LifecycleFixture.ADS));
        assertFalse(titles(robot).contains(LifecycleFixture.DECISION));
        assertEquals("2020-02-01 当日有效：共 6 件", text(robot, "#countLabel"));

        // 1 June 2015, narrowed to the education bureau: nothing of it was in force yet; the city had three
        robot.interact(() -> day.setValue(LocalDate.of(2015, 6, 1)));
        waitUntil(() -> titles(robot).equals(List.of(LifecycleFixture.ADS, LifecycleFixture.GAS,
                LifecycleFixture.GREENING).stream().sorted().toList()));
        robot.clickOn("#issuerFilter");
        robot.clickOn(popupCell(robot, fixture.education.name()));
        waitUntil(() -> table(robot).getItems().isEmpty());

        robot.clickOn("#clearFiltersButton");
        waitUntil(() -> table(robot).getItems().size() == 7);
        assertEquals(null, day.getValue());
    }

    @Test
    void documents_whose_validity_ended_expire_at_start_and_on_each_new_day_and_the_user_is_told(FxRobot robot)
            throws Exception {
        // at start: the advertising rules ended on 29 February
        waitUntil(() -> robot.lookup("#noticeBar").query().isVisible());
        assertEquals(LifecycleStatus.EXPIRED, fixture.register().get(fixture.ads.id()).status());
        assertEquals(LifecycleStatus.VALID, fixture.register().get(fixture.parking.id()).status(),
                "the parking rules are valid through today");
        assertTrue(text(robot, "#noticeLabel").startsWith("1 件文件有效期已届满"), text(robot, "#noticeLabel"));
        assertTrue(text(robot, "#noticeLabel").contains("濮政〔2015〕8号 " + LifecycleFixture.ADS));
        List<StatusChange> history = fixture.register().history(fixture.ads.id());
        assertEquals(2, history.size());
        assertEquals(LocalDate.of(2020, 3, 1), history.get(1).effectiveOn(), "lost force the day after its last day");
        assertEquals(LifecycleService.REASON_VALIDITY_ENDED, history.get(1).reason());

        // the link lists exactly what changed
        robot.clickOn("#noticeShowLink");
        waitUntil(() -> titles(robot).equals(List.of(LifecycleFixture.ADS)));
        assertEquals("本次自动失效的 1 件文件", text(robot, "#scopeLabel"));
        assertEquals(LifecycleStatus.EXPIRED, table(robot).getItems().get(0).status());
        robot.clickOn("#noticeDismissButton");
        assertFalse(robot.lookup("#noticeBar").query().isVisible());
        robot.clickOn("#clearScopeButton");
        waitUntil(() -> table(robot).getItems().size() == 7);

        // the app stays open overnight: the next check of the new day expires the parking rules
        fixture.clock.setDay(LocalDate.of(2020, 3, 3));
        waitUntil(() -> robot.lookup("#noticeBar").query().isVisible());
        assertEquals(LifecycleStatus.EXPIRED, fixture.register().get(fixture.parking.id()).status());
        assertTrue(text(robot, "#noticeLabel").contains(LifecycleFixture.PARKING), text(robot, "#noticeLabel"));
        waitUntil(() -> table(robot).getItems().stream()
                .anyMatch(r -> r.title().equals(LifecycleFixture.PARKING) && r.status() == LifecycleStatus.EXPIRED));
        assertTrue(text(robot, "#messageLabel").contains(LifecycleFixture.PARKING), "the status bar says it too");

        // idempotent: running again changes nothing more, and says nothing
        robot.clickOn("#noticeDismissButton");
        assertEquals(List.of(), fixture.workspace.lifecycle().expireDue());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#noticeBar").query().isVisible());
        assertEquals(2, fixture.register().history(fixture.ads.id()).size());
        assertEquals(2, fixture.register().history(fixture.parking.id()).size());
    }
}
