package org.normdesk.domain.calendar;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calendar's logic on a hand-written 2019 autumn (Mid-Autumn 9/13–15, National Day 10/1–7, working
 * Sun 9/29 and Sat 10/12), so a failure here is about the code, not the shipped data.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkCalendarTest {

    static final WorkCalendar AUTUMN_2019 = autumn2019();

    static WorkCalendar autumn2019() {
        Map<LocalDate, String> holidays = new HashMap<>();
        for (LocalDate d = parse("2019-09-13"); !d.isAfter(parse("2019-09-15")); d = d.plusDays(1)) {
            holidays.put(d, "中秋");
        }
        for (LocalDate d = parse("2019-10-01"); !d.isAfter(parse("2019-10-07")); d = d.plusDays(1)) {
            holidays.put(d, "国庆节");
        }
        return WorkCalendar.of(holidays, Set.of(parse("2019-09-29"), parse("2019-10-12")), new YearRange(2019, 2019));
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2019-09-27, true",  // Friday
            "2019-09-28, false", // Saturday
            "2019-09-29, true",  // Sunday made a working day
            "2019-09-30, true",
            "2019-10-01, false",
            "2019-10-05, false", // Saturday inside the holiday
            "2019-10-07, false",
            "2019-10-08, true",
            "2019-10-12, true",  // Saturday made a working day
            "2019-10-13, false",
    })
    void holidays_and_adjusted_weekends_decide_before_the_day_of_the_week(LocalDate date, boolean working) {
        assertEquals(working, AUTUMN_2019.isWorkingDay(date));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2019-09-27, 1, 2019-09-29", // Sat 9/28 off, Sun 9/29 works
            "2019-09-27, 2, 2019-09-30",
            "2019-09-27, 3, 2019-10-08", // the whole National Day week is skipped
            "2019-09-27, 5, 2019-10-10", // 9/29, 9/30, 10/8, 10/9, 10/10
            "2019-09-27, 7, 2019-10-12", // the working Saturday counts
            "2019-09-27, 8, 2019-10-14",
            "2019-09-30, 1, 2019-10-08",
            "2019-10-03, 1, 2019-10-08", // starting inside the holiday
    })
    void adding_working_days_skips_the_national_day_week(LocalDate start, int n, LocalDate expected) {
        assertEquals(expected, AUTUMN_2019.addWorkingDays(start, n));
    }

    @ParameterizedTest(name = "{0} + 0 working days = {1}")
    @CsvSource({
            "2019-09-30, 2019-09-30", // a working day is its own answer
            "2019-09-29, 2019-09-29", // so is a working Sunday
            "2019-10-01, 2019-10-08", // a holiday moves to the next working day
            "2019-09-28, 2019-09-29", // a Saturday too
    })
    void adding_zero_working_days_gives_the_first_working_day_from_start_on(LocalDate start, LocalDate expected) {
        assertEquals(expected, AUTUMN_2019.addWorkingDays(start, 0));
    }

    @Test
    void adding_a_negative_number_of_working_days_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> AUTUMN_2019.addWorkingDays(parse("2019-09-27"), -1));
    }

    @ParameterizedTest(name = "working days in ({0}, {1}] = {2}")
    @CsvSource({
            "2019-09-27, 2019-10-12, 7",  // 9/29, 9/30, 10/8–10/12
            "2019-09-30, 2019-10-07, 0",  // only the holiday week after the start
            "2019-09-27, 2019-09-27, 0",
            "2019-09-27, 2019-09-28, 0",
            "2019-09-28, 2019-09-29, 1",
            "2019-10-12, 2019-09-27, -7", // reversed: the negated count
            "2019-10-08, 2019-10-01, -1", // 10/8 is the one working day in (10/1, 10/8]
    })
    void working_days_between_counts_after_the_first_date_up_to_and_including_the_second(
            LocalDate from, LocalDate to, int expected) {
        assertEquals(expected, AUTUMN_2019.workingDaysBetween(from, to));
    }

    @Test
    void working_days_between_a_start_and_its_nth_working_day_is_n() {
        LocalDate start = parse("2019-09-20");
        for (int n = 1; n <= 30; n++) {
            assertEquals(n, AUTUMN_2019.workingDaysBetween(start, AUTUMN_2019.addWorkingDays(start, n)), "n=" + n);
        }
    }

    @Test
    void holiday_names_come_from_the_official_data() {
        assertEquals(Optional.of("国庆节"), AUTUMN_2019.holidayName(parse("2019-10-03")));
        assertEquals(Optional.of("中秋"), AUTUMN_2019.holidayName(parse("2019-09-14")));
        assertEquals(Optional.empty(), AUTUMN_2019.holidayName(parse("2019-09-29")));
        assertEquals(Optional.empty(), AUTUMN_2019.holidayName(parse("2019-09-28")));
    }

    @Test
    void day_kind_says_why_a_day_is_off_or_on() {
        assertEquals(DayKind.PUBLIC_HOLIDAY, AUTUMN_2019.dayKind(parse("2019-10-05")));
        assertEquals(DayKind.ADJUSTED_WORKING_DAY, AUTUMN_2019.dayKind(parse("2019-10-12")));
        assertEquals(DayKind.WEEKEND, AUTUMN_2019.dayKind(parse("2019-10-13")));
        assertEquals(DayKind.WEEKDAY, AUTUMN_2019.dayKind(parse("2019-10-14")));
    }

    @Test
    void coverage_is_the_published_year_range() {
        assertEquals(new YearRange(2019, 2019), AUTUMN_2019.coverage());
        assertTrue(AUTUMN_2019.isCovered(parse("2019-01-01")));
        assertTrue(AUTUMN_2019.isCovered(parse("2019-12-31")));
        assertFalse(AUTUMN_2019.isCovered(parse("2020-01-01")));
        assertFalse(AUTUMN_2019.isCovered(parse("2018-12-31")));
    }

    @Test
    void beyond_the_published_years_only_weekends_count_and_the_answer_says_it_is_estimated() {
        // 2020-01-01 is in truth New Year's Day, but 2020 is not published here: a Wednesday, so working
        assertTrue(AUTUMN_2019.isWorkingDay(parse("2020-01-01")));
        assertFalse(AUTUMN_2019.isWorkingDay(parse("2020-01-04")));

        CalendarAnswer<LocalDate> inside = AUTUMN_2019.addWorkingDaysChecked(parse("2019-12-30"), 1);
        assertEquals(new CalendarAnswer<>(parse("2019-12-31"), false), inside);
        CalendarAnswer<LocalDate> across = AUTUMN_2019.addWorkingDaysChecked(parse("2019-12-30"), 2);
        assertEquals(new CalendarAnswer<>(parse("2020-01-01"), true), across);
        CalendarAnswer<LocalDate> before = AUTUMN_2019.addWorkingDaysChecked(parse("2018-12-31"), 0);
        assertEquals(new CalendarAnswer<>(parse("2018-12-31"), true), before);
    }

    @Test
    void a_start_date_before_the_published_years_is_not_looked_at_when_it_is_not_counted() {
        // 2018-12-31 is only the starting point; the days counted are all in 2019
        assertEquals(new CalendarAnswer<>(parse("2019-01-01"), false),
                AUTUMN_2019.addWorkingDaysChecked(parse("2018-12-31"), 1));
    }

    @Test
    void working_days_between_is_estimated_only_when_it_counts_an_unpublished_day() {
        assertEquals(new CalendarAnswer<>(1, false),
                AUTUMN_2019.workingDaysBetweenChecked(parse("2019-12-30"), parse("2019-12-31")));
        assertEquals(new CalendarAnswer<>(2, true),
                AUTUMN_2019.workingDaysBetweenChecked(parse("2019-12-30"), parse("2020-01-01")));
        assertEquals(new CalendarAnswer<>(-2, true),
                AUTUMN_2019.workingDaysBetweenChecked(parse("2020-01-01"), parse("2019-12-30")));
        assertEquals(new CalendarAnswer<>(0, false),
                AUTUMN_2019.workingDaysBetweenChecked(parse("2020-01-01"), parse("2020-01-01")));
    }

    @Test
    void touches_unknown_years_looks_at_both_ends_in_either_order() {
        assertFalse(AUTUMN_2019.touchesUnknownYears(parse("2019-01-01"), parse("2019-12-31")));
        assertTrue(AUTUMN_2019.touchesUnknownYears(parse("2019-12-31"), parse("2020-01-01")));
        assertTrue(AUTUMN_2019.touchesUnknownYears(parse("2020-01-01"), parse("2019-12-31")));
        assertTrue(AUTUMN_2019.touchesUnknownYears(parse("2018-12-31"), parse("2019-06-01")));
    }

    @Test
    void a_local_day_off_is_not_a_working_day_and_pushes_deadlines_back() {
        WorkCalendar local = AUTUMN_2019.withLocalDaysOff(Set.of(parse("2019-10-09")));

        assertFalse(local.isWorkingDay(parse("2019-10-09")));
        assertEquals(DayKind.LOCAL_DAY_OFF, local.dayKind(parse("2019-10-09")));
        assertEquals(Optional.empty(), local.holidayName(parse("2019-10-09")));
        assertEquals(parse("2019-10-11"), local.addWorkingDays(parse("2019-09-27"), 5));
        assertEquals(6, local.workingDaysBetween(parse("2019-09-27"), parse("2019-10-12")));
    }

    @Test
    void local_days_off_leave_the_original_calendar_unchanged() {
        WorkCalendar local = AUTUMN_2019.withLocalDaysOff(Set.of(parse("2019-10-09")));

        assertTrue(AUTUMN_2019.isWorkingDay(parse("2019-10-09")));
        assertEquals(Set.of(), AUTUMN_2019.localDaysOff());
        assertEquals(Set.of(parse("2019-10-09")), local.localDaysOff());
        assertEquals(Set.of(), local.withLocalDaysOff(Set.of()).localDaysOff());
    }

    @Test
    void a_local_day_off_applies_even_beyond_the_published_years() {
        WorkCalendar local = AUTUMN_2019.withLocalDaysOff(Set.of(parse("2020-01-02")));
        assertFalse(local.isWorkingDay(parse("2020-01-02")));
    }

    @Test
    void a_local_working_day_overrides_a_holiday_or_weekend() {
        WorkCalendar local = AUTUMN_2019.withLocalWorkingDays(Set.of(parse("2019-10-05")));

        assertTrue(local.isWorkingDay(parse("2019-10-05")));
        assertEquals(DayKind.LOCAL_WORKING_DAY, local.dayKind(parse("2019-10-05")));
        assertEquals(parse("2019-10-05"), local.addWorkingDays(parse("2019-09-30"), 1));
    }

    @Test
    void a_date_cannot_be_both_a_local_day_off_and_a_local_working_day() {
        WorkCalendar local = AUTUMN_2019.withLocalWorkingDays(Set.of(parse("2019-10-05")));
        assertThrows(IllegalArgumentException.class, () -> local.withLocalDaysOff(Set.of(parse("2019-10-05"))));
    }

    @Test
    void official_dates_outside_the_covered_years_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> WorkCalendar.of(
                Map.of(parse("2020-01-01"), "元旦"), Set.of(), new YearRange(2019, 2019)));
        assertThrows(IllegalArgumentException.class, () -> WorkCalendar.of(
                Map.of(), Set.of(parse("2018-12-29")), new YearRange(2019, 2019)));
    }

    @Test
    void a_date_cannot_be_both_a_holiday_and_an_adjusted_working_day() {
        assertThrows(IllegalArgumentException.class, () -> WorkCalendar.of(
                Map.of(parse("2019-10-05"), "国庆节"), Set.of(parse("2019-10-05")), new YearRange(2019, 2019)));
    }

    @Test
    void a_year_range_must_not_run_backwards() {
        assertThrows(IllegalArgumentException.class, () -> new YearRange(2020, 2019));
    }
}
