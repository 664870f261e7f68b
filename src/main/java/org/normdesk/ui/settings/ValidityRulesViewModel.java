package org.normdesk.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.ValidityRules;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.ValiditySettings;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.util.function.Consumer;

/**
 * 有效期: the validity rules of the register — years for ordinary documents, years for 暂行 / 试行 documents, and
 * the months before the end at which evaluation reminders come. Checked as typed before saving; a wrong value is
 * named under the form and nothing is saved.
 */
public final class ValidityRulesViewModel {
    private final ValiditySettings settings;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<String> notifier;

    private final StringProperty defaultYears = new SimpleStringProperty(this, "defaultYears", "");
    private final StringProperty provisionalYears = new SimpleStringProperty(this, "provisionalYears", "");
    private final StringProperty reminderMonths = new SimpleStringProperty(this, "reminderMonths", "");
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper(this, "formMessage", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    public ValidityRulesViewModel(ValiditySettings settings, Messages messages, TaskRunner runner,
                                  Consumer<String> notifier) {
        this.settings = settings;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
    }

    public void load() {
        busy.set(true);
        runner.run(messages.get("settings.validity.loading"), progress -> settings.rules(), rules -> {
            busy.set(false);
            show(rules);
            loaded.set(true);
        }, failure -> {
            busy.set(false);
            formError.set(ErrorText.of(failure, messages));
        });
    }

    private void show(ValidityRules rules) {
        defaultYears.set(String.valueOf(rules.defaultYears()));
        provisionalYears.set(String.valueOf(rules.provisionalYears()));
        reminderMonths.set(ValiditySettings.format(rules.reminderMonths()));
    }

    /** @return whether saving started (false when a value is wrong; the reason is under the form) */
    public boolean save() {
        if (busy.get() || !loaded.get()) {
            return false;
        }
        formMessage.set("");
        formError.set("");
        ValidityRules rules;
        try {
            rules = ValiditySettings.parse(defaultYears.get(), provisionalYears.get(), reminderMonths.get());
        } catch (DomainException e) {
            formError.set(messages.format(e));
            return false;
        }
        busy.set(true);
        runner.run(messages.get("settings.validity.saving"), progress -> {
            settings.save(rules);
            return settings.rules();
        }, saved -> {
            busy.set(false);
            show(saved);
            formMessage.set(messages.get("settings.validity.saved"));
            notifier.accept(messages.get("settings.validity.saved"));
        }, failure -> {
            busy.set(false);
            formError.set(ErrorText.of(failure, messages));
        });
        return true;
    }

    public StringProperty defaultYearsProperty() {
        return defaultYears;
    }

    public StringProperty provisionalYearsProperty() {
        return provisionalYears;
    }

    public StringProperty reminderMonthsProperty() {
        return reminderMonths;
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

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
