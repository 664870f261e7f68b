package org.normdesk.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.normdesk.service.DataFolder;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.WorkstationPreferences;
import org.normdesk.service.settings.WorkstationPreferences.Values;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.ClosedPort;
import org.normdesk.testing.TestDatabases;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.shell.RegisterOpener;
import org.normdesk.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Starting on a shared server: the password first, then retry or this PC's own register when it fails. */
@ExtendWith(ApplicationExtension.class)
class SharedStartIT {
    private final ExecutorService pool = FxTaskRunner.daemonPool();
    private Stage stage;
    private MainWindow window;
    private Path dir;

    @Start
    void start(Stage primary) {
        stage = primary;
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

    /** Answers the questions from a script and remembers them. */
    private static final class ScriptedPrompts implements RegisterOpener.Prompts {
        final Deque<Optional<String>> passwords = new ArrayDeque<>();
        final Deque<Boolean> retries = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        @Override
        public Optional<String> password(Window owner, String url, String user) {
            asked.add(url + " " + user);
            return passwords.isEmpty() ? Optional.empty() : passwords.removeFirst();
        }

        @Override
        public boolean retryShared(Window owner, String url, String message) {
            failures.add(message);
            return !retries.isEmpty() && retries.removeFirst();
        }

        @Override
        public String usingLocal() {
            return "this session uses the local register";
        }
    }

    private void open(FxRobot robot, Values preferences, ScriptedPrompts prompts) throws IOException {
        dir = Files.createTempDirectory("normdesk-shared");
        RecordingPrompts startPrompts = new RecordingPrompts(false);
        robot.interact(() -> {
            window = new MainWindow(Messages.load(Locale.SIMPLIFIED_CHINESE),
                    new FxTaskRunner(pool), RegisterFixture.CLOCK, DemoSource.none(), startPrompts,
                    WorkstationPreferences.inMemory());
            window.show(stage);
            new RegisterOpener(window, new DataFolder(dir), preferences, RegisterFixture.CLOCK, prompts).open();
        });
    }

    private static String database(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#registerTable").tryQuery().isPresent()
                && !robot.lookup("#databaseLabel").queryAs(Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#databaseLabel").queryAs(Label.class).getText();
    }

    @Test
    void an_unreachable_server_can_be_retried_and_then_left_for_this_pcs_own_register(FxRobot robot) throws Exception {
        String closed = "jdbc:postgresql://127.0.0.1:" + ClosedPort.find() + "/normdesk";
        ScriptedPrompts prompts = new ScriptedPrompts();
        prompts.passwords.add(Optional.of("first"));
        prompts.passwords.add(Optional.of("second"));
        prompts.retries.add(true);
        prompts.retries.add(false);

        open(robot, Values.DEFAULTS.withSharedDatabase(closed, "reviewer", null), prompts);

        assertTrue(database(robot).startsWith("数据库：H2"), database(robot));
        assertEquals(List.of(closed + " reviewer", closed + " reviewer"), prompts.asked, "asked again on retry");
        assertEquals(2, prompts.failures.size());
        assertTrue(prompts.failures.get(0).startsWith("无法连接数据库 " + closed + "："), prompts.failures.get(0));
    }

    @Test
    void declining_the_password_opens_this_pcs_own_register_without_trying_the_server(FxRobot robot) throws Exception {
        ScriptedPrompts prompts = new ScriptedPrompts();

        open(robot, Values.DEFAULTS.withSharedDatabase("jdbc:postgresql://127.0.0.1:1/normdesk", "u", null), prompts);

        assertTrue(database(robot).startsWith("数据库：H2"));
        assertEquals(1, prompts.asked.size());
        assertTrue(prompts.failures.isEmpty());
        assertEquals("this session uses the local register",
                robot.lookup("#messageLabel").queryAs(Label.class).getText(), "the status bar says why");
    }

    @Test
    void without_a_shared_server_nothing_is_asked(FxRobot robot) throws Exception {
        ScriptedPrompts prompts = new ScriptedPrompts();

        open(robot, Values.DEFAULTS, prompts);

        assertTrue(database(robot).startsWith("数据库：H2"));
        assertTrue(prompts.asked.isEmpty());
    }

    @Test
    void a_wrong_password_is_said_and_the_right_one_opens_the_shared_register(FxRobot robot) throws Exception {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), "NORMDESK_PG_URL is not set");
        SettingsStoriesIT.Credentials server = SettingsStoriesIT.Credentials.split(
                TestDatabases.fresh(DatabaseKind.POSTGRESQL, Files.createTempDirectory("normdesk-pg")));
        ScriptedPrompts prompts = new ScriptedPrompts();
        prompts.passwords.add(Optional.of("wrong"));
        prompts.passwords.add(Optional.of(server.password()));
        prompts.retries.add(true);

        open(robot, Values.DEFAULTS.withSharedDatabase(server.url(), server.user(), null), prompts);

        String shown = database(robot);
        assertTrue(shown.startsWith("数据库：POSTGRESQL"), shown);
        assertEquals(1, prompts.failures.size());
        assertTrue(prompts.failures.get(0).contains("的用户名或密码错误"), prompts.failures.get(0));
    }
}
