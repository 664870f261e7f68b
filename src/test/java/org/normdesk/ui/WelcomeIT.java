package org.normdesk.ui;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.settings.LanguageChoice;
import org.normdesk.service.settings.UnitKind;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.normdesk.ui.welcome.FirstRun;
import org.normdesk.ui.welcome.WelcomeChoices;
import org.normdesk.ui.welcome.WelcomeDialog;
import org.normdesk.ui.welcome.WelcomeViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The welcome on a new data folder: its questions, its language switch, and what it saves into the register. */
@ExtendWith(ApplicationExtension.class)
class WelcomeIT {
    @TempDir
    Path dir;

    private Stage stage;
    private final CompletableFuture<Optional<WelcomeChoices>> answer = new CompletableFuture<>();
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private void showWelcome(FxRobot robot) {
        robot.interact(() -> {
            WelcomeDialog dialog = new WelcomeDialog(new WelcomeViewModel(LanguageChoice.CHINESE, Locale.CHINA), null);
            dialog.dialog().setOnHidden(e -> answer.complete(Optional.ofNullable(dialog.dialog().getResult())));
            dialog.dialog().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void a_missing_name_and_a_long_code_keep_the_welcome_open_with_the_reasons(FxRobot robot) {
        showWelcome(robot);
        robot.clickOn("#welcomeUnitCode").write("濮阳 市");
        robot.clickOn("#welcomeStart");

        assertFalse(answer.isDone(), "still open");
        assertEquals("请填写单位名称", robot.lookup("#welcomeNameError").queryAs(Label.class).getText());
        assertEquals("单位代字最多 6 个字，不能含空格", robot.lookup("#welcomeCodeError").queryAs(Label.class).getText());

        robot.clickOn("#welcomeUnitName").write("华龙区司法局");
        assertEquals("", robot.lookup("#welcomeNameError").queryAs(Label.class).getText(), "typing clears the error");
        robot.clickOn("#welcomeSkip");
        assertEquals(Optional.empty(), answer.join());
    }

    @Test
    void choosing_an_encrypted_register_asks_for_the_password_twice_with_the_warning(FxRobot robot) throws Exception {
        WelcomeViewModel[] vm = new WelcomeViewModel[1];
        robot.interact(() -> {
            vm[0] = new WelcomeViewModel(LanguageChoice.CHINESE, Locale.CHINA);
            WelcomeDialog dialog = new WelcomeDialog(vm[0], null);
            dialog.dialog().setOnHidden(e -> answer.complete(Optional.ofNullable(dialog.dialog().getResult())));
            dialog.dialog().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#welcomePassword").query().getParent().isVisible(), "no password until it is chosen");
        robot.clickOn("#welcomeUnitName").write("华龙区司法局");
        robot.clickOn("#welcomeUnitCode").write("华");
        robot.clickOn("#welcomeEncrypt");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#welcomePassword").write("华龙区备案审查2026");
        robot.clickOn("#welcomePasswordAgain").write("华龙区备案审查2025");
        robot.clickOn("#welcomeStart");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(answer.isDone(), "still open");
        assertEquals("两次输入的密码不一致", robot.lookup("#welcomePasswordError").queryAs(Label.class).getText());
        assertEquals("强度：中", robot.lookup("#welcomeStrength").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#welcomeEncryptWarning").queryAs(Label.class).getText().contains("无法找回"));
        AccountsStoriesIT.shoot(robot.lookup("#welcomePassword").query().getScene().getWindow(), "welcome-encrypt");
        robot.clickOn("#welcomePasswordAgain").push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.A)
                .type(javafx.scene.input.KeyCode.BACK_SPACE).write("华龙区备案审查2026");
        robot.clickOn("#welcomeStart");
        assertTrue(answer.get(5, TimeUnit.SECONDS).isPresent());
        assertEquals("华龙区备案审查2026", new String(vm[0].registerPassword().orElseThrow()));
    }

    @Test
    void choosing_english_relabels_the_welcome_at_once_and_the_answers_come_back(FxRobot robot) throws Exception {
        showWelcome(robot);
        assertEquals("欢迎使用规范性文件备案审查台账", robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .getHeaderText());

        ChoiceBox<LanguageChoice> language = robot.lookup("#welcomeLanguage").queryAs(ChoiceBox.class);
        robot.interact(() -> language.setValue(LanguageChoice.ENGLISH));
        assertEquals("Welcome to NormDesk", robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .getHeaderText());
        assertEquals("Start with an empty register", robot.lookup("#welcomeEmpty").queryAs(RadioButton.class).getText());

        ChoiceBox<UnitKind> kind = robot.lookup("#welcomeUnitKind").queryAs(ChoiceBox.class);
        robot.interact(() -> kind.setValue(UnitKind.CITY));
        assertEquals("e.g. 濮阳市司法局", robot.lookup("#welcomeUnitName")
                .queryAs(javafx.scene.control.TextField.class).getPromptText());
        robot.clickOn("#welcomeUnitName").write("濮阳市司法局");
        robot.clickOn("#welcomeUnitCode").write("濮");
        robot.clickOn("#welcomeEmpty");
        robot.clickOn("#welcomeStart");

        assertEquals(Optional.of(new WelcomeChoices(LanguageChoice.ENGLISH, UnitKind.CITY, "濮阳市司法局", "濮", false)),
                answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void with_the_demo_chosen_the_unit_typed_in_the_welcome_is_the_one_kept(FxRobot robot) throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("new-with-demo"));
        WelcomeChoices choices = new WelcomeChoices(LanguageChoice.CHINESE, UnitKind.COUNTY, "清丰县司法局", "清", true);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            // one task after the other: the unit's save and the demo load used to race, the demo's bureau winning
            var runner = new FxTaskRunner(Runnable::run);
            window[0] = new MainWindow(org.normdesk.service.i18n.Messages.load(Locale.SIMPLIFIED_CHINESE), runner,
                    java.time.Clock.systemDefaultZone(), DemoSource.shipped(),
                    FirstRun.answered(true, new RecordingPrompts(false)));
            window[0].show(stage);
            FirstRun.saveWhenOpen(window[0], choices, runner, org.normdesk.service.i18n.Messages.load(Locale.SIMPLIFIED_CHINESE));
            window[0].open(progress -> Workspace.openEmbedded(folder, java.time.Clock.systemDefaultZone()));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window[0].viewModel().lastMessageProperty().get()
                .startsWith("已保存本单位"));
        WaitForAsyncUtils.waitForFxEvents();
        workspace = window[0].viewModel().workspaceProperty().get();

        assertFalse(workspace.demo().registerIsEmpty(), "the demo register is loaded");
        assertEquals("清丰县司法局", workspace.settings().unit().unitName());
        assertEquals("清", workspace.settings().unit().unitCode());
        assertEquals(Optional.of(UnitKind.COUNTY), workspace.settings().unitKind());
        // the demo's numbering and own issuers stay: its registered filings go on in the same series
        assertEquals("{unitCode}规备〔{year}〕{serial}号", workspace.settings().unit().registrationTemplate().pattern());
        assertFalse(workspace.settings().unit().ownIssuerIds().isEmpty());
    }

    @Test
    void the_answers_are_saved_into_the_register_once_it_is_open_and_the_demo_is_not_offered_again(FxRobot robot)
            throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("new"));
        assertTrue(folder.isNew());
        WelcomeChoices choices = new WelcomeChoices(LanguageChoice.CHINESE, UnitKind.COUNTY, "华龙区司法局", "华", false);
        RecordingPrompts others = new RecordingPrompts(true);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            var runner = new FxTaskRunner(Runnable::run);
            window[0] = new MainWindow(org.normdesk.service.i18n.Messages.load(Locale.SIMPLIFIED_CHINESE), runner,
                    java.time.Clock.systemDefaultZone(), DemoSource.shipped(), FirstRun.answered(false, others));
            window[0].show(stage);
            FirstRun.saveWhenOpen(window[0], choices, runner, org.normdesk.service.i18n.Messages.load(Locale.SIMPLIFIED_CHINESE));
            window[0].open(progress -> Workspace.openEmbedded(folder, java.time.Clock.systemDefaultZone()));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window[0].viewModel().workspaceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        workspace = window[0].viewModel().workspaceProperty().get();

        assertEquals("华龙区司法局", workspace.settings().unit().unitName());
        assertEquals("华", workspace.settings().unit().unitCode());
        assertEquals(Optional.of(UnitKind.COUNTY), workspace.settings().unitKind());
        assertEquals("已保存本单位：华龙区司法局（代字“华”）", window[0].viewModel().lastMessageProperty().get());
        assertEquals(0, others.demoOffers, "the welcome answered the demo question");
        assertTrue(workspace.demo().registerIsEmpty(), "no demo when the welcome said an empty register");
        assertFalse(folder.isNew(), "the next start is not a first run");
        assertTrue(Files.exists(folder.root().resolve("normdesk.mv.db")));
    }
}
