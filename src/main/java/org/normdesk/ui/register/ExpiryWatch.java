package org.normdesk.ui.register;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.LifecycleService;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Automatic expiry while the app runs: once when the register opens and again on the first check of every new
 * day, documents whose effective date has come become 现行有效 and documents whose validity has ended become
 * 已失效 ({@link LifecycleService#applyDue()}, off the FX thread).
 * What changed is handed to {@code onExpired}; a run that changed nothing says nothing.
 */
public final class ExpiryWatch {
    /** How often the watch looks whether the day has changed. */
    public static final Duration DEFAULT_CHECK_EVERY = Duration.minutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(ExpiryWatch.class);

    private final LifecycleService lifecycle;
    private final Messages messages;
    private final TaskRunner runner;
    private final Clock clock;
    private final Consumer<LifecycleService.DailyRun> onExpired;
    private final Consumer<String> onFailed;
    private Timeline timer;
    private LocalDate lastRun;
    private boolean running;
    /** A {@link #runAgain()} asked for while a run was going on. */
    private boolean again;

    public ExpiryWatch(LifecycleService lifecycle, Messages messages, TaskRunner runner, Clock clock,
                       Consumer<LifecycleService.DailyRun> onExpired, Consumer<String> onFailed) {
        this.lifecycle = lifecycle;
        this.messages = messages;
        this.runner = runner;
        this.clock = clock;
        this.onExpired = onExpired;
        this.onFailed = onFailed;
    }

    /** Runs now, then checks every {@code checkEvery} whether a new day has begun. Call on the FX thread. */
    public void start(Duration checkEvery) {
        stop();
        check();
        timer = new Timeline(new KeyFrame(checkEvery, e -> check()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    public void stop() {
        // a run asked for after bulk work is not started on a register that is closing
        again = false;
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }

    /**
     * Runs again today, after documents came in in bulk (the demo register, a ledger, an exchange package): their
     * effective dates and validities may already be past, and the register must not show them as they were on paper
     * until tomorrow's run. If a run is going on, the new one follows it. Call on the FX thread.
     */
    public void runAgain() {
        if (running) {
            again = true;
            return;
        }
        lastRun = null;
        check();
    }

    private void runPendingAgain() {
        if (again) {
            again = false;
            runAgain();
        }
    }

    /** Expires what is due unless this day's run has already happened (or is running). */
    public void check() {
        LocalDate today = LocalDate.now(clock);
        if (running || today.equals(lastRun)) {
            return;
        }
        running = true;
        runner.run(messages.get("expiry.running"), progress -> lifecycle.applyDue(), changed -> {
            running = false;
            lastRun = today;
            if (!changed.isEmpty()) {
                onExpired.accept(changed);
            }
            runPendingAgain();
        }, failure -> {
            running = false;
            if (failure instanceof DomainException e && "job.locked".equals(e.messageKey())) {
                // another workstation of the shared register is doing today's run
                lastRun = today;
                LOG.info("Expiry left to the workstation that holds the lock: {}", e.getMessage());
            } else {
                LOG.warn("Automatic expiry failed; it is tried again at the next check", failure);
                onFailed.accept(messages.format("expiry.failed", ErrorText.of(failure, messages)));
            }
            runPendingAgain();
        });
    }
}
