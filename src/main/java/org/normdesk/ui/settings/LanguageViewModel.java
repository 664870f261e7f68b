package org.normdesk.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.LanguageChoice;
import org.normdesk.service.settings.WorkstationPreferences;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.util.function.Consumer;

/** 界面语言: follow the system, Chinese or English; stored on this PC and applied at its next start. */
public final class LanguageViewModel {
    private final WorkstationPreferences preferences;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<String> notifier;

    private final ObjectProperty<LanguageChoice> choice = new SimpleObjectProperty<>(this, "choice", LanguageChoice.SYSTEM);
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper(this, "formMessage", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public LanguageViewModel(WorkstationPreferences preferences, Messages messages, TaskRunner runner,
                             Consumer<String> notifier) {
        this.preferences = preferences;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
        choice.addListener((obs, old, now) -> formMessage.set(""));
    }

    public void load() {
        busy.set(true);
        runner.run(messages.get("settings.language.loading"), progress -> preferences.load(), values -> {
            busy.set(false);
            choice.set(values.language());
        }, failure -> {
            busy.set(false);
            formError.set(ErrorText.of(failure, messages));
        });
    }

    public boolean save() {
        LanguageChoice chosen = choice.get();
        if (busy.get() || chosen == null) {
            return false;
        }
        formMessage.set("");
        formError.set("");
        busy.set(true);
        runner.run(messages.get("settings.language.saving"), progress -> preferences.update(v -> v.withLanguage(chosen)),
                saved -> {
                    busy.set(false);
                    String done = messages.format("settings.language.saved", saved.language());
                    formMessage.set(done);
                    notifier.accept(done);
                }, failure -> {
                    busy.set(false);
                    formError.set(ErrorText.of(failure, messages));
                });
        return true;
    }

    /** The language this window shows now. */
    public String currentLanguage() {
        return messages.format("settings.language.current", messages.get("settings.language.name"));
    }

    public ObjectProperty<LanguageChoice> choiceProperty() {
        return choice;
    }

    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
