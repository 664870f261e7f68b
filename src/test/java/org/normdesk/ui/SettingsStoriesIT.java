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
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.settings.WorkstationPreferences;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.ClosedPort;
import org.normdesk.testing.TestDatabases;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The settings section driven through its real FXML by #id, over a real H2 register. Work runs on a real
 * background pool, as in the app, so each story waits for the answer to show.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsStoriesIT {
    @TempDir
    static Path dir;

    private final ExecutorService pool = FxTaskRunner.daemonPool();
    private RegisterFixture fixture;
    private WorkstationPreferences preferences;
    private Path preferencesFile;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Path here = dir.resolve(String.valueOf(System.nanoTime()));
        fixture = new RegisterFixture(here);
        preferencesFile = here.resolve("preferences.properties");
        preferences = WorkstationPreferences.at(preferencesFile);
        window = new MainWindow(fixture.messages, new FxTaskRunner(pool), RegisterFixture.CLOCK, DemoSource.none(),
                new RecordingPrompts(false), preferences);
        window.show(stage);
        window.open(progress -> fixture.workspace);
    }

    @AfterEach
    void closeRegister() throws Exception {
        // let the section's background reads finish before the register goes
        waitUntil(() -> !window.viewModel().runner().busyProperty().get());
        fixture.close();
        pool.shutdownNow();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Opens the settings section on {@code tab} once everything in it has been read. */
    private void openSettings(FxRobot robot, String tab) throws Exception {
        waitUntil(() -> robot.lookup("#navSettings").tryQuery().isPresent()
                && !window.viewModel().runner().busyProperty().get());
        robot.clickOn("#navSettings");
        // the section is built when first chosen; showing it reads it afresh
        waitUntil(() -> robot.lookup("#unitSaveButton").tryQuery().map(Node::isDisabled).orElse(true) == false
                && !window.viewModel().runner().busyProperty().get());
        robot.clickOn(tab);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the tab so that {@code query} is on screen, as a user would before clicking it. */
    private static Node reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    Bounds content = scroll.getContent().getLayoutBounds();
                    Bounds at = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                    double range = content.getHeight() - scroll.getViewportBounds().getHeight();
                    if (range > 0) {
                        double wanted = Math.max(0, Math.min(1, (at.getMinY() - 40) / range));
                        scroll.setVvalue(scroll.getVmin() + wanted * (scroll.getVmax() - scroll.getVmin()));
                    }
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(reveal(robot, query));
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    @Test
    void a_template_without_the_year_is_refused_under_its_field_and_the_fixed_one_is_previewed_and_saved(FxRobot robot)
            throws Exception {
        openSettings(robot, "#unitTab");

        replaceText(robot, "#templateField", "{unitCode}规备字{serial}号");

        assertEquals("登记编号模板 {unitCode}规备字{serial}号 缺少 {year}，按年重新编号时会产生重复编号",
                text(robot, "#templateError"));
        assertTrue(robot.lookup("#templateError").query().isVisible());
        assertEquals("", text(robot, "#templatePreview"));

        replaceText(robot, "#unitCodeField", "濮");
        replaceText(robot, "#templateField", "{unitCode}规备字〔{year}〕{serial}号");

        assertFalse(robot.lookup("#templateError").query().isVisible());
        assertEquals("濮规备字〔2020〕1号", text(robot, "#templatePreview"));

        replaceText(robot, "#unitNameField", "濮阳市司法局");
        robot.clickOn(reveal(robot, "#unitSaveButton"));
        waitUntil(() -> "本单位设置已保存".equals(text(robot, "#unitFormMessage")));

        var saved = fixture.workspace.settings().unit();
        assertEquals("{unitCode}规备字〔{year}〕{serial}号", saved.registrationTemplate().pattern());
        assertEquals("濮", saved.unitCode());
        assertEquals("濮阳市司法局", saved.unitName());
    }

    @Test
    void a_new_issuer_is_refused_without_its_level_then_added_and_listed(FxRobot robot) throws Exception {
        openSettings(robot, "#issuersTab");
        TableView<?> table = robot.lookup("#issuerTable").queryTableView();
        int before = table.getItems().size();

        robot.clickOn("#newIssuerButton");
        waitUntil(() -> robot.lookup("#issuerNameField").tryQuery().isPresent());
        Stage dialog = (Stage) robot.lookup("#issuerDialogRoot").query().getScene().getWindow();
        assertEquals("新增机关", dialog.getTitle());
        robot.clickOn("#issuerNameField").write("濮阳市卫生健康委员会");
        robot.clickOn("#issuerKindChoice");
        robot.clickOn(Stories.popupCell(robot, fixture.messages.label(OrgKind.DEPARTMENT)));
        robot.clickOn("#issuerSaveButton");
        waitUntil(() -> "请选择级别".equals(text(robot, "#issuerLevelError")));
        assertTrue(dialog.isShowing(), "a refused form stays open");

        robot.clickOn("#issuerLevelChoice");
        robot.clickOn(Stories.popupCell(robot, fixture.messages.label(OrgLevel.CITY)));
        shoot(dialog, "settings-issuer-dialog");
        robot.clickOn("#issuerSaveButton");
        waitUntil(() -> !dialog.isShowing() && table.getItems().size() == before + 1);
        assertEquals("已添加机关：濮阳市卫生健康委员会", text(robot, "#issuersFormMessage"));
        assertTrue(fixture.workspace.register().issuers().stream().anyMatch(i -> i.name().equals("濮阳市卫生健康委员会")
                && i.level() == OrgLevel.CITY && i.kind() == OrgKind.DEPARTMENT));
    }

    @Test
    void a_local_day_off_is_added_and_the_calendar_no_longer_counts_it_as_a_working_day(FxRobot robot)
            throws Exception {
        LocalDate wednesday = LocalDate.of(2020, 3, 4);
        assertTrue(fixture.workspace.calendar().calendar().isWorkingDay(wednesday));
        openSettings(robot, "#calendarTab");
        assertTrue(text(robot, "#calendarCoverage").contains("2015–2026"), text(robot, "#calendarCoverage"));

        replaceText(robot, "#localDayDateField", "2020-03-04");
        replaceText(robot, "#localDayNoteField", "因疫情防控延迟复工");
        robot.clickOn(reveal(robot, "#localDayAddButton"));

        TableView<?> table = robot.lookup("#localDayTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertFalse(fixture.workspace.calendar().calendar().isWorkingDay(wednesday));
        assertEquals("已添加：2020-03-04 放假", text(robot, "#calendarFormMessage"));

        replaceText(robot, "#checkDateField", "2020-03-04");
        robot.clickOn(reveal(robot, "#checkDateButton"));
        assertEquals("2020-03-04（星期三）不是工作日：地方放假（因疫情防控延迟复工）", text(robot, "#checkDateResult"));
    }

    @Test
    void a_connection_to_a_closed_port_says_the_server_cannot_be_reached(FxRobot robot) throws Exception {
        openSettings(robot, "#databaseTab");
        assertEquals("H2", text(robot, "#dbKindLabel"));
        String closed = "jdbc:postgresql://127.0.0.1:" + ClosedPort.find() + "/normdesk";

        replaceText(robot, "#dbUrlField", closed);
        replaceText(robot, "#dbUserField", "normdesk");
        replaceText(robot, "#dbPasswordField", "secret");
        robot.clickOn(reveal(robot, "#dbTestButton"));

        waitUntil(() -> text(robot, "#dbTestResult").startsWith("无法连接数据库 " + closed + "："));
        assertTrue(robot.lookup("#dbTestResult").query().getStyleClass().contains("field-error"));
        assertFalse(Files.exists(preferencesFile), "testing stores nothing");
    }

    @Test
    void a_connection_to_the_real_server_shows_its_schema_version_and_the_address_is_saved_without_the_password(
            FxRobot robot) throws Exception {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), "NORMDESK_PG_URL is not set");
        Credentials server = Credentials.split(TestDatabases.fresh(DatabaseKind.POSTGRESQL, dir));
        String schema = fixture.workspace.info().schemaVersion();
        openSettings(robot, "#databaseTab");

        replaceText(robot, "#dbUrlField", server.url());
        replaceText(robot, "#dbUserField", server.user());
        replaceText(robot, "#dbPasswordField", server.password());
        robot.clickOn(reveal(robot, "#dbTestButton"));

        waitUntil(() -> text(robot, "#dbTestResult").startsWith("连接成功"));
        assertEquals("连接成功：结构版本 " + schema + "，共 0 件文件、0 件备案", text(robot, "#dbTestResult"));
        assertTrue(robot.lookup("#dbTestResult").query().getStyleClass().contains("test-ok"));

        robot.clickOn(reveal(robot, "#dbSaveButton"));
        waitUntil(() -> Files.exists(preferencesFile) && text(robot, "#dbFormMessage").startsWith("已保存"));
        String stored = Files.readString(preferencesFile, StandardCharsets.UTF_8);
        java.util.Properties keys = new java.util.Properties();
        keys.load(new java.io.StringReader(stored));
        // the test server's password is also its user name, so look at what is stored rather than for the word
        assertEquals(java.util.Set.of("db.shared.url", "db.shared.user"), keys.stringPropertyNames(), stored);
        assertFalse(stored.toLowerCase().contains("password="), stored);
        assertEquals(server.url(), preferences.load().sharedUrl());
        assertEquals(server.user(), preferences.load().sharedUser());
    }

    /** A test server's URL with its user and password taken out, as a user would type them into the form. */
    record Credentials(String url, String user, String password) {
        static Credentials split(DatabaseConfig config) {
            String url = config.jdbcUrl();
            int question = url.indexOf('?');
            String user = config.user();
            String password = config.password();
            List<String> kept = new ArrayList<>();
            if (question >= 0) {
                for (String parameter : url.substring(question + 1).split("&")) {
                    if (parameter.startsWith("user=")) {
                        user = parameter.substring("user=".length());
                    } else if (parameter.startsWith("password=")) {
                        password = parameter.substring("password=".length());
                    } else {
                        kept.add(parameter);
                    }
                }
                url = url.substring(0, question) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
            }
            return new Credentials(url, user, password);
        }
    }

    /** A lookup done on the FX thread, inside the wait: the scene may change while the test thread looks. */
    private static void waitOnFx(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void a_bureau_rule_pack_is_checked_refused_with_its_line_then_activated_and_the_shipped_one_restored(FxRobot robot)
            throws Exception {
        String pack = """
                {
                  "id": "puyang-bureau",
                  "version": "2027.1",
                  "rules": [
                    {
                      "id": "fee.deposit",
                      "category": "FEE",
                      "title": {"zh": "押金", "en": "Deposit"},
                      "triggers": ["押金"],
                      "reason": {"zh": "请核对押金依据。", "en": "Check the basis of the deposit."}
                    }
                  ]
                }
                """;
        Path broken = Files.writeString(dir.resolve("broken-pack.json"),
                pack.replace("\"triggers\": [\"押金\"],", "\"triggers\": [\"押金\"]"), StandardCharsets.UTF_8);
        Path good = Files.writeString(dir.resolve("bureau-pack.json"), pack, StandardCharsets.UTF_8);
        openSettings(robot, "#rulePackTab");
        waitOnFx(() -> text(robot, "#rulePackCurrent").startsWith("正在使用：软件自带规则包 cn-normative-core"));

        replaceText(robot, "#rulePackPathField", broken.toString());
        robot.clickOn("#rulePackCheckButton");
        waitOnFx(() -> text(robot, "#rulePackFormError").contains("第 10 行"));
        assertTrue(text(robot, "#rulePackFormError").contains(broken.toString()));
        assertTrue(robot.lookup("#rulePackInstallButton").query().isDisabled(), "a refused pack cannot be activated");

        replaceText(robot, "#rulePackPathField", good.toString());
        robot.clickOn("#rulePackCheckButton");
        waitOnFx(() -> text(robot, "#rulePackPreview").startsWith("检查通过：规则包 puyang-bureau，版本 2027.1，共 1 条规则"));
        assertTrue(text(robot, "#rulePackCurrent").contains("cn-normative-core"), "checking does not activate");
        saveShot(robot, "settings-rule-pack-checked");
        robot.clickOn("#rulePackInstallButton");
        waitOnFx(() -> text(robot, "#rulePackCurrent").startsWith("正在使用：本单位规则包 puyang-bureau，版本 2027.1"));
        assertEquals("puyang-bureau", fixture.workspace.hints().pack().id());
        assertTrue(anyInstalledCopy(), "copied into the data folder (rules/active-pack.json)");

        robot.clickOn("#rulePackShippedButton");
        waitOnFx(() -> text(robot, "#rulePackCurrent").startsWith("正在使用：软件自带规则包"));
        assertEquals("cn-normative-core", fixture.workspace.hints().pack().id());
    }

    private static boolean anyInstalledCopy() throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().equals("active-pack.json"));
        }
    }

    private void saveShot(FxRobot robot, String name) throws Exception {
        shoot(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#settingsTabs").query().getScene().getWindow()).get(), name);
    }

    /** The window as drawn, under target/settings-shots/, to be looked at. */
    private static void shoot(javafx.stage.Window shown, String name) throws Exception {
        Stories.shoot(shown, Path.of("target", "settings-shots"), name);
    }

    @Test
    void a_changed_validity_rule_is_refused_when_wrong_and_once_saved_gives_the_add_form_a_new_suggestion(FxRobot robot)
            throws Exception {
        openSettings(robot, "#validityTab");
        waitOnFx(() -> "5".equals(robot.lookup("#validityDefaultYearsField")
                .queryAs(javafx.scene.control.TextField.class).getText()));

        replaceText(robot, "#validityDefaultYearsField", "0");
        robot.clickOn("#validitySaveButton");
        waitOnFx(() -> robot.lookup("#validityFormError").queryAs(Label.class).getText()
                .equals("一般文件的有效期应为 1 到 50 之间的整数（年），不能是“0”"));
        assertEquals(org.normdesk.domain.document.ValidityRules.DEFAULT, fixture.workspace.validity().rules());

        replaceText(robot, "#validityDefaultYearsField", "3");
        replaceText(robot, "#validityReminderMonthsField", "12, 3");
        robot.clickOn("#validitySaveButton");
        waitOnFx(() -> robot.lookup("#validityFormMessage").queryAs(Label.class).getText().startsWith("有效期规则已保存"));
        shoot(robot.lookup("#validityTab").tryQuery().map(n -> n.getScene().getWindow())
                .orElse(javafx.stage.Window.getWindows().get(0)), "settings-validity");
        assertEquals(3, fixture.workspace.validity().rules().defaultYears());

        robot.clickOn("#navRegister");
        waitOnFx(() -> robot.lookup("#addButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        // the register's expiry reminders follow the saved months, nearest first
        waitOnFx(() -> robot.lookup("#reminderList").tryQuery().map(n -> ((javafx.scene.control.ListView<?>) n)
                .getItems().stream().map(e -> ((org.normdesk.ui.register.RegisterNavigationViewModel.Entry) e).name())
                .toList().equals(List.of("3个月内到期", "12个月内到期（应评估）"))).orElse(false));
        robot.clickOn("#addButton");
        waitOnFx(() -> robot.lookup("#titleField").tryQuery().isPresent());
        robot.clickOn("#titleField").write("濮阳市物业服务管理办法");
        robot.clickOn("#effectiveField").write("2020年4月1日");
        waitOnFx(() -> robot.lookup("#validityHint").queryAs(Label.class).getText()
                .equals("留空即按一般文件有效期 3 年计：至 2023-03-31"));
        shoot(robot.lookup("#titleField").query().getScene().getWindow(), "add-dialog-validity-3-years");
        robot.push(KeyCode.ESCAPE);
    }
}
