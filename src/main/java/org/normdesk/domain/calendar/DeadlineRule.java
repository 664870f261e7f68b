package org.normdesk.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline such as "within 30 days of publication" (自公布之日起三十日内) or "within 5 working days of
 * receipt". The start day itself is never counted (期间开始的日不计算在内).
 *
 * @param count                    how many days, zero or more
 * @param unit                     calendar days or working days
 * @param start                    the event the deadline runs from
 * @param rollToNextWorkingDay     for calendar-day rules: whether a last day that is not a working day
 *                                 moves to the next working day. That is how Chinese administrative
 *                                 deadlines are usually read, after the civil procedure rule on periods
 *                                 (期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期),
 *                                 which administrative litigation borrows; a bureau's own rules may say
 *                                 otherwise, hence the flag. Working-day rules always end on a working
 *                                 day and ignore it.
 */
public record DeadlineRule(int count, DeadlineUnit unit, DeadlineStart start, boolean rollToNextWorkingDay) {

    public DeadlineRule {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(start, "start");
    }

    /** {@code count} calendar days from {@code start}, rolling a last day off to the next working day. */
    public static DeadlineRule calendarDays(int count, DeadlineStart start) {
        return new DeadlineRule(count, DeadlineUnit.CALENDAR_DAYS, start, true);
    }

    /** {@code count} working days from {@code start}. */
    public static DeadlineRule workingDays(int count, DeadlineStart start) {
        return new DeadlineRule(count, DeadlineUnit.WORKING_DAYS, start, true);
    }

    /**
     * The last day of the deadline counted from {@code startDate}, the date of the {@link #start()} event.
     * Calendar days: {@code startDate + count}, then rolled forward if the rule says so. Working days:
     * {@link WorkCalendar#addWorkingDays(LocalDate, int)}.
     */
    public LocalDate dueDate(LocalDate startDate, WorkCalendar cal) {
        return due(startDate, cal).value();
    }

    /** {@link #dueDate}, marked estimated if it depended on a day outside the calendar's published years. */
    public CalendarAnswer<LocalDate> due(LocalDate startDate, WorkCalendar cal) {
        if (unit == DeadlineUnit.WORKING_DAYS) {
            return cal.addWorkingDaysChecked(startDate, count);
        }
        LocalDate lastDay = startDate.plusDays(count);
        if (!rollToNextWorkingDay) {
            // nothing about holidays was consulted, so there is nothing to estimate
            return new CalendarAnswer<>(lastDay, false);
        }
        // only the days from the nominal last day to the rolled one were looked up
        return cal.addWorkingDaysChecked(lastDay, 0);
    }
}
