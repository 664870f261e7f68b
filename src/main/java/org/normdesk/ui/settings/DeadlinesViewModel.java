package org.normdesk.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.normdesk.domain.calendar.DeadlineRule;
import org.normdesk.domain.filing.DeadlineKind;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.DeadlineSettings;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** 期限: the four deadline rules of intake and review, checked together and saved together. */
public final class DeadlinesViewModel {
    private final DeadlineSettings deadlines;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<String> notifier;
    private final List<DeadlineRow> rows = Arrays.stream(DeadlineKind.values()).map(DeadlineRow::new).toList();

    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper(this, "formMessage", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    public DeadlinesViewModel(DeadlineSettings deadlines, Messages messages, TaskRunner runner,
                              Consumer<String> notifier) {
        this.deadlines = deadlines;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
    }

    public void load() {
        busy.set(true);
        runner.run(messages.get("settings.deadlines.loading"), progress -> deadlines.rules(), rules -> {
            busy.set(false);
            show(rules);
            loaded.set(true);
        }, failure -> {
            busy.set(false);
            formError.set(ErrorText.of(failure, messages));
        });
    }

    private void show(Map<DeadlineKind, DeadlineRule> rules) {
        rows.forEach(row -> row.show(rules.get(row.kind())));
    }

    /** @return whether saving started (false when a row is wrong; its reason is under it) */
    public boolean save() {
        if (busy.get() || !loaded.get()) {
            return false;
        }
        formMessage.set("");
        formError.set("");
        Map<DeadlineKind, DeadlineRule> rules = new EnumMap<>(DeadlineKind.class);
        int wrong = 0;
        for (DeadlineRow row : rows) {
            DeadlineRule rule = row.rule(messages);
            if (rule == null) {
                wrong++;
            } else {
                rules.put(row.kind(), rule);
            }
        }
        if (wrong > 0) {
            formError.set(messages.format("settings.form.invalid", wrong));
            return false;
        }
        busy.set(true);
        runner.run(messages.get("settings.deadlines.saving"), progress -> {
            deadlines.saveAll(rules);
            return deadlines.rules();
        }, saved -> {
            busy.set(false);
            show(saved);
            formMessage.set(messages.get("settings.deadlines.saved"));
            notifier.accept(messages.get("settings.deadlines.saved"));
        }, failure -> {
            busy.set(false);
            formError.set(ErrorText.of(failure, messages));
        });
        return true;
    }

    /** One row per rule, in a fixed order. */
    public List<DeadlineRow> rows() {
        return rows;
    }

    public DeadlineRow row(DeadlineKind kind) {
        return rows.get(kind.ordinal());
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

    public Messages messages() {
        return messages;
    }
}
