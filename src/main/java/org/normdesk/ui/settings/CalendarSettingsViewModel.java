package org.normdesk.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normdesk.domain.calendar.DayKind;
import org.normdesk.domain.calendar.WorkCalendar;
import org.normdesk.domain.calendar.YearRange;
import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.calendar.CalendarData;
import org.normdesk.service.calendar.CalendarService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.task.TaskRunner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * 工作日历: which years the national holiday data covers and where it came from, the locality's own days off
 * and extra working days, and a date check that says whether a day is a working day and why.
 */
public final class CalendarSettingsViewModel extends SettingsForm<CalendarSettingsViewModel.Snapshot> {
    private final CalendarService calendar;
    private final Supplier<CalendarData> national;
    private final LocalDate today;
    private volatile CalendarData nationalData;
    private WorkCalendar current;

    private final ReadOnlyStringWrapper coverage = new ReadOnlyStringWrapper(this, "coverage", "");
    private final ReadOnlyStringWrapper coverageWarning = new ReadOnlyStringWrapper(this, "coverageWarning", "");
    private final ObservableList<LocalDayRow> localDays = FXCollections.observableArrayList();

    private final StringProperty newDate = new SimpleStringProperty(this, "newDate", "");
    private final ObjectProperty<LocalDayType> newType = new SimpleObjectProperty<>(this, "newType", LocalDayType.DAY_OFF);
    private final StringProperty newNote = new SimpleStringProperty(this, "newNote", "");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper(this, "dateError", "");
    private final ReadOnlyStringWrapper typeError = new ReadOnlyStringWrapper(this, "typeError", "");
    private final ReadOnlyStringWrapper noteError = new ReadOnlyStringWrapper(this, "noteError", "");

    private final StringProperty checkDate = new SimpleStringProperty(this, "checkDate", "");
    private final ReadOnlyStringWrapper checkResult = new ReadOnlyStringWrapper(this, "checkResult", "");
    private final ReadOnlyStringWrapper checkError = new ReadOnlyStringWrapper(this, "checkError", "");

    /** @param national the shipped national calendar with its source; read off the FX thread, once */
    public CalendarSettingsViewModel(CalendarService calendar, Supplier<CalendarData> national, Messages messages,
                                     TaskRunner runner, Consumer<String> notifier, Clock clock) {
        super(messages, runner, notifier);
        this.calendar = calendar;
        this.national = national;
        this.today = LocalDate.now(clock);
        newDate.addListener((obs, old, now) -> dateError.set(""));
        newType.addListener((obs, old, now) -> {
            typeError.set("");
            dateError.set("");
        });
        newNote.addListener((obs, old, now) -> noteError.set(""));
        checkDate.addListener((obs, old, now) -> {
            checkError.set("");
            checkResult.set("");
        });
    }

    public void load() {
        run(messages.get("settings.calendar.loading"), () -> { }, snapshot -> { });
    }

    private Snapshot snapshot() {
        if (nationalData == null) {
            nationalData = national.get();
        }
        return new Snapshot(nationalData, calendar.calendar(), calendar.localDays());
    }

    private void run(String description, Runnable change, Consumer<Snapshot> then) {
        task(description, progress -> {
            change.run();
            return snapshot();
        }, then);
    }

    @Override
    protected void show(Snapshot s) {
        current = s.calendar();
        YearRange years = s.calendar().coverage();
        coverage.set(messages.format("settings.calendar.coverage", String.valueOf(years.first()),
                String.valueOf(years.last()), s.national().source(), s.national().sourceVersion(),
                s.national().extractedOn()));
        coverageWarning.set(years.contains(today) ? ""
                : messages.format("settings.calendar.beyond", String.valueOf(today.getYear()),
                String.valueOf(years.first()), String.valueOf(years.last())));
        localDays.setAll(s.notes().entrySet().stream().map(e -> {
            LocalDayType type = s.calendar().localWorkingDays().contains(e.getKey())
                    ? LocalDayType.WORKING_DAY : LocalDayType.DAY_OFF;
            return new LocalDayRow(e.getKey(), type, messages.label(type), weekday(e.getKey()), e.getValue());
        }).sorted(java.util.Comparator.comparing(LocalDayRow::date)).toList());
    }

    /** Adds the day in the form; every field must be filled and the day must change something. */
    public boolean add() {
        if (!mayChange()) {
            return false;
        }
        int wrong = 0;
        LocalDate date = null;
        try {
            date = DateParser.parseDay(newDate.get());
        } catch (DomainException e) {
            dateError.set(messages.format(e));
            wrong++;
        }
        LocalDayType type = newType.get();
        if (type == null) {
            typeError.set(messages.get("settings.calendar.type.missing"));
            wrong++;
        }
        String note = newNote.get() == null ? "" : newNote.get().strip();
        if (note.isEmpty()) {
            noteError.set(messages.get("settings.calendar.note.blank"));
            wrong++;
        }
        if (date != null && type != null) {
            DayKind otherwise = withoutLocal(date).dayKind(date);
            if (otherwise.isWorking() == type.working()) {
                dateError.set(messages.format(type.working() ? "settings.calendar.alreadyWorking"
                        : "settings.calendar.alreadyOff", date, otherwise));
                wrong++;
            }
        }
        if (wrong > 0) {
            refuse(messages.format("settings.form.invalid", wrong));
            return false;
        }
        LocalDate day = date;
        run(messages.get("settings.calendar.saving"), () -> calendar.putLocalDay(day, type.working(), note), s -> {
            String done = messages.format("settings.calendar.added", day, type);
            newDate.set("");
            newNote.set("");
            said(done);
        });
        return true;
    }

    public void remove(LocalDayRow row) {
        if (row == null || busyProperty().get()) {
            return;
        }
        clear();
        run(messages.get("settings.calendar.saving"), () -> calendar.removeLocalDay(row.date()), s -> {
            String done = messages.format("settings.calendar.removed", row.date(), row.type());
            said(done);
        });
    }

    /** Says whether the date in the check field is a working day, and why. */
    public void check() {
        checkResult.set("");
        checkError.set("");
        if (current == null) {
            return;
        }
        LocalDate date;
        try {
            date = DateParser.parseDay(checkDate.get());
        } catch (DomainException e) {
            checkError.set(messages.format(e));
            return;
        }
        DayKind kind = current.dayKind(date);
        String detail = switch (kind) {
            case PUBLIC_HOLIDAY -> current.holidayName(date).orElse("");
            case LOCAL_DAY_OFF, LOCAL_WORKING_DAY -> localDays.stream().filter(r -> r.date().equals(date))
                    .map(LocalDayRow::note).findFirst().orElse("");
            default -> "";
        };
        String reason = detail.isEmpty() ? messages.label(kind)
                : messages.format("settings.calendar.check.detail", kind, detail);
        String answer = messages.format(kind.isWorking() ? "settings.calendar.check.working"
                : "settings.calendar.check.off", date, weekday(date), reason);
        if (!current.isCovered(date)) {
            answer = answer + messages.format("settings.calendar.check.estimated", String.valueOf(date.getYear()));
        }
        checkResult.set(answer);
    }

    /** The calendar as it would be without a local rule for {@code date}. */
    private WorkCalendar withoutLocal(LocalDate date) {
        if (current == null) {
            throw new IllegalStateException("not loaded");
        }
        Set<LocalDate> off = new HashSet<>(current.localDaysOff());
        Set<LocalDate> on = new HashSet<>(current.localWorkingDays());
        off.remove(date);
        on.remove(date);
        return current.withLocalDaysOff(off).withLocalWorkingDays(on);
    }

    private String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, messages.locale());
    }

    public ReadOnlyStringProperty coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    /** Non-empty when today lies outside the years the national data covers. */
    public ReadOnlyStringProperty coverageWarningProperty() {
        return coverageWarning.getReadOnlyProperty();
    }

    public ObservableList<LocalDayRow> localDays() {
        return localDays;
    }

    public StringProperty newDateProperty() {
        return newDate;
    }

    public ObjectProperty<LocalDayType> newTypeProperty() {
        return newType;
    }

    public StringProperty newNoteProperty() {
        return newNote;
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty typeErrorProperty() {
        return typeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteErrorProperty() {
        return noteError.getReadOnlyProperty();
    }

    public StringProperty checkDateProperty() {
        return checkDate;
    }

    public ReadOnlyStringProperty checkResultProperty() {
        return checkResult.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checkErrorProperty() {
        return checkError.getReadOnlyProperty();
    }

    record Snapshot(CalendarData national, WorkCalendar calendar, Map<LocalDate, String> notes) {
    }
}
