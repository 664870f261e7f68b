package org.normdesk.ui.upward;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.service.upward.UpwardService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.task.TaskRunner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The dashboard's upward items: own documents not yet sent to a body above that are overdue or due within
 * {@value UpwardRow#DUE_SOON_DAYS} days, most urgent first, each with its number of days.
 */
public final class UpwardDueViewModel {
    private final UpwardService upward;
    private final Messages messages;
    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableList<UpwardFiling> items = FXCollections.observableArrayList();
    private final IntegerProperty overdue = new SimpleIntegerProperty();

    public UpwardDueViewModel(UpwardService upward, Messages messages, TaskRunner runner, Clock clock) {
        this.upward = upward;
        this.messages = messages;
        this.runner = runner;
        this.clock = clock;
    }

    public void refresh() {
        runner.run(messages.get("upward.due.loading"), progress -> upward.due(UpwardRow.DUE_SOON_DAYS), due -> {
            items.setAll(due);
            LocalDate today = LocalDate.now(clock);
            overdue.set((int) due.stream().filter(f -> f.dueDate().isBefore(today)).count());
        }, failure -> items.clear());
    }

    /** 超期 3 天 · 省人民政府 · 《濮阳市城市绿化管理办法》. */
    public String caption(UpwardFiling f) {
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), f.dueDate());
        String when = days < 0 ? messages.format("upward.days.overdue", -days)
                : days == 0 ? messages.get("upward.days.today") : messages.format("upward.days.left", days);
        return messages.format("upward.due.item", when, f.destination(), f.documentTitle());
    }

    public boolean overdue(UpwardFiling f) {
        return f.dueDate().isBefore(LocalDate.now(clock));
    }

    public String countText() {
        return messages.format("upward.due.count", items.size(), overdue.get());
    }

    public ObservableList<UpwardFiling> items() {
        return items;
    }

    public IntegerProperty overdueProperty() {
        return overdue;
    }

    public Messages messages() {
        return messages;
    }
}
