package org.normdesk.app;

import org.normdesk.cli.NormDeskCommand;
import org.normdesk.service.DataFolder;
import org.normdesk.ui.NormDeskApplication;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Entry point of the jar and the installer: the {@code normdesk} command line, which starts the desktop app
 * when no subcommand is given. Not an {@code Application} subclass, so it starts from a plain classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        NormDeskCommand root = new NormDeskCommand(new DesktopLauncher(), Clock.systemDefaultZone());
        int exitCode = NormDeskCommand.run(root, args);
        System.exit(exitCode);
    }

    /** The desktop app writes its rolling log into the data folder; the CLI does not. */
    private static final class DesktopLauncher implements NormDeskCommand.GuiLauncher {
        @Override
        public void launch(Path dataDir, String language) {
            startLog(dataDir);
            NormDeskApplication.launchAndWait(dataDir, language);
        }

        @Override
        public void launch(Path dataDir, String language, Path file) {
            startLog(dataDir);
            NormDeskApplication.launchAndWait(dataDir, language, file);
        }

        @Override
        public int smoke(Path dataDir, String language) {
            startLog(dataDir);
            return NormDeskApplication.smokeAndWait(dataDir, language);
        }

        private static void startLog(Path dataDir) {
            DataFolder folder = DataFolder.resolve(dataDir);
            try {
                LogFile.install(folder.logFile());
            } catch (RuntimeException e) {
                // a read-only folder must not keep the app from starting; the console log still works
                System.err.println("NormDesk: no log file in " + folder.logs() + ": " + e);
            }
        }
    }
}
