package org.normdesk.ui;

import javafx.scene.control.Label;
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
import org.normdesk.ui.register.RegisterView;
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

/**
 * The register's life over days, driven through the real FXML by #id over a real H2 register whose clock the
 * test moves: automatic expiry, reminders, saved views, 立改废 chains and the register on a past day.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterLifecycleStoriesIT {
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
        WaitForAsyncUtils.sleep(2 * (long) RegisterView.SEARCH_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
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
