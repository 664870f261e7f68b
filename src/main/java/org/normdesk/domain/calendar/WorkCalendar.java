package org.normdesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * China's official working-day calendar: public holidays and adjusted weekend working days (调休) for
 * the published years in {@link #coverage()}, plus days declared off or on by the local government.
 *
 * <p>Outside the covered years only weekends are known, so every answer there is a guess. The plain
 * methods ({@link #addWorkingDays}, {@link #workingDaysBetween}) still answer, weekends-only; the
 * {@code ...Checked} variants and {@link #touchesUnknownYears} tell the caller when that happened,
 * and the GUI must then mark the date as provisional.
 *
 * <p>Immutable; the {@code with...} methods return a new calendar.
 */
public final class WorkCalendar {

    private final Map<LocalDate, String> holidays;
    private final Set<LocalDate> adjustedWorkingDays;
    private final YearRange coverage;
    private final Set<LocalDate> localDaysOff;
    private final Set<LocalDate> localWorkingDays;

    private WorkCalendar(Map<LocalDate, String> holidays, Set<LocalDate> adjustedWorkingDays, YearRange coverage,
                         Set<LocalDate> localDaysOff, Set<LocalDate> localWorkingDays) {
        this.holidays = Map.copyOf(holidays);
        this.adjustedWorkingDays = Set.copyOf(adjustedWorkingDays);
        this.coverage = Objects.requireNonNull(coverage, "coverage");
        this.localDaysOff = Set.copyOf(localDaysOff);
        this.localWorkingDays = Set.copyOf(localWorkingDays);
        checkOfficialDates();
        checkDisjoint(this.localDaysOff, this.localWorkingDays, "a local day off and a local working day");
    }

    /**
     * The official calendar, without local days.
     *
     * @param holidays            official days off with their names (e.g. 2019-02-04 → 春节)
     * @param adjustedWorkingDays weekend days that are working days (调休上班)
     * @param coverage            the years these facts are complete for; every date must lie in them
     * @throws IllegalArgumentException if a date is outside the coverage, is both a holiday and a
     *                                  working day, or a holiday has a blank name
     */
    public static WorkCalendar of(Map<LocalDate, String> holidays, Set<LocalDate> adjustedWorkingDays,
                                  YearRange coverage) {
        return new WorkCalendar(holidays, adjustedWorkingDays, coverage, Set.of(), Set.of());
    }

    /**
     * This calendar with its local days off (地方放假) replaced by {@code days}. They apply in every
     * year, covered or not, because the user declared them.
     *
     * @throws IllegalArgumentException if one of them is also a local working day
     */
    public WorkCalendar withLocalDaysOff(Set<LocalDate> days) {
        return new WorkCalendar(holidays, adjustedWorkingDays, coverage, days, localWorkingDays);
    }

    /**
     * This calendar with its local extra working days replaced by {@code days}.
     *
     * @throws IllegalArgumentException if one of them is also a local day off
     */
    public WorkCalendar withLocalWorkingDays(Set<LocalDate> days) {
        return new WorkCalendar(holidays, adjustedWorkingDays, coverage, localDaysOff, days);
    }

    public Set<LocalDate> localDaysOff() {
        return localDaysOff;
    }

    public Set<LocalDate> localWorkingDays() {
        return localWorkingDays;
    }

    /** The published years, both ends included. */
    public YearRange coverage() {
        return coverage;
    }

    /** Whether the official arrangement for {@code date}'s year is known. */
    public boolean isCovered(LocalDate date) {
        return coverage.contains(date);
    }

    /**
     * Whether any date from {@code from} to {@code to} (both included, in either order) lies outside
     * the published years, so that a result computed over them is only an estimate.
     */
    public boolean touchesUnknownYears(LocalDate from, LocalDate to) {
        // the covered years are contiguous, so a gap can only show at an end
        return !coverage.contains(from) || !coverage.contains(to);
    }

    /** Why {@code date} is or is not a working day. */
    public DayKind dayKind(LocalDate date) {
        if (localDaysOff.contains(date)) {
            return DayKind.LOCAL_DAY_OFF;
        }
        if (localWorkingDays.contains(date)) {
            return DayKind.LOCAL_WORKING_DAY;
        }
        if (holidays.containsKey(date)) {
            return DayKind.PUBLIC_HOLIDAY;
        }
        if (adjustedWorkingDays.contains(date)) {
            return DayKind.ADJUSTED_WORKING_DAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WEEKDAY;
    }

    public boolean isWorkingDay(LocalDate date) {
        return dayKind(date).isWorking();
    }

    /** The official holiday's name (e.g. 春节) if {@code date} is a public holiday; local days off have none. */
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /**
     * The {@code n}-th working day after {@code start}; {@code start} itself is not counted, as in
     * "within 5 working days of receipt". With {@code n == 0} the result is {@code start} if it is a
     * working day, else the next working day (the first day on which something can be done).
     *
     * <p>For {@code n >= 1} the result {@code d} satisfies {@code workingDaysBetween(start, d) == n}.
     * Beyond the published years the count is weekends-only; see {@link #addWorkingDaysChecked}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        if (n == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** {@link #addWorkingDays}, marked estimated if a day it looked at lies outside the published years. */
    public CalendarAnswer<LocalDate> addWorkingDaysChecked(LocalDate start, int n) {
        LocalDate result = addWorkingDays(start, n);
        LocalDate firstLookedAt = n == 0 ? start : start.plusDays(1);
        return new CalendarAnswer<>(result, touchesUnknownYears(firstLookedAt, result));
    }

    /**
     * The number of working days {@code d} with {@code fromExclusive < d <= toInclusive}: the working
     * days that have passed since {@code fromExclusive} by the end of {@code toInclusive}.
     * Zero when both dates are equal. When {@code toInclusive} is before {@code fromExclusive} the
     * result is the negated count the other way round, {@code -workingDaysBetween(to, from)}, so that
     * an overdue item shows how many working days late it is.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** {@link #workingDaysBetween}, marked estimated if a day it counted lies outside the published years. */
    public CalendarAnswer<Integer> workingDaysBetweenChecked(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = workingDaysBetween(fromExclusive, toInclusive);
        if (fromExclusive.equals(toInclusive)) {
            return new CalendarAnswer<>(count, false);
        }
        LocalDate lo = fromExclusive.isBefore(toInclusive) ? fromExclusive : toInclusive;
        LocalDate hi = fromExclusive.isBefore(toInclusive) ? toInclusive : fromExclusive;
        return new CalendarAnswer<>(count, touchesUnknownYears(lo.plusDays(1), hi));
    }

    private void checkOfficialDates() {
        holidays.forEach((date, name) -> {
            requireCovered(date, "holiday");
            if (name.isBlank()) {
                throw new IllegalArgumentException("holiday " + date + " has no name");
            }
        });
        adjustedWorkingDays.forEach(date -> requireCovered(date, "adjusted working day"));
        checkDisjoint(holidays.keySet(), adjustedWorkingDays, "a holiday and an adjusted working day");
    }

    // facts outside the coverage would make "weekends only there" untrue
    private void requireCovered(LocalDate date, String what) {
        if (!coverage.contains(date)) {
            throw new IllegalArgumentException(what + " " + date + " is outside the covered years "
                    + coverage.first() + "-" + coverage.last());
        }
    }

    private static void checkDisjoint(Set<LocalDate> a, Set<LocalDate> b, String what) {
        Set<LocalDate> both = new HashSet<>(a);
        both.retainAll(b);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("dates cannot be both " + what + ": " + both);
        }
    }

    @Override
    public String toString() {
        return "WorkCalendar[" + coverage.first() + "-" + coverage.last() + ", " + holidays.size() + " holidays, "
                + adjustedWorkingDays.size() + " adjusted working days, " + localDaysOff.size() + " local days off, "
                + localWorkingDays.size() + " local working days]";
    }
}
