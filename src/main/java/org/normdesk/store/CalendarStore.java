package org.normdesk.store;

import org.normdesk.domain.calendar.DeadlineRule;
import org.normdesk.domain.calendar.DeadlineStart;
import org.normdesk.domain.calendar.DeadlineUnit;
import org.normdesk.domain.filing.DeadlineKind;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import static org.normdesk.store.jooq.Tables.DEADLINE_RULE;
import static org.normdesk.store.jooq.Tables.LOCAL_CALENDAR_DAY;

/** Deadline rules and the locality's own days off / working days. */
public final class CalendarStore {
    private final Database db;

    public CalendarStore(Database db) {
        this.db = db;
    }

    public Map<DeadlineKind, DeadlineRule> deadlineRules() {
        Map<DeadlineKind, DeadlineRule> rules = new EnumMap<>(DeadlineKind.class);
        db.dsl().selectFrom(DEADLINE_RULE).fetch().forEach(r -> rules.put(DeadlineKind.valueOf(r.getRuleKey()),
                new DeadlineRule(r.getDayCount(), DeadlineUnit.valueOf(r.getUnit()),
                        DeadlineStart.valueOf(r.getStartEvent()), r.getRollForward())));
        return rules;
    }

    public void saveDeadlineRule(DeadlineKind kind, DeadlineRule rule) {
        db.dsl().update(DEADLINE_RULE)
                .set(DEADLINE_RULE.DAY_COUNT, rule.count())
                .set(DEADLINE_RULE.UNIT, rule.unit().name())
                .set(DEADLINE_RULE.START_EVENT, rule.start().name())
                .set(DEADLINE_RULE.ROLL_FORWARD, rule.rollToNextWorkingDay())
                .where(DEADLINE_RULE.RULE_KEY.eq(kind.name()))
                .execute();
    }

    /** Local days: true = an extra working day, false = a day off. */
    public Map<LocalDate, Boolean> localDays() {
        Map<LocalDate, Boolean> days = new TreeMap<>();
        db.dsl().selectFrom(LOCAL_CALENDAR_DAY).fetch().forEach(r -> days.put(r.getLocalDay(), r.getWorking()));
        return days;
    }

    public Map<LocalDate, String> localDayNotes() {
        Map<LocalDate, String> notes = new TreeMap<>();
        db.dsl().selectFrom(LOCAL_CALENDAR_DAY).fetch().forEach(r -> notes.put(r.getLocalDay(), r.getNote()));
        return notes;
    }

    public void putLocalDay(LocalDate day, boolean working, String note) {
        db.dsl().deleteFrom(LOCAL_CALENDAR_DAY).where(LOCAL_CALENDAR_DAY.LOCAL_DAY.eq(day)).execute();
        db.dsl().insertInto(LOCAL_CALENDAR_DAY)
                .set(LOCAL_CALENDAR_DAY.LOCAL_DAY, day)
                .set(LOCAL_CALENDAR_DAY.WORKING, working)
                .set(LOCAL_CALENDAR_DAY.NOTE, note)
                .execute();
    }

    public boolean removeLocalDay(LocalDate day) {
        return db.dsl().deleteFrom(LOCAL_CALENDAR_DAY).where(LOCAL_CALENDAR_DAY.LOCAL_DAY.eq(day)).execute() > 0;
    }
}
