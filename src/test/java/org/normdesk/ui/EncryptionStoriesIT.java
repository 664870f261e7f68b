package org.normdesk.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.WorkstationPreferences;
import org.normdesk.store.DatabaseKey;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.shell.RegisterOpener;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Encrypting this PC's register from Settings → 数据库, then starting the app again: a wrong password is refused in
 * the start-up dialog with its sentence, the right one opens the register; then the password is changed in Settings
 * (a wrong current password refused by name first).
 */
@ExtendWith(ApplicationExtension.class)
class EncryptionStoriesIT {
    private static final String PASSWORD = "县司法局备案2026";
    private static final String NEW_PASSWORD = "市司法局审查2027";

    @TempDir
    static Path dir;

    private final ExecutorService pool = FxTaskRunner.daemonPool();
    private final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private Path folder;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        org.normdesk.ui.common.UiFont.loadBundled();
        this.stage = stage;
        folder = dir.resolve(String.valueOf(System.nanoTime()));
        window = new MainWindow(messages, new FxTaskRunner(pool), RegisterFixture.CLOCK, DemoSource.none(),
                new RecordingPrompts(false), WorkstationPreferences.inMemory());
        window.show(stage);
        window.open(progress -> new RegisterFixture(folder).workspace);
    }

    @AfterEach
    void closeRegister() throws Exception {
        waitUntil(() -> !window.viewModel().runner().busyProperty().get());
        WaitForAsyncUtils.asyncFx(() -> window.close()).get();
        pool.shutdownNow();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        // asked on the FX thread: a lookup from the test thread can meet a scene graph that is changing
        // a loaded machine can keep the FX thread busy for seconds: a slow answer is asked again, not a failure
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            try {
                return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(20, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException slow) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    private Workspace open() {
        return window.viewModel().workspaceProperty().get();
    }

    private void openDatabaseSettings(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#registerTable").tryQuery().isPresent()
                && !window.viewModel().runner().busyProperty().get() && !window.viewModel().overlayProperty().get());
        robot.clickOn("#navSettings");
        waitUntil(() -> robot.lookup("#databaseTab").tryQuery().isPresent()
                && !window.viewModel().runner().busyProperty().get());
        robot.clickOn("#databaseTab");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the tab so that {@code query} is on screen, as a user would before clicking it. */
    private static Node reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    scroll.setVvalue(scroll.getVmax());
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    @Test
    void encrypted_from_settings_the_register_opens_again_only_with_its_password_which_can_then_be_changed(
            FxRobot robot) throws Exception {
        openDatabaseSettings(robot);
        assertEquals("本机台账未加密。", text(robot, "#encryptionStateLabel"));
        assertFalse(showing(robot, "#changePasswordButton"), "nothing to change before it is encrypted");
        robot.clickOn(reveal(robot, "#encryptButton"));

        waitUntil(() -> showing(robot, "#encryptPassword"));
        robot.clickOn("#encryptPassword").write(PASSWORD);
        waitUntil(() -> text(robot, "#encryptStrength").startsWith("强度："));
        robot.clickOn("#encryptPasswordAgain").write("县司法局备案2025");
        assertTrue(text(robot, "#encryptWarning").contains("无法找回"), "the warning that a lost password is lost");
        robot.clickOn("#encryptOk");
        waitUntil(() -> showing(robot, "#encryptError"));
        assertEquals("两次输入的密码不一致", text(robot, "#encryptError"));
        AccountsStoriesIT.shoot(robot.lookup("#encryptError").query().getScene().getWindow(), "encrypt-dialog");
        retype(robot, "#encryptPasswordAgain", PASSWORD);
        robot.clickOn("#encryptOk");

        // encrypted in the background, then the register reopens and the views are built again over it
        waitUntil(() -> open() != null && open().encrypted() && robot.lookup("#registerTable").tryQuery().isPresent()
                && !window.viewModel().overlayProperty().get());
        assertTrue(DatabaseKey.isEncrypted(folder));
        assertEquals(4, open().register().count());
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().contains("已加密并重新打开"));
        openDatabaseSettings(robot);
        assertEquals("本机台账已加密，打开时需要台账密码。", text(robot, "#encryptionStateLabel"));
        reveal(robot, "#changePasswordButton");
        AccountsStoriesIT.shoot(stage, "encryption-settings");

        // the app is started again on the same data folder: it asks for the password
        WaitForAsyncUtils.asyncFx(() -> {
            window.close();
            window = new MainWindow(messages, new FxTaskRunner(pool), RegisterFixture.CLOCK, DemoSource.none(),
                    new RecordingPrompts(false), WorkstationPreferences.inMemory());
            window.show(stage);
            RegisterOpener opener = new RegisterOpener(window, new DataFolder(folder),
                    WorkstationPreferences.Values.DEFAULTS, RegisterFixture.CLOCK, RegisterOpener.Prompts.dialogs(messages));
            // as the app does once its window is painted; the password dialog then waits for the user
            javafx.application.Platform.runLater(opener::open);
        }).get();
        waitUntil(() -> showing(robot, "#registerPasswordField"));
        robot.clickOn("#registerPasswordField").write("县司法局备案2025");
        robot.clickOn("#registerPasswordOpen");
        waitUntil(() -> showing(robot, "#registerPasswordError"));
        assertEquals("加密台账的密码不正确，请重新输入", text(robot, "#registerPasswordError"));
        AccountsStoriesIT.shoot(robot.lookup("#registerPasswordError").query().getScene().getWindow(),
                "wrong-register-password");
        robot.clickOn("#registerPasswordField").write(PASSWORD);
        robot.clickOn("#registerPasswordOpen");
        waitUntil(() -> robot.lookup("#registerTable").tryQuery().isPresent()
                && robot.lookup("#registerTable").queryAs(TableView.class).getItems().size() == 4);

        // and its password is changed: a wrong current one is refused with nothing changed
        String keyBefore = Files.readString(folder.resolve(DatabaseKey.FILE_NAME));
        openDatabaseSettings(robot);
        robot.clickOn(reveal(robot, "#changePasswordButton"));
        waitUntil(() -> showing(robot, "#changeOldPassword"));
        robot.clickOn("#changeOldPassword").write("县司法局备案2025");
        robot.clickOn("#changeNewPassword").write(NEW_PASSWORD);
        robot.clickOn("#changeNewPasswordAgain").write(NEW_PASSWORD);
        robot.clickOn("#changeOk");
        waitUntil(() -> !text(robot, "#encryptionError").isEmpty());
        assertEquals("加密台账的密码不正确，请重新输入", text(robot, "#encryptionError"));
        assertEquals(keyBefore, Files.readString(folder.resolve(DatabaseKey.FILE_NAME)));
        Workspace before = open();
        robot.clickOn(reveal(robot, "#changePasswordButton"));
        waitUntil(() -> showing(robot, "#changeOldPassword"));
        robot.clickOn("#changeOldPassword").write(PASSWORD);
        robot.clickOn("#changeNewPassword").write(NEW_PASSWORD);
        robot.clickOn("#changeNewPasswordAgain").write(NEW_PASSWORD);
        AccountsStoriesIT.shoot(robot.lookup("#changeOldPassword").query().getScene().getWindow(),
                "change-password-dialog");
        robot.clickOn("#changeOk");
        waitUntil(() -> open() != before && open() != null && robot.lookup("#registerTable").tryQuery().isPresent()
                && !window.viewModel().overlayProperty().get());
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().contains("加密密码已修改"));
        assertFalse(keyBefore.equals(Files.readString(folder.resolve(DatabaseKey.FILE_NAME))));
        assertEquals(4, open().register().count());
    }
}
