package org.normdesk.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Wraps each job in a {@link Task} and hands it to the injected executor. Tests pass {@code Runnable::run},
 * which runs the task at once; the app passes {@link #daemonPool()}.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final Executor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private int running;
    private Task<?> latest;

    public FxTaskRunner(Executor executor) {
        this.executor = executor;
    }

    /** Background threads that never keep the JVM alive after the last window closed. */
    public static ExecutorService daemonPool() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "normdesk-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(String description, BackgroundJob<T> job, Consumer<? super T> onSuccess,
                       Consumer<? super Throwable> onFailure) {
        JobTask<T> task = new JobTask<>(description, job);
        task.setOnSucceeded(e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            LOG.debug("{} failed", description, task.getException());
            onFailure.accept(task.getException());
        });
        started(task);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closing) {
            // the app is closing: a job's follow-up (a list refresh after the lifecycle job) has nothing left to do
            finished(task);
            LOG.debug("{} not started: the app is closing", description);
        }
    }

    // called on the FX thread only (run() is called by view-models from FX event handlers)
    private void started(Task<?> task) {
        running++;
        latest = task;
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        busy.set(true);
    }

    private void finished(Task<?> task) {
        running--;
        if (task == latest || running == 0) {
            progress.unbind();
            message.unbind();
            progress.set(0);
            message.set("");
        }
        busy.set(running > 0);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private static final class JobTask<T> extends Task<T> {
        private final String description;
        private final BackgroundJob<T> job;

        JobTask(String description, BackgroundJob<T> job) {
            this.description = description;
            this.job = job;
            updateMessage(description);
            updateProgress(-1, 1);
        }

        @Override
        protected T call() throws Exception {
            return job.call((done, total, detail) -> {
                updateProgress(done, total);
                updateMessage(detail == null || detail.isBlank() ? description : description + " " + detail);
            });
        }
    }
}
