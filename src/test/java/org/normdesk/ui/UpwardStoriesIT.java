package org.normdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.domain.upward.UpwardState;
import org.normdesk.service.i18n.Messages;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.ReviewFixture;
import org.normdesk.testing.TestDatabases;
import org.normdesk.ui.stats.TallyRow;
import org.normdesk.ui.upward.UpwardRow;
import org.normdesk.ui.upward.UpwardSectionView;
import org.normdesk.ui.upward.UpwardViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 登记员 of the 濮阳市司法局 files the city government's new rule upward, through the real FXML over a real H2
 * register on 2019-10-14: registers the rule, sees its four destinations (due soon, on the today panel too),
 * attaches the materials, prepares the package for 省人民政府, is refused while a material is missing and for a
 * sending date before publication, sends it, records the receipt, and sees the upward counts in 统计 change.
 */
@ExtendWith(ApplicationExtension.class)
class UpwardStoriesIT {
    private static final String RULE = "濮阳市城市绿化管理办法";
    private static final Path SHOTS = Path.of("target", "upward-shots");

    @TempDir
    static Path dir;

    private static ReviewFixture fixture;
    private static Path exports;
    private final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private final List<Path> opened = Collections.synchronizedList(new ArrayList<>());
    private Stage primary;

    @BeforeAll
    static void openRegister() {
        Path run = dir.resolve(String.valueOf(System.nanoTime()));
        fixture = new ReviewFixture(TestDatabases.fresh(DatabaseKind.H2, run), run);
        fixture.as(ReviewFixture.CLERK);
        exports = run.resolve("exports");
    }

    @AfterAll
    static void closeRegister() {
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        primary = stage;
        Stories.showOver(stage, messages, fixture, exports, opened);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        Stories.closeDialogs(robot, primary);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        // asked on the FX thread: a lookup from the test thread can meet a scene graph that is changing
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static UpwardViewModel vm(FxRobot robot) {
        return (UpwardViewModel) robot.lookup("#upwardRoot").query().getUserData();
    }

    private static UpwardRow current(FxRobot robot) {
        return vm(robot).currentProperty().get();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Detail controls below the fold of its scroll pane are pressed directly (a robot click would miss them). */
    private static void press(FxRobot robot, String id) {
        Button button = robot.lookup(id).queryAs(Button.class);
        assertFalse(button.isDisabled(), id + " is enabled");
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String figure(FxRobot robot, String key) {
        TableView<TallyRow> tally = robot.lookup("#tallyTable").queryTableView();
        return tally.getItems().stream().filter(r -> r.key().equals(key)).map(TallyRow::value).findFirst().orElse(null);
    }

    private void snapshot(String name) throws Exception {
        Stories.shoot(primary, SHOTS, name);
    }

    @Test
    void a_city_rule_is_registered_filed_with_one_body_acknowledged_and_counted(FxRobot robot) throws Exception {
        // 统计 before: no own document yet
        robot.clickOn("#navStatistics");
        waitUntil(() -> "0".equals(figure(robot, "upward-issued")));

        // registers the city government's new rule as an own document
        robot.clickOn("#navUpward");
        waitUntil(() -> robot.lookup("#upwardTable").tryQuery().isPresent() && vm(robot).rows().isEmpty());
        robot.clickOn(messages.get("upward.own.title"));
        waitUntil(() -> robot.lookup("#ownTitleField").queryAs(TextField.class).isVisible());
        robot.clickOn("#ownTitleField").write(RULE);
        robot.clickOn("#ownNumberField").write("濮阳市人民政府令第60号");
        robot.clickOn("#ownPublishedField").write("2019-09-20");
        assertEquals("濮阳市人民政府", robot.lookup("#ownIssuerBox").queryComboBox().getValue() == null ? null
                : ((org.normdesk.domain.issuer.Issuer) robot.lookup("#ownIssuerBox").queryComboBox().getValue()).name());
        robot.clickOn("#registerOwnButton");
        waitUntil(() -> vm(robot).rows().size() == 4);

        // its four destinations, each due on 2019-10-21 (30 days fall on a Sunday): seven days left, tinted as due soon
        TableView<UpwardRow> table = robot.lookup("#upwardTable").queryTableView();
        assertEquals(Set.of("国务院", "省人大常委会", "省人民政府", "市人大常委会"),
                table.getItems().stream().map(UpwardRow::destination).collect(Collectors.toSet()));
        assertTrue(table.getItems().stream().allMatch(r -> r.daysLeft() == 7 && r.state() == UpwardState.TO_PREPARE));
        waitUntil(() -> robot.lookup((Node n) -> n instanceof TableRow<?> row && row.getItem() instanceof UpwardRow
                && row.getStyleClass().contains("due-row-soon")).tryQuery().isPresent());
        assertTrue(label(robot, "#upwardCountLabel").contains("即将到期 4 条"), label(robot, "#upwardCountLabel"));
        robot.clickOn("#upwardDueSoonBox");
        waitUntil(() -> table.getItems().size() == 4);
        robot.clickOn("#upwardOverdueBox");
        waitUntil(() -> table.getItems().isEmpty());
        robot.clickOn("#upwardOverdueBox");
        robot.clickOn("#upwardDueSoonBox");
        waitUntil(() -> table.getItems().size() == 4);
        snapshot("1-four-destinations");

        // the today panel of 登记 lists them with their days; choosing one leads to its line
        robot.clickOn("#navFiling");
        waitUntil(() -> robot.lookup("#upwardDueList").tryQuery().isPresent()
                && robot.lookup("#upwardDueList").queryListView().getItems().size() == 4);
        ListView<UpwardFiling> due = robot.lookup("#upwardDueList").queryListView();
        assertTrue(label(robot, "#upwardDueCount").contains("待报送 4 条"), label(robot, "#upwardDueCount"));
        snapshot("2-today-panel");
        UpwardFiling province = due.getItems().stream().filter(f -> f.destination().equals("省人民政府")).findFirst()
                .orElseThrow();
        // chosen with the keyboard: a robot click on a cell at the edge of the short list can miss it
        robot.interact(() -> {
            due.requestFocus();
            due.getSelectionModel().select(province);
            due.scrollTo(province);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#upwardRoot").query().isVisible() && current(robot) != null
                && "省人民政府".equals(current(robot).destination()));
        assertTrue(label(robot, "#detailInfo").contains("2019-10-21"), label(robot, "#detailInfo"));

        // attaches the materials, all but the legality review opinion
        UpwardSectionView view = (UpwardSectionView) robot.lookup("#upwardRoot").query().getProperties()
                .get(UpwardSectionView.class);
        Path files = Files.createDirectories(dir.resolve("materials"));
        for (MaterialKind kind : List.of(MaterialKind.OFFICIAL_TEXT, MaterialKind.DRAFTING_EXPLANATION,
                MaterialKind.LEGAL_BASIS)) {
            Path file = Files.writeString(files.resolve(messages.label(kind) + ".txt"), RULE + " " + messages.label(kind));
            view.setFileSource(owner -> file);
            robot.interact(() -> vm(robot).attachKindProperty().set(kind));
            press(robot, "#attachButton");
            waitUntil(() -> robot.lookup("#material-" + kind.name()).tryQuery()
                    .map(n -> ((Label) n).getText().startsWith("✓")).orElse(false));
        }
        assertTrue(robot.lookup("#material-LEGALITY_REVIEW_OPINION").queryAs(Label.class).getText().contains("缺"));

        // prepares the package: the 备案报告 is drawn up and opened, the package says what is missing
        press(robot, "#prepareButton");
        waitUntil(() -> !label(robot, "#packageLabel").isEmpty());
        assertTrue(label(robot, "#packageLabel").contains("尚缺必需材料：合法性审核意见"), label(robot, "#packageLabel"));
        assertEquals(1, opened.size());
        assertTrue(opened.get(0).getFileName().toString().endsWith("备案报告.pdf"), opened.toString());
        assertTrue(robot.lookup("#material-FILING_REPORT").queryAs(Label.class).getText().startsWith("✓"));

        // marking it sent is refused while a material is missing; nothing changes
        press(robot, "#markSentButton");
        waitUntil(() -> label(robot, "#upwardError").contains("合法性审核意见"));
        assertEquals(UpwardState.TO_PREPARE, current(robot).state());
        snapshot("3-refused-missing-material");

        // the last material, the package again
        Path opinion = Files.writeString(files.resolve("合法性审核意见.txt"), "经审核，合法。");
        view.setFileSource(owner -> opinion);
        robot.interact(() -> vm(robot).attachKindProperty().set(MaterialKind.LEGALITY_REVIEW_OPINION));
        press(robot, "#attachButton");
        waitUntil(() -> robot.lookup("#material-LEGALITY_REVIEW_OPINION").queryAs(Label.class).getText().startsWith("✓"));
        press(robot, "#prepareButton");
        waitUntil(() -> label(robot, "#packageLabel").contains("必需材料齐全"));
        assertEquals(2, opened.size());
        Files.createDirectories(SHOTS);
        Files.copy(opened.get(1), SHOTS.resolve("备案报告.pdf"), StandardCopyOption.REPLACE_EXISTING);

        // a sending date before publication is refused
        TextField sentOn = robot.lookup("#sentOnField").queryAs(TextField.class);
        assertEquals("2019-10-14", sentOn.getText(), "today by default");
        robot.interact(() -> sentOn.setText("2019-09-01"));
        press(robot, "#markSentButton");
        waitUntil(() -> label(robot, "#upwardError").contains("早于文件公布日期"));
        assertEquals(UpwardState.TO_PREPARE, current(robot).state());

        // sent today, then acknowledged
        robot.interact(() -> sentOn.setText("2019-10-14"));
        press(robot, "#markSentButton");
        waitUntil(() -> current(robot) != null && current(robot).state() == UpwardState.SENT);
        assertEquals("", label(robot, "#upwardError"));
        robot.interact(() -> robot.lookup("#feedbackField").queryAs(TextField.class).setText("准予备案"));
        press(robot, "#acknowledgeButton");
        waitUntil(() -> current(robot).state() == UpwardState.ACKNOWLEDGED);
        assertTrue(label(robot, "#detailInfo").contains("准予备案"), label(robot, "#detailInfo"));
        assertTrue(table.getItems().stream().filter(r -> r.daysLeft() != null).count() == 3, "three still to send");
        snapshot("4-acknowledged");

        // the upward counts in 统计: one rule issued, sent to 省人民政府 on time, not yet filed with every body
        robot.clickOn("#navStatistics");
        waitUntil(() -> "1".equals(figure(robot, "upward-issued")) && "1".equals(figure(robot, "upward-省人民政府-onTime")));
        assertEquals("0", figure(robot, "upward-filed"), "filed only once every body has it");
        assertEquals("0", figure(robot, "upward-国务院-sent"));
        robot.interact(() -> {
            TableView<TallyRow> tally = robot.lookup("#tallyTable").queryTableView();
            tally.scrollTo(tally.getItems().size() - 1);
        });
        snapshot("5-statistics");
    }
}
