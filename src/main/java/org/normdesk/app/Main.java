package org.normdesk.app;

import org.normdesk.cli.NormDeskCommand;
import org.normdesk.ui.NormDeskApplication;

import java.time.Clock;

/**
 * Entry point of the jar and the installer: the {@code normdesk} command line, which starts the desktop app
 * when no subcommand is given. Not an {@code Application} subclass, so it starts from a plain classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        NormDeskCommand root = new NormDeskCommand(NormDeskApplication::launchAndWait, Clock.systemDefaultZone());
        int exitCode = NormDeskCommand.run(root, args);
        System.exit(exitCode);
    }
}
