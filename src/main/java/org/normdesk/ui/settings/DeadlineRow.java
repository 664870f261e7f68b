package org.normdesk.ui.settings;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.normdesk.domain.calendar.DeadlineRule;
import org.normdesk.domain.calendar.DeadlineStart;
import org.normdesk.domain.calendar.DeadlineUnit;
import org.normdesk.domain.common.TextNormalizer;
import org.normdesk.domain.filing.DeadlineKind;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.DeadlineSettings;

/** One deadline rule as edited: the count stays text as typed until it is checked. */
public final class DeadlineRow {
    private final DeadlineKind kind;
    private final ReadOnlyObjectWrapper<DeadlineStart> start = new ReadOnlyObjectWrapper<>(this, "start");
    private final StringProperty count = new SimpleStringProperty(this, "count", "");
    private final ObjectProperty<DeadlineUnit> unit = new SimpleObjectProperty<>(this, "unit");
    private final BooleanProperty roll = new SimpleBooleanProperty(this, "roll");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding rollApplies = unit.isEqualTo(DeadlineUnit.CALENDAR_DAYS);

    DeadlineRow(DeadlineKind kind) {
        this.kind = kind;
        count.addListener((obs, old, now) -> error.set(""));
        unit.addListener((obs, old, now) -> error.set(""));
    }

    void show(DeadlineRule rule) {
        if (rule == null) {
            return;
        }
        start.set(rule.start());
        count.set(String.valueOf(rule.count()));
        unit.set(rule.unit());
        roll.set(rule.rollToNextWorkingDay());
        error.set("");
    }

    /** The rule as entered, or null after putting the reason under the row. */
    DeadlineRule rule(Messages messages) {
        String typed = TextNormalizer.fold(count.get() == null ? "" : count.get()).strip();
        int days;
        try {
            days = Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 1 || days > DeadlineSettings.MAX_DAYS) {
            error.set(messages.format("settings.deadlines.count.invalid", String.valueOf(DeadlineSettings.MAX_DAYS)));
            return null;
        }
        if (unit.get() == null) {
            error.set(messages.get("settings.deadlines.unit.missing"));
            return null;
        }
        if (start.get() == null) {
            error.set(messages.get("settings.deadlines.notLoaded"));
            return null;
        }
        return new DeadlineRule(days, unit.get(), start.get(), roll.get());
    }

    public DeadlineKind kind() {
        return kind;
    }

    /** The event the deadline runs from; fixed for each kind. */
    public ReadOnlyObjectProperty<DeadlineStart> startProperty() {
        return start.getReadOnlyProperty();
    }

    public StringProperty countProperty() {
        return count;
    }

    public ObjectProperty<DeadlineUnit> unitProperty() {
        return unit;
    }

    /** Whether a last day off moves to the next working day; only calendar-day rules can say no. */
    public BooleanProperty rollProperty() {
        return roll;
    }

    public BooleanBinding rollAppliesProperty() {
        return rollApplies;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
