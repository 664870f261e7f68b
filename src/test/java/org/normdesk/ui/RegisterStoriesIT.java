package org.normdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.ui.register.DocumentRow;
import org.normdesk.ui.register.HistoryRow;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normdesk.ui.RegisterFixture.GAS;
import static org.normdesk.ui.RegisterFixture.GREENING;
import static org.normdesk.ui.RegisterFixture.GREENING_OLD;
import static org.normdesk.ui.RegisterFixture.TUTORING;
import static org.normdesk.ui.Stories.popupCell;

/**
 * The register driven through its real FXML by #id, over a real H2 register. Background work runs at once on
 * the FX thread ({@code Runnable::run}), so each click's effect is there when the click returns.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterStoriesIT {
    @TempDir
    static Path dir;

    private RegisterFixture fixture;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        fixture = new RegisterFixture(dir.resolve(String.valueOf(System.nanoTime())));
        window = new MainWindow(fixture.messages, new FxTaskRunner(Runnable::run), RegisterFixture.CLOCK,
                DemoSource.none(), new RecordingPrompts(false));
        window.show(stage);
        window.open(progress -> fixture.workspace);
    }

    @AfterEach
    void closeRegister() {
        Stories.letSearchPauseEnd();
        fixture.close();
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

    @Test
    void filtering_by_status_and_a_search_word_narrows_the_table(FxRobot robot) throws Exception {
        assertEquals(4, table(robot).getItems().size());

        robot.clickOn("#statusFilter");
        Node valid = popupCell(robot, fixture.messages.label(LifecycleStatus.VALID));
        robot.clickOn(robot.from(valid).lookup(".check-box").queryAs(Node.class));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertEquals(List.of(GAS, GREENING).stream().sorted().toList(), titles(robot));
        assertTrue(valid instanceof CheckBoxListCell<?>);

        robot.clickOn("#searchField").write("绿化");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertEquals(List.of(GREENING), titles(robot));
        assertEquals("共 1 件", robot.lookup("#countLabel").queryAs(Label.class).getText());

        robot.clickOn("#clearFiltersButton");
        waitUntil(() -> table(robot).getItems().size() == 4);
        assertEquals("", robot.lookup("#searchField").queryAs(TextField.class).getText());
        CheckComboBox<LifecycleStatus> statuses = robot.lookup("#statusFilter").queryAs(CheckComboBox.class);
        assertTrue(statuses.getCheckModel().getCheckedItems().isEmpty());
        assertTrue(robot.from(statuses).lookup((Node n) -> n instanceof javafx.scene.control.Labeled l
                && "全部效力状态".equals(l.getText())).tryQuery().isPresent(), "the filter shows that all are listed");
    }

    @Test
    void adding_a_document_through_the_dialog_makes_it_appear_in_the_table(FxRobot robot) throws Exception {
        robot.clickOn("#addButton");
        robot.clickOn("#titleField").write("濮阳市物业服务管理办法");
        robot.clickOn("#numberField").write("濮政〔2020〕7号");
        robot.clickOn("#issuerChoice");
        robot.clickOn(popupCell(robot, fixture.city.name()));
        robot.clickOn("#addIssuerButton");
        robot.clickOn("#publishedField").write("2020年2月28日");
        robot.clickOn("#effectiveField").write("2020年4月1日");
        robot.clickOn("#saveButton");

        waitUntil(() -> table(robot).getItems().size() == 5);
        DocumentRow added = table(robot).getItems().stream()
                .filter(r -> r.title().equals("濮阳市物业服务管理办法")).findFirst().orElseThrow();
        assertEquals("濮政〔2020〕7号", added.docNumber());
        assertEquals(LifecycleStatus.NOT_YET_EFFECTIVE, added.status());
        assertEquals(added, table(robot).getSelectionModel().getSelectedItem(), "the new document is selected");
        assertTrue(robot.lookup("#saveButton").tryQuery().isEmpty(), "the dialog closed");
        assertEquals(5, fixture.register().count());
    }

    @Test
    void an_impossible_date_is_shown_under_its_field_and_nothing_is_saved(FxRobot robot) throws Exception {
        robot.clickOn("#addButton");
        robot.clickOn("#titleField").write("濮阳市物业服务管理办法");
        robot.clickOn("#issuerChoice");
        robot.clickOn(popupCell(robot, fixture.city.name()));
        robot.clickOn("#addIssuerButton");
        robot.clickOn("#publishedField").write("2019-02-30");
        robot.clickOn("#saveButton");

        Label error = robot.lookup("#publishedError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals(fixture.messages.format(new DomainException("date.impossible", "", "2019-02-30")),
                error.getText());
        assertFalse(robot.lookup("#titleError").queryAs(Label.class).isVisible());
        assertEquals("有 1 处填写有误", robot.lookup("#formError").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#saveButton").tryQuery().isPresent(), "the dialog stays open");
        assertEquals(4, fixture.register().count());
        assertEquals(4, table(robot).getItems().size());

        // correcting the field clears its message; saving then works
        robot.doubleClickOn("#publishedField").eraseText(10).write("2019-02-28");
        assertFalse(error.isVisible());
        robot.clickOn("#saveButton");
        waitUntil(() -> table(robot).getItems().size() == 5);
    }

    @Test
    void changing_a_status_through_the_dialog_updates_the_table_and_the_history(FxRobot robot) throws Exception {
        System.gc(); // the detail pane must keep listening after a collection
        robot.clickOn(GAS);
        waitUntil(() -> robot.lookup("#historyTable").queryTableView().getItems().size() == 1);
        assertEquals("濮政〔2019〕24号", robot.lookup("#detail-number").queryAs(Label.class).getText());
        assertEquals("濮阳市人民政府", robot.lookup("#detail-issuers").queryAs(Label.class).getText());

        robot.clickOn("#statusButton");
        robot.clickOn("#targetChoice");
        robot.clickOn(popupCell(robot, fixture.messages.label(LifecycleStatus.REPEALED)));
        robot.clickOn("#effectiveDateField").write("2020年3月1日");
        robot.clickOn("#reasonField").write("被新办法替代，予以废止");
        robot.clickOn("#causeSearchField").write("绿化管理");
        ListView<DocumentRow> causes = robot.lookup("#causeList").queryListView();
        waitUntil(() -> causes.getItems().size() == 1);
        robot.clickOn(robot.from(causes).lookup(".list-cell").nth(0).queryAs(Node.class));
        assertTrue(robot.lookup("#causeLabel").queryAs(Label.class).getText().contains(GREENING));
        robot.clickOn("#statusSaveButton");

        waitUntil(() -> table(robot).getItems().stream()
                .anyMatch(r -> r.title().equals(GAS) && r.status() == LifecycleStatus.REPEALED));
        TableView<HistoryRow> history = robot.lookup("#historyTable").queryTableView();
        waitUntil(() -> history.getItems().size() == 2);
        HistoryRow last = history.getItems().get(1);
        assertEquals(LifecycleStatus.REPEALED, last.to());
        assertEquals("被新办法替代，予以废止", last.reason());
        assertTrue(last.causedBy().contains(GREENING), last.causedBy());
        assertEquals(fixture.messages.label(LifecycleStatus.VALID), last.from());
        assertEquals(LifecycleStatus.REPEALED, fixture.register().get(fixture.gas.id()).status());
    }

    @Test
    void a_status_change_without_a_reason_is_refused_and_the_dialog_says_so(FxRobot robot) throws Exception {
        robot.clickOn(TUTORING);
        waitUntil(() -> robot.lookup("#historyTable").queryTableView().getItems().size() == 1);
        robot.clickOn("#statusButton");
        robot.clickOn("#statusSaveButton");

        Label reasonError = robot.lookup("#reasonError").queryAs(Label.class);
        assertTrue(reasonError.isVisible());
        assertEquals("变更效力状态必须填写理由", reasonError.getText());
        assertEquals(LifecycleStatus.NOT_YET_EFFECTIVE, fixture.register().get(fixture.tutoring.id()).status());
        robot.clickOn("#statusCancelButton");
        assertTrue(robot.lookup("#statusSaveButton").tryQuery().isEmpty());
    }

    @Test
    void keyboard_shortcuts_open_the_form_and_focus_the_search(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertTrue(robot.lookup("#titleField").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#titleField").tryQuery().isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(robot.lookup("#searchField").queryAs(TextField.class).isFocused());
        robot.write(GREENING_OLD);
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertEquals(1, fixture.register().count(new DocumentQuery(GREENING_OLD, null, null, null, null, 0)));
    }

    @Test
    void a_number_the_parser_cannot_read_is_marked_after_a_refresh_with_f5(FxRobot robot) throws Exception {
        fixture.register().add(new DocumentInput("华龙区农村集体资产管理规定", "华政字第3号", List.of(fixture.city.id()),
                DocumentType.GOVERNMENT_NORMATIVE, null, null, "2017-11-15", "2017-12-15", null, null));
        robot.clickOn("#registerTable").type(KeyCode.F5);
        waitUntil(() -> table(robot).getItems().size() == 5);

        Node flagged = robot.lookup(".number-flagged").query();
        assertEquals("华政字第3号", ((TableCell<?, ?>) flagged).getText());
        assertTrue(robot.from(flagged).lookup(".number-flag").tryQuery().isPresent());
        assertEquals(1, robot.lookup(".number-flagged").queryAll().size());
    }

    @Test
    void the_review_section_takes_the_place_of_the_placeholder_and_leads_back_to_the_register(FxRobot robot)
            throws Exception {
        robot.clickOn("#navReview");
        waitUntil(() -> robot.lookup("#reviewRoot").tryQuery().map(Node::isVisible).orElse(false));
        assertFalse(robot.lookup("#placeholderPane").query().isVisible());
        assertFalse(robot.lookup("#registerRoot").query().isVisible());

        robot.clickOn("#navRegister");
        assertFalse(robot.lookup("#reviewRoot").query().isVisible());
        assertTrue(robot.lookup("#registerRoot").query().isVisible());
    }
}
