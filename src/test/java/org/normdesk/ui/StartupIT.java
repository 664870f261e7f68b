package org.normdesk.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.demo.DemoRegister;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.register.DocumentRow;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting the app: the window comes first, the register fills it from a background thread. */
@ExtendWith(ApplicationExtension.class)
class StartupIT {
    private final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private final ExecutorService pool = FxTaskRunner.daemonPool();
    private Path dir;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    private MainWindow start(Stage stage, DemoSource demo, MainWindow.Prompts prompts) {
        window = new MainWindow(messages, new FxTaskRunner(pool), RegisterFixture.CLOCK, demo, prompts);
        window.show(stage);
        return window;
    }

    private Path tempDir() throws IOException {
        dir = Files.createTempDirectory("normdesk-ui");
        return dir;
    }

    @AfterEach
    void tearDown() throws IOException {
        if (window != null) {
            window.close();
        }
        pool.shutdownNow();
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void the_app_opens_and_the_register_shows_the_seeded_documents(FxRobot robot) throws Exception {
        RegisterFixture fixture = new RegisterFixture(tempDir());
        fixture.close(); // the app opens the same file itself, as it does at a real start
        RecordingPrompts prompts = new RecordingPrompts(false);
        robot.interact(() -> start(stage, DemoSource.none(), prompts)
                .open(progress -> Workspace.openEmbedded(new DataFolder(dir), RegisterFixture.CLOCK)));

        TableView<DocumentRow> table = registerTable(robot, 4);

        assertEquals(List.of(RegisterFixture.TUTORING, RegisterFixture.GREENING, RegisterFixture.GAS,
                RegisterFixture.GREENING_OLD), table.getItems().stream().map(DocumentRow::title).toList());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("共 4 件", robot.lookup("#countLabel").queryAs(Label.class).getText());
        assertEquals("共 4 件文件", robot.lookup("#documentCountLabel").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#databaseLabel").queryAs(Label.class).getText().contains("H2"));
        assertEquals(0, prompts.demoOffers, "a register with documents is not offered the demo");
        assertTrue(prompts.failures.isEmpty());

        // the other workflows' views are built when first chosen, not while the register opened
        assertTrue(onFx(() -> robot.lookup("#intakeRoot").tryQuery().isEmpty() && robot.lookup("#upwardRoot").tryQuery().isEmpty()));
        robot.clickOn("#navFiling");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#intakeRoot").tryQuery()
                .map(StartupIT::shown).orElse(false) && !shown(robot.lookup("#registerTable").query())));
        // a dashboard item leading to the 向上报备 section before that section was ever shown builds and shows it
        robot.interact(() -> robot.lookup("#intakeRoot").query().fireEvent(new org.normdesk.ui.upward.UpwardOpenEvent(1)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#upwardRoot").tryQuery()
                .map(StartupIT::shown).orElse(false) && !shown(robot.lookup("#intakeRoot").query())));
        assertTrue(onFx(() -> robot.lookup("#navUpward").queryAs(javafx.scene.control.ToggleButton.class).isSelected()));
    }

    /** Whether {@code node} is on the screen: it and every node above it visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean onFx(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        return WaitForAsyncUtils.asyncFx(condition).get();
    }

    @Test
    void an_empty_register_is_offered_the_demo_and_loads_it_with_progress(FxRobot robot) throws Exception {
        tempDir();
        RecordingPrompts prompts = new RecordingPrompts(true);
        DemoSource demo = demo(smallDemo(null));
        robot.interact(() -> start(stage, demo, prompts)
                .open(progress -> Workspace.openEmbedded(new DataFolder(dir), RegisterFixture.CLOCK)));

        registerTable(robot, 2);

        assertEquals(1, prompts.demoOffers);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#messageLabel").queryAs(Label.class).getText().startsWith("已载入演示台账"));
    }

    @Test
    void a_demo_loaded_into_the_empty_register_is_brought_up_to_today_at_once(FxRobot robot) throws Exception {
        tempDir();
        // 2 March 2020 is today: the greening rules ended on 29 February, after the register had opened
        DemoSource demo = demo(smallDemo("2020-02-29"));
        robot.interact(() -> start(stage, demo, new RecordingPrompts(true))
                .open(progress -> Workspace.openEmbedded(new DataFolder(dir), RegisterFixture.CLOCK)));

        TableView<DocumentRow> table = registerTable(robot, 2);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#noticeBar").query().isVisible()
                && table.getItems().stream().anyMatch(r -> r.title().equals("濮阳市城市绿化管理办法")
                && r.status() == org.normdesk.domain.document.LifecycleStatus.EXPIRED));
        WaitForAsyncUtils.waitForFxEvents();
        String notice = robot.lookup("#noticeLabel").queryAs(Label.class).getText();
        assertTrue(notice.startsWith("1 件文件有效期已届满") && notice.contains("濮政〔2019〕12号 濮阳市城市绿化管理办法"),
                notice);
    }

    @Test
    void a_register_that_cannot_be_opened_says_why_in_the_users_language(FxRobot robot) throws Exception {
        tempDir();
        RecordingPrompts prompts = new RecordingPrompts(false);
        robot.interact(() -> start(stage, DemoSource.none(), prompts).open(progress -> {
            throw new DomainException("db.locked", "locked", "jdbc:h2:file:/x/normdesk");
        }));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !prompts.failures.isEmpty());

        assertEquals(List.of("数据库已被另一个 NormDesk 窗口打开：jdbc:h2:file:/x/normdesk"), prompts.failures);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#busyLabel").queryAs(Label.class).getText().contains("数据库已被另一个 NormDesk 窗口打开"));
    }

    /** The register view appears only once the register is open, on the FX thread after the background work. */
    private static TableView<DocumentRow> registerTable(FxRobot robot, int rows) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#registerTable").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == rows).orElse(false));
        return robot.lookup("#registerTable").queryTableView();
    }

    private static DemoSource demo(DemoRegister register) {
        return new DemoSource() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public DemoRegister read() {
                return register;
            }
        };
    }

    /** Two documents, the first one valid until {@code greeningValidUntil} (null: no end). */
    private static DemoRegister smallDemo(String greeningValidUntil) {
        return new DemoRegister("test", 1,
                List.of(new DemoRegister.IssuerEntry("city", "濮阳市人民政府", "濮政", "CITY", "GOVERNMENT", null)),
                List.of(new DemoRegister.DocumentEntry("d1", "濮阳市城市绿化管理办法", "濮政〔2019〕12号", List.of("city"),
                                "GOVERNMENT_NORMATIVE", "城市管理", null, "2019-12-20", "2020-01-20", greeningValidUntil,
                                "VALID",
                                List.of()),
                        new DemoRegister.DocumentEntry("d2", "濮阳市燃气管理办法", "濮政〔2019〕24号", List.of("city"),
                                "GOVERNMENT_NORMATIVE", "城市管理", null, "2019-07-22", "2019-09-01", null, "VALID",
                                List.of(new DemoRegister.HistoryEntry("REPEALED", "2020-01-01", "被废止", "d1")))),
                List.of());
    }
}
