package org.normdesk.ui.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.ValidityRules;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.ValiditySettings;
import org.normdesk.ui.task.TaskRunner;

import java.util.function.Consumer;

/**
 * 有效期: the validity rules of the register — years for ordinary documents, years for 暂行 / 试行 documents, and
 * the months before the end at which evaluation reminders come. Checked as typed before saving; a wrong value is
 * named under the form and nothing is saved.
 */
public final class ValidityRulesViewModel extends SettingsForm<ValidityRules> {
    private final ValiditySettings settings;

    private final StringProperty defaultYears = new SimpleStringProperty(this, "defaultYears", "");
    private final StringProperty provisionalYears = new SimpleStringProperty(this, "provisionalYears", "");
    private final StringProperty reminderMonths = new SimpleStringProperty(this, "reminderMonths", "");

    public ValidityRulesViewModel(ValiditySettings settings, Messages messages, TaskRunner runner,
                                  Consumer<String> notifier) {
        super(messages, runner, notifier);
        this.settings = settings;
    }

    public void load() {
        load(messages.get("settings.validity.loading"), progress -> settings.rules());
    }

    @Override
    protected void show(ValidityRules rules) {
        defaultYears.set(String.valueOf(rules.defaultYears()));
        provisionalYears.set(String.valueOf(rules.provisionalYears()));
        reminderMonths.set(ValiditySettings.format(rules.reminderMonths()));
    }

    /** @return whether saving started (false when a value is wrong; the reason is under the form) */
    public boolean save() {
        if (!mayChange()) {
            return false;
        }
        ValidityRules rules;
        try {
            rules = ValiditySettings.parse(defaultYears.get(), provisionalYears.get(), reminderMonths.get());
        } catch (DomainException e) {
            refuse(messages.format(e));
            return false;
        }
        save(messages.get("settings.validity.saving"), progress -> {
            settings.save(rules);
            return settings.rules();
        }, messages.get("settings.validity.saved"));
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
}
