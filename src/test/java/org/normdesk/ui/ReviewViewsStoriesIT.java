package org.normdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.review.ReviewQueueRow;
import org.normdesk.service.review.ReviewViewService;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.ReviewFixture;
import org.normdesk.testing.TestDatabases;
import org.normdesk.ui.review.ReviewViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reviewer saves the review queue's filters as a view, sees its live count change when she takes a review,
 * applies the view, renames it and deletes it — through the real FXML over a real H2 register.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewViewsStoriesIT {
    @TempDir
    static Path dir;

    private static ReviewFixture fixture;
    private final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private final List<Path> opened = new ArrayList<>();
    private Stage primary;

    @BeforeAll
    static void openRegister() {
        Path run = dir.resolve(String.valueOf(System.nanoTime()));
        fixture = new ReviewFixture(TestDatabases.fresh(DatabaseKind.H2, run), run);
    }

    @AfterAll
    static void closeRegister() {
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        primary = stage;
        Stories.showOver(stage, messages, fixture, dir.resolve("exports"), opened);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        Stories.closeDialogs(robot, primary);
    }

    /** Asked on the FX thread: a lookup from the test thread can meet a scene graph that is changing. */
    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableView<ReviewQueueRow> queue(FxRobot robot) {
        return robot.lookup("#reviewQueueTable").queryTableView();
    }

    private static ReviewViewModel vm(FxRobot robot) {
        return (ReviewViewModel) robot.lookup("#reviewRoot").query().getUserData();
    }

    private static ComboBox<ReviewViewService.ViewCount> viewBox(FxRobot robot) {
        return robot.lookup("#reviewViewBox").queryComboBox();
    }

    /** The text the view list shows for its chosen entry. */
    private static String shownView(FxRobot robot) {
        ComboBox<ReviewViewService.ViewCount> box = viewBox(robot);
        ListCell<ReviewViewService.ViewCount> cell = box.getButtonCell();
        return cell == null || cell.getText() == null ? "" : cell.getText();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean checked(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(CheckBox.class).isSelected();
    }

    private void typeName(FxRobot robot, String name) throws Exception {
        waitUntil(() -> robot.lookup("#reviewViewNameField").tryQuery().isPresent());
        TextField field = robot.lookup("#reviewViewNameField").queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(name);
        robot.clickOn("#reviewViewNameOk");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(String name) throws Exception {
        Stories.shoot(primary, Path.of("target", "review-shots"), name);
    }

    @Test
    void a_saved_view_of_the_queue_counts_live_and_applies_its_filters(FxRobot robot) throws Exception {
        robot.clickOn("#navReview");
        waitUntil(() -> queue(robot).getItems().size() == 3);
        waitUntil(() -> viewBox(robot).getItems().isEmpty());

        // 仅我的: nothing is assigned to wang yet
        robot.clickOn("#mineOnlyBox");
        waitUntil(() -> queue(robot).getItems().isEmpty());
        robot.clickOn("#saveReviewViewButton");
        typeName(robot, "我的审查");
        waitUntil(() -> vm(robot).savedViews().size() == 1 && "我的审查（0 件）".equals(shownView(robot)));

        // the same name again is refused with a message, nothing saved
        robot.clickOn("#overdueOnlyBox");
        robot.clickOn("#saveReviewViewButton");
        typeName(robot, "我的审查");
        waitUntil(() -> label(robot, "#reviewViewError").contains("已有名为“我的审查”的视图")
                && robot.lookup("#reviewViewError").query().isVisible());
        assertEquals(1, vm(robot).savedViews().size());
        snapshot("review-saved-view-duplicate-refused");

        // back to the whole queue: the view no longer describes it
        robot.clickOn("#overdueOnlyBox");
        robot.clickOn("#mineOnlyBox");
        waitUntil(() -> queue(robot).getItems().size() == 3 && viewBox(robot).getValue() == null);

        // wang takes the dog rule: the view's count follows
        robot.clickOn(ReviewFixture.DOG_TITLE);
        waitUntil(() -> vm(robot).currentProperty().get() != null
                && vm(robot).currentProperty().get().filing().filing().id() == fixture.dogFiling);
        robot.clickOn("#takeReviewButton");
        waitUntil(() -> vm(robot).currentProperty().get().review() != null
                && vm(robot).savedViews().get(0).count() == 1);

        // applying the view sets its filters
        robot.clickOn("#reviewViewBox");
        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> cell && "我的审查（1 件）".equals(cell.getText())
                && cell.getScene() != null && cell.getScene().getWindow() instanceof PopupWindow).queryAs(Node.class));
        waitUntil(() -> checked(robot, "#mineOnlyBox") && !checked(robot, "#overdueOnlyBox")
                && queue(robot).getItems().size() == 1);
        assertEquals(ReviewFixture.DOG_TITLE, queue(robot).getItems().get(0).title());
        waitUntil(() -> "我的审查（1 件）".equals(shownView(robot)));
        snapshot("review-saved-view-applied");

        // rename, then delete with confirmation
        robot.clickOn("#renameReviewViewButton");
        typeName(robot, "王审查的");
        waitUntil(() -> "王审查的（1 件）".equals(shownView(robot)));
        robot.clickOn("#deleteReviewViewButton");
        waitUntil(() -> robot.lookup((Node n) -> n instanceof Button b && "是".equals(b.getText())).tryQuery()
                .isPresent());
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && "是".equals(b.getText())).queryAs(Node.class));
        waitUntil(() -> vm(robot).savedViews().isEmpty());
        assertTrue(fixture.workspace.reviewViews().list().isEmpty(), "deleted in the database");
        assertTrue(checked(robot, "#mineOnlyBox"), "deleting a view leaves the filters as they are");
    }
}
