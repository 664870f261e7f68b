package org.normdesk.ui.common;

import javafx.application.HostServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a file the app wrote (a printed letter) with the OS's default application. Injected, so that tests
 * record what would be opened instead of starting a PDF viewer; called off the FX thread.
 */
@FunctionalInterface
public interface FileOpener {
    /** Opens {@code file}; throws when the system has no application for it. */
    void open(Path file) throws IOException;

    /** Through JavaFX's host services (xdg-open, the Windows shell, macOS open): what the app uses. */
    static FileOpener hostServices(HostServices services) {
        return file -> services.showDocument(file.toUri().toString());
    }

    /**
     * Through {@code java.awt.Desktop}; on a headless JVM (tests, servers) it opens nothing and only logs, so a
     * build never starts a viewer.
     */
    static FileOpener desktop() {
        return file -> {
            if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                    || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                LoggerFactory.getLogger(FileOpener.class).info("Not opening {}: no desktop to open it on", file);
                return;
            }
            Desktop.getDesktop().open(file.toFile());
        };
    }

    /** Opens nothing. */
    static FileOpener none() {
        return file -> {
            Logger log = LoggerFactory.getLogger(FileOpener.class);
            log.debug("Not opening {}", file);
        };
    }
}
