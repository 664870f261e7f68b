package org.normdesk.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.account.Role;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.register.AuditRow;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normdesk.ui.RegisterFixture.GAS;

/**
 * A register with accounts, driven through the real FXML by #id: signing in at start, then editing a document and
 * reading its audit history, then checking the audit chain from the settings.
 */
@ExtendWith(ApplicationExtension.class)
class AccountsStoriesIT {
    private static final String PASSWORD = "登记员的密码2020";

    @TempDir
    static Path dir;

    private RegisterFixture fixture;
    private MainWindow window;

    /** Real background work: an Argon2 hash takes long enough to make a blocked FX thread miss its start-up. */
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    /** Pictures of what the stories saw, to look at (target/accounts-shots). */
    static void shoot(javafx.stage.Window window, String name) throws Exception {
        Stories.shoot(window, Path.of("target", "accounts-shots"), name);
    }

    @Start
    void start(Stage stage) {
        org.normdesk.ui.common.UiFont.loadBundled();
        window = new MainWindow(Messages.load(Locale.SIMPLIFIED_CHINESE), new FxTaskRunner(pool), RegisterFixture.CLOCK,
                DemoSource.none(), new RecordingPrompts(false));
        window.show(stage);
        window.open(progress -> {
            fixture = new RegisterFixture(dir.resolve(String.valueOf(System.nanoTime())));
            fixture.workspace.accounts().create("wang", "王登记", EnumSet.of(Role.REGISTRAR, Role.ADMIN),
                    PASSWORD.toCharArray());
            // as when the register is opened again: it has accounts, nobody has signed in yet
            fixture.workspace.currentUser().signOut();
            return fixture.workspace;
        });
    }

    @AfterEach
    void closeRegister() throws Exception {
        Stories.closeRegisters(pool, fixture);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        // asked on the FX thread: a lookup from the test thread can meet a scene graph that is changing
        // a loaded machine can keep the FX thread busy for seconds: a slow answer is asked again, not a failure
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            try {
                return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(20, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException slow) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void signIn(FxRobot robot, String password) throws Exception {
        // the register opens in the background, then the dialog comes up over the window
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#signInUserField")
                .match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#signInUserField").write("wang");
        robot.clickOn("#signInPasswordField").write(password);
        robot.clickOn("#signInButton");
    }

    @Test
    void a_wrong_password_is_refused_in_the_dialog_and_the_right_one_signs_in(FxRobot robot) throws Exception {
        signIn(robot, "猜的密码猜的密码");
        Label error = robot.lookup("#signInError").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertEquals("用户名或密码不正确", error.getText());
        shoot(error.getScene().getWindow(), "sign-in-refused");
        assertEquals("", robot.lookup("#signInPasswordField").queryAs(TextField.class).getText(), "the password is cleared");

        robot.doubleClickOn("#signInUserField").eraseText(4);
        signIn(robot, PASSWORD);
        waitUntil(() -> robot.lookup("#signInButton").tryQuery().isEmpty());
        assertEquals("wang", fixture.workspace.currentUser().name());
        assertTrue(robot.lookup("#messageLabel").queryAs(Label.class).getText().contains("王登记"));
    }

    @Test
    void an_edit_shows_in_the_documents_audit_history_with_who_and_what_changed(FxRobot robot) throws Exception {
        signIn(robot, PASSWORD);
        waitUntil(() -> robot.lookup("#registerTable").tryQuery().isPresent());
        robot.clickOn(GAS);
        waitUntil(() -> robot.lookup("#historyTable").queryTableView().getItems().size() == 1);

        robot.clickOn("#editButton");
        robot.clickOn("#titleField").type(KeyCode.END).write("（修订）");
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#saveButton").tryQuery().isEmpty());

        robot.clickOn("#auditHistoryTab");
        TableView<AuditRow> audit = robot.lookup("#auditTable").queryTableView();
        waitUntil(() -> audit.getItems().size() == 2);
        List<AuditRow> rows = audit.getItems();
        assertEquals(List.of("录入台账", "修改信息"), rows.stream().map(AuditRow::action).toList());
        assertEquals("wang", rows.get(1).actor());
        assertEquals("标题：" + GAS + " → " + GAS + "（修订）", rows.get(1).changes());
        assertTrue(rows.get(0).changes().contains("文号：濮政〔2019〕24号"), rows.get(0).changes());
        shoot(audit.getScene().getWindow(), "audit-history");

        robot.clickOn("#navSettings");
        waitUntil(() -> robot.lookup("#accountsTab").tryQuery().isPresent());
        robot.clickOn("#accountsTab");
        robot.clickOn("#verifyAuditButton");
        Label result = robot.lookup("#auditResultLabel").queryAs(Label.class);
        waitUntil(() -> result.getText().startsWith("审计日志完整"));
        TableView<?> accounts = robot.lookup("#accountTable").queryTableView();
        waitUntil(() -> accounts.getItems().size() == 1);
        assertTrue(accounts.isVisible(), "an administrator sees the accounts");
        shoot(accounts.getScene().getWindow(), "users-and-audit");
    }

    @Test
    void signing_out_brings_the_sign_in_back_and_another_role_is_refused_a_protected_action_by_name(FxRobot robot)
            throws Exception {
        signIn(robot, PASSWORD);
        waitUntil(() -> robot.lookup("#signInButton").tryQuery().isEmpty()
                && robot.lookup("#registerTable").tryQuery().isPresent());
        assertEquals("wang", fixture.workspace.currentUser().name());
        // the administrator adds a reviewer (off the FX thread, as the accounts tab would)
        fixture.workspace.accounts().create("zhao", "赵审查", EnumSet.of(Role.REVIEWER), "审查员的密码2020".toCharArray());

        waitUntil(() -> robot.lookup("#signOutButton").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
        robot.clickOn("#signOutButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#signInUserField")
                .match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fixture.workspace.currentUser().isSignedIn(), "signed out at once");

        robot.clickOn("#signInUserField").write("zhao");
        robot.clickOn("#signInPasswordField").write("猜的密码猜的密码");
        robot.clickOn("#signInButton");
        Label error = robot.lookup("#signInError").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertEquals("用户名或密码不正确", error.getText());
        robot.clickOn("#signInPasswordField").write("审查员的密码2020");
        robot.clickOn("#signInButton");
        waitUntil(() -> robot.lookup("#signInButton").tryQuery().isEmpty());
        assertEquals("zhao", fixture.workspace.currentUser().name());

        // a reviewer may read the register but not edit a document: the refusal names the operation and the role
        robot.clickOn(GAS);
        waitUntil(() -> robot.lookup("#editButton").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
        robot.clickOn("#editButton");
        robot.clickOn("#titleField").type(KeyCode.END).write("（修订）");
        robot.clickOn("#saveButton");
        Label refused = robot.lookup("#formError").queryAs(Label.class);
        waitUntil(() -> !refused.getText().isEmpty());
        assertTrue(refused.getText().contains("无权进行此操作（修改文件信息）"), refused.getText());
        assertTrue(refused.getText().contains("登记员"), refused.getText());
        shoot(refused.getScene().getWindow(), "reviewer-refused");
        assertEquals(GAS, fixture.workspace.register().get(fixture.gas.id()).title(), "nothing changed");
    }
}
