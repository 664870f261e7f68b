package org.normdesk.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.util.function.Consumer;

/**
 * Runs background work for the view-models and reports it to the status bar. View-models only see this
 * interface, so their tests run the work inline without a stage; the app runs it as a {@code Task} on an
 * executor ({@link FxTaskRunner}).
 */
public interface TaskRunner {

    /**
     * Starts {@code job} away from the FX thread; exactly one of the callbacks runs afterwards, on the FX thread.
     *
     * @param description what the status bar shows while it runs
     */
    <T> void run(String description, BackgroundJob<T> job, Consumer<? super T> onSuccess,
                 Consumer<? super Throwable> onFailure);

    /** True while any job runs. */
    ReadOnlyBooleanProperty busyProperty();

    /** Progress of the latest running job, 0..1, or -1 while it has not said how far it is. */
    ReadOnlyDoubleProperty progressProperty();

    /** Description or progress message of the latest running job; empty when idle. */
    ReadOnlyStringProperty messageProperty();
}
