package org.normdesk.ui.register;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normdesk.domain.common.DateRange;
import org.normdesk.domain.common.RelativePeriod;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.ValidityRules;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.search.SavedView;
import org.normdesk.service.search.SavedViewService;
import org.normdesk.service.search.SearchService;
import org.normdesk.service.search.ViewFilter;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * The register's own navigation, beside the table, each entry with its live count (like smart groups in a
 * reference manager): the evaluation reminders before expiry (评估: the months set under Settings → 有效期, by default
 * one, two and six months ahead) and the saved views. Clicking an entry shows its documents in the table; counts
 * and the reminders' months are read again whenever the register or the validity rules changed from this window.
 */
public final class RegisterNavigationViewModel {
    /** Reminder months that keep the names they had before the months became a setting. */
    private static final java.util.Map<Integer, RelativePeriod> NAMED_MONTHS = java.util.Map.of(
            1, RelativePeriod.NEXT_MONTH, 2, RelativePeriod.NEXT_2_MONTHS, 6, RelativePeriod.NEXT_6_MONTHS);

    private final SavedViewService views;
    private final Supplier<SearchService> search;
    private final RegisterViewModel register;
    private final Messages messages;
    private final TaskRunner runner;
    private final Clock clock;
    /** The reminder months in force, read off the FX thread at each count. */
    private Supplier<List<Integer>> reminderMonths = ValidityRules.DEFAULT::reminderMonths;

    private final ObservableList<Entry> reminders = FXCollections.observableArrayList();
    private final ObservableList<Entry> savedViews = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** Only the newest count may fill the lists: edits can come faster than counts finish. */
    private long generation;

    public RegisterNavigationViewModel(SavedViewService views, Supplier<SearchService> search,
                                       RegisterViewModel register, Messages messages, TaskRunner runner, Clock clock) {
        this.views = views;
        this.search = search;
        this.register = register;
        this.messages = messages;
        this.runner = runner;
        this.clock = clock;
        register.changesProperty().addListener((obs, old, now) -> refresh());
    }

    /** One entry: what it shows, how many documents that is now. {@code view} is null for a reminder. */
    public record Entry(String key, String name, int count, Scope scope, SavedView view) {
        public String label() {
            return name + "  " + count;
        }
    }

    /** Where the reminder months come from (the validity rules); read in the background at each refresh. */
    public void setReminderMonths(Supplier<List<Integer>> months) {
        this.reminderMonths = months;
    }

    /**
     * The filter of a reminder: documents in force whose validity ends within {@code months} of today. The named
     * periods stay relative (a view saved from them keeps meaning "from today"); other months are fixed dates.
     */
    static ViewFilter reminderFilter(int months, LocalDate today) {
        DocumentQuery inForce = DocumentQuery.all().withStatuses(EnumSet.of(LifecycleStatus.VALID,
                LifecycleStatus.AMENDED));
        RelativePeriod named = NAMED_MONTHS.get(months);
        return named != null ? ViewFilter.of(inForce).withValidUntilPeriod(named)
                : ViewFilter.of(inForce.withValidUntil(new DateRange(today, today.plusMonths(months))));
    }

    /** "两个月内到期"; the widest window is the evaluation (评估) window and says so. */
    String reminderName(int months, boolean evaluationWindow) {
        RelativePeriod named = NAMED_MONTHS.get(months);
        if (named == RelativePeriod.NEXT_6_MONTHS ? evaluationWindow : named != null) {
            return messages.get("nav.reminder." + named.name());
        }
        return messages.format(evaluationWindow ? "nav.reminder.months.evaluate" : "nav.reminder.months", months);
    }

    /** Reads every entry's count again, off the FX thread. */
    public void refresh() {
        long request = ++generation;
        runner.run(messages.get("nav.views.counting"), progress -> count(), counted -> {
            if (request == generation) {
                error.set("");
                reminders.setAll(counted.reminders());
                savedViews.setAll(counted.views());
            }
        }, failure -> error.set(ErrorText.of(failure, messages)));
    }

    private Counted count() {
        LocalDate today = LocalDate.now(clock);
        SearchService index = search.get();
        List<Entry> reminderEntries = new ArrayList<>();
        // nearest first; the rules keep them widest first, and the widest is the evaluation window
        List<Integer> months = reminderMonths.get().stream().sorted().toList();
        for (int m : months) {
            ViewFilter filter = reminderFilter(m, today);
            String name = reminderName(m, m == months.get(months.size() - 1));
            reminderEntries.add(new Entry("reminder:" + m, name, index.count(filter.on(today)),
                    Scope.view(messages.format("nav.reminder.scope", name), null, filter), null));
        }
        List<Entry> viewEntries = new ArrayList<>();
        for (SavedViewService.ViewCount counted : views.listWithCounts()) {
            SavedView v = counted.view();
            viewEntries.add(new Entry("view:" + v.id(), v.name(), counted.count(),
                    Scope.view(messages.format("nav.view.scope", v.name()), v.id(), v.filter()), v));
        }
        return new Counted(reminderEntries, viewEntries);
    }

    /** Shows the entry's documents in the table. */
    public void open(Entry entry) {
        if (entry != null) {
            register.applyScope(entry.scope());
        }
    }

    /** Saves the table's current filters (the view in scope, with the bar over it) as a view named {@code name}. */
    public void saveCurrentAs(String name, Runnable onSaved) {
        ViewFilter filter = register.viewFilter();
        runner.run(messages.get("nav.views.saving"), progress -> views.create(name, filter), saved -> {
            register.applyScope(Scope.view(messages.format("nav.view.scope", saved.name()), saved.id(),
                    saved.filter()));
            register.notifyUser(messages.format("nav.views.saved", saved.name()));
            onSaved.run();
            refresh();
        }, this::failed);
    }

    public void rename(Entry entry, String newName) {
        SavedView v = entry.view();
        runner.run(messages.get("nav.views.saving"), progress -> views.update(v.id(), v.version(), newName,
                v.filter()), renamed -> {
            Scope shown = register.scopeProperty().get();
            if (shown != null && Long.valueOf(v.id()).equals(shown.savedViewId())) {
                register.applyScope(Scope.view(messages.format("nav.view.scope", renamed.name()), renamed.id(),
                        renamed.filter()));
            }
            register.notifyUser(messages.format("nav.views.renamed", v.name(), renamed.name()));
            refresh();
        }, this::failed);
    }

    public void delete(Entry entry) {
        SavedView v = entry.view();
        runner.run(messages.get("nav.views.saving"), progress -> {
            views.delete(v.id());
            return v;
        }, deleted -> {
            Scope shown = register.scopeProperty().get();
            if (shown != null && Long.valueOf(v.id()).equals(shown.savedViewId())) {
                register.clearScope();
            }
            register.notifyUser(messages.format("nav.views.deleted", v.name()));
            refresh();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        String text = ErrorText.of(failure, messages);
        error.set(text);
        register.notifyUser(text);
    }

    public ObservableList<Entry> reminders() {
        return reminders;
    }

    public ObservableList<Entry> savedViews() {
        return savedViews;
    }

    /** Why the last save, rename, delete or count failed; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    private record Counted(List<Entry> reminders, List<Entry> views) {
    }
}
