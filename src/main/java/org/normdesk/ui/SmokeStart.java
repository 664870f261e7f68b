package org.normdesk.ui;

import javafx.application.Platform;
import javafx.stage.Window;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.shell.MainWindow;
import org.normdesk.ui.shell.RegisterOpener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code normdesk --smoke}: the real start-up, without anyone to answer its questions. It ends the app once the
 * main window has painted and the register is open, and says how long each took; the exit code tells a script
 * (CI, the start-up benchmark) whether the app started: 0 yes, 2 the register did not open, 3 not in time.
 */
public final class SmokeStart {
    public static final int STARTED = 0;
    public static final int REGISTER_FAILED = 2;
    public static final int TIMED_OUT = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SmokeStart.class);

    private final PrintStream out;
    private final Duration timeout;
    private volatile int exitCode = TIMED_OUT;
    private volatile boolean finished;
    private Duration firstPaint;
    private Duration firstPaintCpu;

    public SmokeStart(PrintStream out, Duration timeout) {
        this.out = out;
        this.timeout = timeout;
    }

    /** Watches {@code window} (shown, its register being opened); call on the FX thread right after showing it. */
    public void watch(MainWindow window) {
        StartupClock.onFirstPaint(window.scene(), time -> {
            firstPaint = time;
            firstPaintCpu = StartupClock.cpuTime().orElse(null);
        });
        window.viewModel().workspaceProperty().addListener((obs, old, workspace) -> {
            if (workspace != null) {
                // one more pulse, so the register view is laid out before the app ends
                Platform.runLater(() -> finish(STARTED, "smoke: first paint " + millis(firstPaint)
                        + " ms (cpu " + millis(firstPaintCpu) + " ms), register open " + millis(StartupClock.sinceStart()) + " ms after the process started ("
                        + workspace.info().kind() + ", " + workspace.info().documents() + " documents)"
                        + residentMemory().map(mb -> ", resident " + mb + " MB").orElse("")));
            }
        });
        Thread timer = new Thread(() -> {
            try {
                Thread.sleep(timeout.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            Platform.runLater(() -> finish(TIMED_OUT, "smoke: not started within " + timeout.toSeconds()
                    + " s (first paint " + (firstPaint == null ? "never" : millis(firstPaint) + " ms") + ")"));
        }, "normdesk-smoke-timeout");
        timer.setDaemon(true);
        timer.start();
    }

    private synchronized void finish(int code, String line) {
        if (finished) {
            return;
        }
        finished = true;
        exitCode = code;
        out.println(line);
        out.flush();
        if (code == STARTED) {
            LOG.info(line);
        } else {
            LOG.error(line);
        }
        Platform.exit();
    }

    public int exitCode() {
        return exitCode;
    }

    /** Nobody answers: no demo register, and an error ends the smoke start instead of waiting in a dialog. */
    public MainWindow.Prompts prompts() {
        return new MainWindow.Prompts() {
            @Override
            public boolean offerDemo(Window owner) {
                return false;
            }

            @Override
            public void openFailed(Window owner, String message) {
                finish(REGISTER_FAILED, "smoke: the register did not open: " + message);
            }
        };
    }

    /** A shared register needs a password nobody types: this PC's own register is opened instead. */
    public RegisterOpener.Prompts openerPrompts(Messages messages) {
        return new RegisterOpener.Prompts() {
            @Override
            public Optional<String> password(Window owner, String url, String user) {
                return Optional.empty();
            }

            @Override
            public boolean retryShared(Window owner, String url, String message) {
                return false;
            }

            @Override
            public String usingLocal() {
                return messages.get("startup.usingLocal");
            }
        };
    }

    /** This process's resident memory (Linux: VmRSS of /proc/self/status); empty elsewhere. */
    static Optional<Long> residentMemory() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst();
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long millis(Duration d) {
        return d == null ? -1 : d.toMillis();
    }
}
