package org.normdesk.ui.settings;

import org.normdesk.domain.calendar.DeadlineRule;
import org.normdesk.domain.filing.DeadlineKind;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.DeadlineSettings;
import org.normdesk.ui.task.TaskRunner;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** 期限: the four deadline rules of intake and review, checked together and saved together. */
public final class DeadlinesViewModel extends SettingsForm<Map<DeadlineKind, DeadlineRule>> {
    private final DeadlineSettings deadlines;
    private final List<DeadlineRow> rows = Arrays.stream(DeadlineKind.values()).map(DeadlineRow::new).toList();

    public DeadlinesViewModel(DeadlineSettings deadlines, Messages messages, TaskRunner runner,
                              Consumer<String> notifier) {
        super(messages, runner, notifier);
        this.deadlines = deadlines;
    }

    public void load() {
        load(messages.get("settings.deadlines.loading"), progress -> deadlines.rules());
    }

    @Override
    protected void show(Map<DeadlineKind, DeadlineRule> rules) {
        rows.forEach(row -> row.show(rules.get(row.kind())));
    }

    /** @return whether saving started (false when a row is wrong; its reason is under it) */
    public boolean save() {
        if (!mayChange()) {
            return false;
        }
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
            refuse(messages.format("settings.form.invalid", wrong));
            return false;
        }
        save(messages.get("settings.deadlines.saving"), progress -> {
            deadlines.saveAll(rules);
            return deadlines.rules();
        }, messages.get("settings.deadlines.saved"));
        return true;
    }

    /** One row per rule, in a fixed order. */
    public List<DeadlineRow> rows() {
        return rows;
    }

    public DeadlineRow row(DeadlineKind kind) {
        return rows.get(kind.ordinal());
    }
}
