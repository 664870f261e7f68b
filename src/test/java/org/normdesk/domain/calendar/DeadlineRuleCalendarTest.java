package org.normdesk.domain.calendar;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadline rules on the hand-written 2019 autumn of {@link WorkCalendarTest}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeadlineRuleCalendarTest {

    private static final WorkCalendar CAL = WorkCalendarTest.AUTUMN_2019;

    @ParameterizedTest(name = "{1} calendar days from {0} are due {2}")
    @CsvSource({
            "2019-09-07, 30, 2019-10-08", // 10/7 is National Day: rolls to Tuesday 10/8
            "2019-09-01, 30, 2019-10-08", // 10/1 too: the whole holiday is skipped
            "2019-10-03, 10, 2019-10-14", // Sunday 10/13 rolls to Monday
            "2019-09-28, 14, 2019-10-12", // Saturday 10/12 is a working day: no roll
            "2019-09-13, 16, 2019-09-29", // Sunday 9/29 is a working day: no roll
            "2019-09-10, 30, 2019-10-10", // a plain Thursday stays
            "2019-10-01,  0, 2019-10-08", // zero days from a holiday: the next working day
    })
    void a_calendar_day_deadline_ending_on_a_day_off_rolls_to_the_next_working_day(
            LocalDate start, int days, LocalDate due) {
        assertEquals(due, DeadlineRule.calendarDays(days, DeadlineStart.PUBLISHED).dueDate(start, CAL));
    }

    @Test
    void a_calendar_day_deadline_without_roll_forward_ends_on_the_nominal_day() {
        DeadlineRule rule = new DeadlineRule(30, DeadlineUnit.CALENDAR_DAYS, DeadlineStart.RECEIVED, false);
        assertEquals(parse("2019-10-07"), rule.dueDate(parse("2019-09-07"), CAL));
        assertEquals(new CalendarAnswer<>(parse("2020-01-04"), false), rule.due(parse("2019-12-05"), CAL));
    }

    @Test
    void a_working_day_deadline_counts_working_days_after_the_start() {
        DeadlineRule rule = DeadlineRule.workingDays(5, DeadlineStart.NOTICE_RECEIVED);
        assertEquals(parse("2019-10-10"), rule.dueDate(parse("2019-09-27"), CAL));
        // the roll flag is irrelevant: a working-day count always ends on a working day
        assertEquals(parse("2019-10-10"), new DeadlineRule(5, DeadlineUnit.WORKING_DAYS, DeadlineStart.REGISTERED,
                false).dueDate(parse("2019-09-27"), CAL));
    }

    @Test
    void a_deadline_that_rolls_into_an_unpublished_year_is_estimated() {
        DeadlineRule rule = DeadlineRule.calendarDays(30, DeadlineStart.PUBLISHED);
        // 12/1 + 30 = Tuesday 12/31, known
        assertEquals(new CalendarAnswer<>(parse("2019-12-31"), false), rule.due(parse("2019-12-01"), CAL));
        // 12/2 + 30 = 2020-01-01, which is not published: weekends only say Wednesday works
        assertEquals(new CalendarAnswer<>(parse("2020-01-01"), true), rule.due(parse("2019-12-02"), CAL));
        // Saturday 12/28 rolls to Monday 12/30 without leaving 2019
        assertEquals(new CalendarAnswer<>(parse("2019-12-30"), false), rule.due(parse("2019-11-28"), CAL));
    }

    @Test
    void a_working_day_deadline_that_runs_into_an_unpublished_year_is_estimated() {
        DeadlineRule rule = DeadlineRule.workingDays(3, DeadlineStart.RECEIVED);
        // Mon 12/30, Tue 12/31, then Wednesday 2020-01-01 counts as working: weekends only
        assertEquals(new CalendarAnswer<>(parse("2020-01-01"), true), rule.due(parse("2019-12-27"), CAL));
    }

    @Test
    void a_local_day_off_moves_a_calendar_day_deadline() {
        WorkCalendar local = CAL.withLocalDaysOff(Set.of(parse("2019-10-10")));
        assertEquals(parse("2019-10-11"),
                DeadlineRule.calendarDays(30, DeadlineStart.PUBLISHED).dueDate(parse("2019-09-10"), local));
    }

    @Test
    void a_negative_count_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> DeadlineRule.calendarDays(-1, DeadlineStart.PUBLISHED));
    }
}
