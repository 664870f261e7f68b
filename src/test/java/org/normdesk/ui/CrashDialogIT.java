package org.normdesk.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.crash.CrashHandler;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An error nobody caught, on the FX thread or another one, ends in the error dialog with a report to copy. */
@ExtendWith(ApplicationExtension.class)
class CrashDialogIT {
    private static final Path LOG_FILE = Path.of("/data/normdesk/logs/normdesk.log");
    private Thread.UncaughtExceptionHandler previous;
    private Thread.UncaughtExceptionHandler previousOnFxThread;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
        Button failing = new Button("登记");
        failing.setId("failingButton");
        failing.setOnAction(e -> {
            throw new IllegalStateException("测试：登记时出错");
        });
        stage.setScene(new Scene(failing, 300, 200));
        stage.show();
        previousOnFxThread = Thread.currentThread().getUncaughtExceptionHandler();
        previous = new CrashHandler(messages, LOG_FILE, () -> stage).install();
    }

    @AfterEach
    void restoreHandlers() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(previousOnFxThread)).get();
    }

    private static TextArea report(FxRobot robot) {
        return robot.lookup("#crashReportText").queryAs(TextArea.class);
    }

    @Test
    void an_error_in_a_click_shows_the_report_which_the_copy_button_puts_on_the_clipboard(FxRobot robot)
            throws Exception {
        robot.clickOn("#failingButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#crashReportText").tryQuery().isPresent());

        String text = report(robot).getText();
        assertTrue(text.startsWith("NormDesk "), text);
        assertTrue(text.contains("java.lang.IllegalStateException: 测试：登记时出错"), text);
        assertTrue(text.contains("at org.normdesk.ui.CrashDialogIT"), "the stack trace names where it happened");
        assertTrue(text.contains("Thread:  JavaFX Application Thread"), text);
        assertTrue(text.contains("System:  " + System.getProperty("os.name")), text);
        assertTrue(text.contains("Log:     " + LOG_FILE), text);
        assertTrue(robot.lookup("#crashExplanation").queryAs(Label.class).getText().contains(LOG_FILE.toString()),
                "the dialog says where the log file is");
        assertFalse(report(robot).isEditable());

        robot.clickOn("#crashCopyButton");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertEquals(text, copied);
        assertEquals("已复制到剪贴板", robot.lookup("#crashCopyButton").queryAs(Button.class).getText());

        robot.clickOn("关闭");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#crashReportText").tryQuery().isPresent(), "closed");
    }

    @Test
    void errors_on_a_background_thread_land_in_the_open_dialog_instead_of_new_windows(FxRobot robot)
            throws Exception {
        robot.clickOn("#failingButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#crashReportText").tryQuery().isPresent());

        Thread worker = new Thread(() -> {
            throw new UnsupportedOperationException("后台任务失败");
        }, "normdesk-worker-test");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> report(robot).getText().contains("UnsupportedOperationException: 后台任务失败"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, robot.lookup("#crashReportText").queryAll().size(), "one dialog");
        assertTrue(report(robot).getText().contains("Thread:  normdesk-worker-test"));
        assertEquals("共发生 2 个错误，报告依次列在下面", robot.lookup("#crashCountLabel").queryAs(Label.class).getText());
        robot.clickOn("关闭");
    }
}
