package org.normdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.review.ChecklistPoint;
import org.normdesk.domain.review.CorrectionState;
import org.normdesk.domain.review.PointResult;
import org.normdesk.domain.review.ReviewOutcome;
import org.normdesk.domain.review.ReviewState;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.review.ReviewQueueRow;
import org.normdesk.service.review.ReviewView;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.ReviewFixture;
import org.normdesk.testing.TestDatabases;
import org.normdesk.ui.register.DocumentRow;
import org.normdesk.ui.review.ReviewViewModel;
import org.normdesk.ui.review.hints.DocumentTextPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reviewer and a 负责人 walk one filing through the 审查 section, driven through the real FXML by #id over a
 * real H2 register on Monday 2019-10-14: queue → checklist → outcome → opinion approved → correction deadline →
 * the amending document → the original is 已修改 in the register.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewStoriesIT {
    @TempDir
    static Path dir;

    private static ReviewFixture fixture;
    private static Path exports;
    private final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private final List<Path> opened = new ArrayList<>();
    private Stage primary;

    /** Built before the stage: on a busy machine the register alone can outlast TestFX's set-up timeout. */
    @BeforeAll
    static void openRegister() {
        Path run = dir.resolve(String.valueOf(System.nanoTime()));
        fixture = new ReviewFixture(TestDatabases.fresh(DatabaseKind.H2, run), run);
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

    private static TableView<ReviewQueueRow> queue(FxRobot robot) {
        return robot.lookup("#reviewQueueTable").queryTableView();
    }

    private static ReviewViewModel vm(FxRobot robot) {
        return (ReviewViewModel) robot.lookup("#reviewRoot").query().getUserData();
    }

    private static ReviewView current(FxRobot robot) {
        return vm(robot).currentProperty().get();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void choose(FxRobot robot, String comboId, String text) {
        robot.clickOn(comboId);
        robot.clickOn(Stories.popupCell(robot, text));
    }

    /** Workspace controls below the fold of its scroll pane are driven directly (a robot click would miss them). */
    private static void press(FxRobot robot, String id) {
        Button button = robot.lookup(id).queryAs(Button.class);
        assertFalse(button.isDisabled(), id + " is enabled");
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> void select(FxRobot robot, String id, T value) {
        robot.interact(() -> robot.lookup(id).<T>queryComboBox().setValue(value));
    }

    /** The window as drawn, kept under target/review-shots/ to be looked at. */
    private void snapshot(FxRobot robot, String name) throws Exception {
        Stories.shoot(primary, Path.of("target", "review-shots"), name);
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    @Test
    void a_filing_goes_from_the_queue_to_a_corrected_original_in_the_register(FxRobot robot) throws Exception {
        robot.clickOn("#navReview");
        waitUntil(() -> queue(robot).getItems().size() == 3);
        assertEquals(ReviewFixture.OVERDUE_TITLE, queue(robot).getItems().get(0).title(), "most urgent first");
        assertTrue(robot.lookup((Node n) -> n instanceof TableRow<?> row && row.getItem() instanceof ReviewQueueRow r
                && r.overdue() && row.getStyleClass().contains("due-row-overdue")).tryQuery().isPresent(),
                "the overdue review is highlighted");
        assertTrue(label(robot, "#reviewCountLabel").contains("超期 1 件"), label(robot, "#reviewCountLabel"));

        robot.clickOn("#overdueOnlyBox");
        waitUntil(() -> queue(robot).getItems().size() == 1);
        robot.clickOn("#overdueOnlyBox");
        robot.clickOn(ReviewFixture.DOG_TITLE);
        waitUntil(() -> current(robot) != null && current(robot).filing().filing().id() == fixture.dogFiling);
        assertTrue(label(robot, "#workspaceInfo").contains("审查期限：2019-11-04"), label(robot, "#workspaceInfo"));
        assertTrue(disabled(robot, "#saveChecklistButton"), "nothing to check before someone takes it");

        robot.clickOn("#takeReviewButton");
        waitUntil(() -> current(robot).review() != null);
        assertTrue(label(robot, "#assigneeLabel").contains("wang"), label(robot, "#assigneeLabel"));

        // the document's text beside the checklist: a hint points at the fine in 第十二条
        Path text = Files.writeString(dir.resolve("养犬管理办法.txt"), String.join("\n",
                "清丰县城区养犬管理办法",
                "第一条 为了规范城区养犬行为，保障公民健康和人身安全，制定本办法。",
                "第二条 本办法适用于本县城区范围内的养犬管理活动。",
                "第十二条 违反本办法规定，未办理养犬登记的，由公安机关对个人处五千元罚款。",
                "第十三条 本办法自公布之日起施行。"));
        DocumentTextPane textPane = robot.lookup("#documentTextPane").queryAs(DocumentTextPane.class);
        robot.interact(() -> textPane.setFileSource(() -> text));
        robot.clickOn("#importTextButton");
        waitUntil(() -> textPane.model().hints().stream().anyMatch(h -> h.hint().phrase().contains("罚款")));
        var fine = textPane.model().hints().stream().filter(h -> h.hint().phrase().contains("罚款")).findFirst()
                .orElseThrow().hint();
        assertEquals("第十二条", fine.articleLabel());
        assertTrue(robot.lookup("#hintNotice").queryAs(Label.class).getText().contains("不是"),
                "a hint is said to be a prompt, not a finding");

        // the reviewer marks the checklist: two points by hand, the rest pass
        choose(robot, "#point-PENALTIES", "存在问题");
        robot.clickOn("#article-PENALTIES").write(fine.articleLabel());
        robot.interact(() -> vm(robot).points().forEach(p -> {
            if (p.point() == ChecklistPoint.PENALTIES) {
                p.commentProperty().set("对未办理养犬登记的个人处五千元罚款，超出上位法规定的罚款幅度");
            } else if (p.resultProperty().get() == null) {
                p.resultProperty().set(PointResult.PASS);
            }
        }));
        choose(robot, "#point-FAIR_COMPETITION", "不适用");
        press(robot, "#saveChecklistButton");
        waitUntil(() -> current(robot).points().size() == 12);
        assertEquals("第十二条", current(robot).point(ChecklistPoint.PENALTIES).orElseThrow().article());

        select(robot, "#outcomeBox", ReviewOutcome.CORRECTION_REQUIRED);
        press(robot, "#decideButton");
        waitUntil(() -> current(robot).review().state() == ReviewState.AWAITING_APPROVAL);
        TextArea opinion = robot.lookup("#opinionArea").queryAs(TextArea.class);
        assertTrue(opinion.getText().contains("（一）关于行政处罚（第十二条）"), opinion.getText());
        assertTrue(disabled(robot, "#approveButton"), "a reviewer cannot approve");
        snapshot(robot, "review-awaiting-approval");
        robot.interact(() -> robot.lookup("#opinionArea").queryAs(TextArea.class).appendText("请一并清理配套文件。"));
        press(robot, "#saveOpinionButton");
        waitUntil(() -> current(robot).review().opinionText().endsWith("请一并清理配套文件。"));

        // the 负责人 approves
        fixture.as(ReviewFixture.HEAD);
        press(robot, "#reviewRefreshButton");
        waitUntil(() -> !disabled(robot, "#approveButton"));
        press(robot, "#approveButton");
        waitUntil(() -> current(robot).review().state() == ReviewState.APPROVED);
        assertTrue(label(robot, "#opinionStatus").contains("濮司审〔2019〕1号"), label(robot, "#opinionStatus"));
        assertEquals(2, queue(robot).getItems().size(), "a concluded review leaves the queue");
        press(robot, "#exportOpinionButton");
        waitUntil(() -> !opened.isEmpty());
        assertTrue(opened.get(0).toString().endsWith(".pdf") && Files.size(opened.get(0)) > 0);

        // the correction: its deadline passes, the filing unit reports, the amending decision is linked
        assertTrue(robot.lookup("#correctionPane").queryAs(TitledPane.class).isVisible());
        robot.interact(() -> robot.lookup("#workspaceBox").query().getParent().getParent().getParent()
                .lookupAll(".scroll-pane").forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1.0)));
        snapshot(robot, "review-approved-correction");
        assertTrue(label(robot, "#correctionStatus").contains("2019-11-13"), label(robot, "#correctionStatus"));
        fixture.clock.setDay(LocalDate.of(2019, 11, 20));
        fixture.as(ReviewFixture.CLERK); // the 登记员 enters the amending decision in the register
        var amending = fixture.workspace.register().add(new DocumentInput(
                "清丰县人民政府关于修改《清丰县城区养犬管理办法》的决定", "清政〔2019〕15号", List.of(fixture.county.id()),
                DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-11-18", "2019-11-18", null, null));
        fixture.as(ReviewFixture.REVIEWER);
        press(robot, "#reviewRefreshButton");
        waitUntil(() -> label(robot, "#correctionStatus").contains("超期 7 天"));
        // the reminder notice above the queue names the overdue correction and prints the 督促纠正通知
        waitUntil(() -> robot.lookup("#reminderBar").query().isVisible()
                && label(robot, "#reminderLabel").contains("《" + ReviewFixture.DOG_TITLE + "》超期 7 天"));
        snapshot(robot, "review-reminder-notice");
        int openedBefore = opened.size();
        press(robot, "#printRemindersButton");
        waitUntil(() -> opened.size() > openedBefore);
        Path reminder = opened.get(opened.size() - 1);
        assertTrue(reminder.getFileName().toString().startsWith("督促纠正通知-濮司审〔2019〕1号"), reminder.toString());
        assertTrue(reminder.toString().endsWith(".pdf") && Files.size(reminder) > 0);
        robot.interact(() -> robot.lookup("#feedbackTextField").queryAs(javafx.scene.control.TextField.class).setText("已修改第十二条"));
        press(robot, "#recordFeedbackButton");
        waitUntil(() -> current(robot).correction().state() == CorrectionState.FEEDBACK_RECEIVED);
        waitUntil(() -> !robot.lookup("#reminderBar").query().isVisible()); // feedback ends the reminder
        robot.interact(() -> {
            ComboBox<DocumentSummary> box = robot.lookup("#correctiveBox").queryComboBox();
            box.setValue(box.getItems().stream().filter(d -> d.id() == amending.id()).findFirst().orElseThrow());
        });
        press(robot, "#linkCorrectiveButton");
        waitUntil(() -> current(robot).correction().correctiveDocumentId() != null);
        assertEquals(LifecycleStatus.AMENDED, current(robot).filing().document().status());
        press(robot, "#closeCorrectionButton");
        waitUntil(() -> current(robot).correction().state() == CorrectionState.CLOSED);

        robot.clickOn("#navRegister");
        TableView<DocumentRow> register = robot.lookup("#registerTable").queryTableView();
        robot.clickOn("#registerTable").type(javafx.scene.input.KeyCode.F5); // the register was read before the link
        waitUntil(() -> register.getItems().stream().anyMatch(r -> r.title().equals(ReviewFixture.DOG_TITLE)
                && r.status() == LifecycleStatus.AMENDED));
        assertEquals(ReviewOutcome.CORRECTION_REQUIRED, fixture.workspace.reviews().view(fixture.dogFiling)
                .review().outcome());
    }
}
