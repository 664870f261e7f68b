package org.normdesk.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.FileOpener;
import org.normdesk.ui.common.UiFont;
import org.normdesk.ui.shell.DemoSource;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.task.FxTaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

/**
 * The desktop app: shows the main window at once and opens the register in the background; the window
 * fills in when the database is ready.
 */
public final class NormDeskApplication extends Application {
    private static volatile Path dataDir;
    private static volatile String language;

    private ExecutorService executor;
    private MainWindow window;

    /** Starts the GUI and returns when its last window closed. */
    public static void launchAndWait(Path dataDirOption, String languageOption) {
        dataDir = dataDirOption;
        language = languageOption;
        Application.launch(NormDeskApplication.class);
    }

    @Override
    public void init() {
        UiFont.loadBundled(); // on the launcher thread: the FX thread stays free of file work
    }

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.load(Messages.chooseLocale(language, Locale.getDefault()));
        Clock clock = Clock.systemDefaultZone();
        executor = FxTaskRunner.daemonPool();
        Path folder = dataDir;
        DataFolder data = DataFolder.resolve(folder);
        window = new MainWindow(messages, new FxTaskRunner(executor), clock, DemoSource.shipped(),
                MainWindow.Prompts.dialogs(messages), data.root().resolve("exports"),
                FileOpener.hostServices(getHostServices()));
        window.show(stage);
        window.open(progress -> Workspace.openEmbedded(data.ensureExists(), clock));
    }

    @Override
    public void stop() {
        // the window is gone; closing the database here keeps H2 from being cut off by System.exit
        if (window != null) {
            window.close();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
