package org.normdesk.ui.crash;

import javafx.application.Platform;
import javafx.stage.Window;
import org.normdesk.service.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Catches what nobody else caught, on any thread (the FX thread included): logs it and shows the error dialog
 * with a copyable report, instead of a stack trace in a console nobody sees. Errors while the dialog is open are
 * added to it, so a failing repaint cannot open a hundred windows.
 */
public final class CrashHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CrashHandler.class);

    private final Messages messages;
    private final Path logFile;
    private final Supplier<Window> owner;
    private CrashDialog open; // FX thread only
    private boolean showing;  // FX thread only: guards against an error raised by the dialog itself

    public CrashHandler(Messages messages, Path logFile, Supplier<Window> owner) {
        this.messages = messages;
        this.logFile = logFile;
        this.owner = owner;
    }

    /** Becomes the handler of every thread; call on the FX thread. Returns the handler it replaced. */
    public Thread.UncaughtExceptionHandler install() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
        return previous;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Unexpected error on thread {}", thread.getName(), error);
        CrashReport report = CrashReport.of(thread, error, logFile);
        try {
            // later, not now: the error may have come out of a layout or an animation, where a dialog may not open
            Platform.runLater(() -> show(report));
        } catch (IllegalStateException toolkitGone) {
            System.err.println(report.text());
        }
    }

    private void show(CrashReport report) {
        if (showing) {
            return; // already logged; the dialog itself failed
        }
        showing = true;
        try {
            if (open != null && open.isShowing()) {
                open.add(report);
            } else {
                open = new CrashDialog(messages, report, owner.get());
                open.show();
            }
        } catch (RuntimeException e) {
            LOG.error("The error dialog could not be shown", e);
        } finally {
            showing = false;
        }
    }
}
