package org.normdesk.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.normdesk.service.Progress;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Runs jobs on the calling thread without JavaFX's toolkit, for view-model tests. With {@link #deferred()}
 * jobs wait until the test runs them, in any order, to check what happens when answers arrive late.
 */
public final class InlineTaskRunner implements TaskRunner {
    private final boolean deferred;
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private InlineTaskRunner(boolean deferred) {
        this.deferred = deferred;
    }

    public static InlineTaskRunner immediate() {
        return new InlineTaskRunner(false);
    }

    public static InlineTaskRunner deferred() {
        return new InlineTaskRunner(true);
    }

    @Override
    public <T> void run(String description, BackgroundJob<T> job, Consumer<? super T> onSuccess,
                       Consumer<? super Throwable> onFailure) {
        Runnable work = () -> {
            T value;
            try {
                value = job.call(Progress.NONE);
            } catch (Throwable t) {
                onFailure.accept(t);
                return;
            }
            onSuccess.accept(value);
        };
        if (deferred) {
            pending.add(work);
        } else {
            work.run();
        }
    }

    public int pending() {
        return pending.size();
    }

    /** Finishes the newest waiting job first. */
    public void runNewest() {
        pending.removeLast().run();
    }

    public void runOldest() {
        pending.removeFirst().run();
    }

    public void runAll() {
        while (!pending.isEmpty()) {
            runOldest();
        }
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
}
