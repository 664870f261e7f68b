package org.normdesk.service.calendar;

import org.normdesk.domain.account.Role;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.domain.calendar.CalendarAnswer;
import org.normdesk.domain.calendar.DeadlineRule;
import org.normdesk.domain.calendar.WorkCalendar;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.filing.DeadlineKind;
import org.normdesk.store.CalendarStore;
import org.normdesk.store.Database;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The working-day calendar in force: the shipped national data plus this locality's own days. */
public final class CalendarService {
    private final Database db;
    private final CalendarStore store;
    private final WorkCalendar national;
    private final AuditService audit;

    /** Whose roles the protected operations check. */
    private final CurrentUser access;

    public CalendarService(Database db, WorkCalendar national, Clock clock, Supplier<String> currentUser) {
        this.access = CurrentUser.of(currentUser);
        this.db = db;
        this.store = new CalendarStore(db);
        this.national = national;
        this.audit = new AuditService(db, clock, currentUser);
    }

    public WorkCalendar calendar() {
        Map<LocalDate, Boolean> local = store.localDays();
        Set<LocalDate> off = local.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<LocalDate> working = local.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return national.withLocalDaysOff(off).withLocalWorkingDays(working);
    }

    public Map<DeadlineKind, DeadlineRule> deadlineRules() {
        return store.deadlineRules();
    }

    public void saveDeadlineRule(DeadlineKind kind, DeadlineRule rule) {
        access.require(Role.ADMIN, "change a deadline rule");
        db.transaction(() -> {
            DeadlineRule before = store.deadlineRules().get(kind);
            store.saveDeadlineRule(kind, rule);
            audit.record("setting.deadline." + kind.name(), "setting", null, before, rule);
        });
    }

    public CalendarAnswer<LocalDate> addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new DomainException("calendar.negativeDays", "The number of working days cannot be negative: " + days,
                    days);
        }
        return calendar().addWorkingDaysChecked(start, days);
    }

    public Map<LocalDate, String> localDays() {
        return store.localDayNotes();
    }

    /** A day off (working=false) or an extra working day of this locality. */
    public void putLocalDay(LocalDate day, boolean working, String note) {
        access.require(Role.ADMIN, "edit the calendar");
        if (note == null || note.isBlank()) {
            throw new DomainException("calendar.localDay.noteBlank", "Say why " + day + " is special", day);
        }
        db.transaction(() -> {
            store.putLocalDay(day, working, note.strip());
            audit.record("setting.localDay", "setting", null, null, Map.of("day", day.toString(), "working", working,
                    "note", note.strip()));
        });
    }

    public boolean removeLocalDay(LocalDate day) {
        access.require(Role.ADMIN, "edit the calendar");
        return db.transaction(() -> {
            boolean removed = store.removeLocalDay(day);
            if (removed) {
                audit.record("setting.localDay.remove", "setting", null, Map.of("day", day.toString()), null);
            }
            return removed;
        });
    }
}
