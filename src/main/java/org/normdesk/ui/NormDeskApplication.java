package org.normdesk.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.normdesk.service.DataFolder;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.WorkstationPreferences;
import org.normdesk.ui.common.FileOpener;
import org.normdesk.ui.common.UiFont;
import org.normdesk.ui.crash.CrashHandler;
import org.normdesk.service.settings.LanguageChoice;
import org.normdesk.ui.welcome.FirstRun;
import org.normdesk.ui.welcome.WelcomeChoices;
import org.normdesk.ui.welcome.WelcomeDialog;
import org.normdesk.ui.welcome.WelcomeViewModel;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.shell.RegisterOpener;
import org.normdesk.ui.task.FxTaskRunner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The desktop app: shows the main window at once and opens the register in the background; the window
 * fills in when the database is ready. This PC's preferences choose the language and whether the register is
 * the embedded one or a shared server (whose password is asked for first).
 */
public final class NormDeskApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(NormDeskApplication.class);
    private static volatile Path dataDir;
    private static volatile String language;
    private static volatile SmokeStart smoke;
    private static volatile Path packageToOpen;

    /** How long closing the app waits for background work to finish. */
    private static final Duration BACKGROUND_GRACE = Duration.ofSeconds(5);

    private ExecutorService executor;
    private MainWindow window;
    private DataFolder folder;
    private WorkstationPreferences preferences;
    private WorkstationPreferences.Values preferred;
    private boolean firstRun;

    /** Starts the GUI, ends it once it is up ({@code --smoke}) and returns the exit code. */
    public static int smokeAndWait(Path dataDirOption, String languageOption) {
        SmokeStart run = new SmokeStart(System.out, java.time.Duration.ofMinutes(2));
        smoke = run;
        launchAndWait(dataDirOption, languageOption);
        return run.exitCode();
    }

    /** Starts the GUI to import {@code file} (a double-clicked .ndpkg) once the register is open. */
    public static void launchAndWait(Path dataDirOption, String languageOption, Path file) {
        packageToOpen = file;
        launchAndWait(dataDirOption, languageOption);
    }

    /** Starts the GUI and returns when its last window closed. */
    public static void launchAndWait(Path dataDirOption, String languageOption) {
        dataDir = dataDirOption;
        language = languageOption;
        Application.launch(NormDeskApplication.class);
    }

    @Override
    public void init() {
        // on the launcher thread: the FX thread stays free of file work
        LOG.info("Start-up: toolkit up {} ms after the process started", StartupClock.sinceStart().toMillis());
        UiFont.loadBundled();
        LOG.info("Start-up: font loaded at {} ms", StartupClock.sinceStart().toMillis());
        folder = DataFolder.resolve(dataDir);
        firstRun = folder.isNew();
        preferences = WorkstationPreferences.of(folder);
        preferred = preferences.load();
    }

    /**
     * JavaFX labels its own parts (a text field's 剪切/复制/粘贴 menu, a date picker's months, built-in buttons) in the
     * JVM's default locale, which is the system's: on an English or C-locale system they would stay English inside a
     * Chinese window. The desktop app's default locale is therefore the language it shows.
     */
    private static void speakTheAppsLanguage(Messages messages) {
        Locale.setDefault(messages.locale());
    }

    @Override
    public void start(Stage stage) {
        // --lang wins over this PC's stored choice, which wins over the system's language
        Messages messages = Messages.load(Messages.chooseLocale(
                WorkstationPreferences.languageOverride(language, preferred), Locale.getDefault()));
        speakTheAppsLanguage(messages);
        Clock clock = Clock.systemDefaultZone();
        SmokeStart smokeRun = smoke;
        WelcomeChoices welcome = null;
        char[] newRegisterPassword = null;
        if (firstRun && smokeRun == null) {
            // starts in the language the app would use (--lang included); the user may change it there
            WelcomeViewModel welcomeVm = new WelcomeViewModel(LanguageChoice.fromCode(
                    WorkstationPreferences.languageOverride(language, preferred)), Locale.getDefault());
            // the welcome is the only window for now: closing it must not end the app
            Platform.setImplicitExit(false);
            welcome = new WelcomeDialog(welcomeVm, null).showAndWait().orElse(null);
            if (welcome != null) {
                newRegisterPassword = welcomeVm.registerPassword().orElse(null);
                messages = welcomeVm.messages();
                speakTheAppsLanguage(messages);
                LanguageChoice chosen = welcome.language();
                try {
                    preferences.update(v -> v.withLanguage(chosen));
                } catch (RuntimeException e) {
                    LOG.warn("The language chosen on first run could not be saved", e);
                }
            }
        }
        new CrashHandler(messages, folder.logFile(), () -> window == null ? null : window.window()).install();
        executor = FxTaskRunner.daemonPool();
        FxTaskRunner runner = new FxTaskRunner(executor);
        MainWindow.Prompts prompts = smokeRun != null ? smokeRun.prompts()
                // the welcome asked about the demo already; skipping it means an empty register
                : firstRun ? FirstRun.answered(welcome != null && welcome.loadDemo(), MainWindow.Prompts.dialogs(messages))
                : MainWindow.Prompts.dialogs(messages);
        window = new MainWindow(messages, runner, clock, DemoSource.shipped(), prompts, null,
                FileOpener.hostServices(getHostServices()), preferences);
        if (welcome != null) {
            FirstRun.saveWhenOpen(window, welcome, runner, messages);
        }
        if (packageToOpen != null && smokeRun == null) {
            window.openPackageOnceOpen(packageToOpen);
        }
        LOG.info("Start-up: main window built at {} ms", StartupClock.sinceStart().toMillis());
        window.viewModel().announceOpening();
        window.show(stage);
        Platform.setImplicitExit(true);
        if (smokeRun != null) {
            smokeRun.watch(window);
        }
        char[] encryptNew = newRegisterPassword;
        RegisterOpener opener = new RegisterOpener(window, folder, preferred, clock,
                smokeRun != null ? smokeRun.openerPrompts(messages) : RegisterOpener.Prompts.dialogs(messages));
        // The register opens once the first frame is out: on a 2-core office PC its work (H2, Flyway, jOOQ, the
        // search index, each loading hundreds of classes) would otherwise compete with the window's first paint.
        StartupClock.onFirstPaint(window.scene(), time -> {
            LOG.info("Main window painted {} ms after the process started", time.toMillis());
            Platform.runLater(encryptNew == null ? opener::open : () -> opener.openNewEncrypted(encryptNew));
        });
    }

    @Override
    public void stop() {
        // background work still running (the daily lifecycle job, a search index rebuild) gets a few seconds to end
        // its transaction: closing the register under it made H2 and Lucene log failures that were none
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(BACKGROUND_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.info("Closing the register while background work still runs");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // the window is gone; closing the database here keeps H2 from being cut off by System.exit
        if (window != null) {
            window.close();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
