package org.normdesk.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.BackgroundJob;
import org.normdesk.ui.task.TaskRunner;

import java.util.function.Consumer;

/**
 * What the settings forms share: the stored values are read and saved in the background (busy meanwhile), shown
 * once read, a sentence under the form after a save (also told to the app's status line) and the reason under it
 * after a failure.
 *
 * @param <T> what the form reads and saves
 */
public abstract class SettingsForm<T> {
    protected final Messages messages;
    protected final TaskRunner runner;
    private final Consumer<String> notifier;

    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper(this, "formMessage", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    protected SettingsForm(Messages messages, TaskRunner runner, Consumer<String> notifier) {
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
    }

    /** Shows what was read or stored. Called on the FX thread. */
    protected abstract void show(T value);

    /** Reads the stored values in the background and shows them. */
    protected final void load(String description, BackgroundJob<T> read) {
        task(description, read, value -> { });
    }

    /**
     * Runs {@code job} in the background, busy meanwhile; then shows its answer, counts the form as loaded and runs
     * {@code then}. A failure is said under the form.
     */
    protected final void task(String description, BackgroundJob<T> job, Consumer<T> then) {
        busy.set(true);
        runner.run(description, job, value -> {
            busy.set(false);
            show(value);
            loaded.set(true);
            then.accept(value);
        }, failure -> {
            busy.set(false);
            formError.set(ErrorText.of(failure, messages));
        });
    }

    /** Saves in the background, then shows what was stored and says {@code done}. */
    protected final void save(String description, BackgroundJob<T> write, String done) {
        task(description, write, value -> said(done));
    }

    /** False while the form is busy or not read yet; otherwise the form's last message and error are cleared. */
    protected final boolean mayChange() {
        if (busy.get() || !loaded.get()) {
            return false;
        }
        clear();
        return true;
    }

    /** Clears the sentence and the reason under the form. */
    protected final void clear() {
        formMessage.set("");
        clearError();
    }

    /** Clears the reason under the form. */
    protected final void clearError() {
        formError.set("");
    }

    /** Says {@code done} under the form and in the app's status line. */
    protected final void said(String done) {
        formMessage.set(done);
        notifier.accept(done);
    }

    /** Says why the form was not saved. */
    protected final void refuse(String reason) {
        formError.set(reason);
    }

    /** Said after a successful save. */
    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    /** How many fields are wrong, or why saving failed. */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
