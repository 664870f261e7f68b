package org.normdesk.service.calendar;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.normdesk.domain.calendar.CalendarAnswer;
import org.normdesk.domain.calendar.DayKind;
import org.normdesk.domain.calendar.DeadlineRule;
import org.normdesk.domain.calendar.DeadlineStart;
import org.normdesk.domain.calendar.WorkCalendar;

/**
 * The shipped data/calendar/cn-workdays.json against the State Council notices for four holiday
 * weeks, every day from the working weekend before to the working weekend after.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ShippedCalendarTest {

    private static final CalendarData DATA = CalendarData.loadBundled();
    private static final WorkCalendar CAL = DATA.calendar();

    @ParameterizedTest(name = "{0} {1}: working {2}")
    @CsvSource({
            "2019-02-01, Fri, true",
            "2019-02-02, Sat, true",  // 春节调休
            "2019-02-03, Sun, true",  // 春节调休
            "2019-02-04, Mon, false", // 除夕
            "2019-02-05, Tue, false", // 初一
            "2019-02-06, Wed, false",
            "2019-02-07, Thu, false",
            "2019-02-08, Fri, false",
            "2019-02-09, Sat, false",
            "2019-02-10, Sun, false",
            "2019-02-11, Mon, true",
            "2019-02-16, Sat, false",
    })
    void spring_festival_2019_is_off_from_february_4_to_10_with_the_weekend_before_working(
            LocalDate date, String dow, boolean working) {
        assertDay(date, dow, working);
    }

    @ParameterizedTest(name = "{0} {1}: working {2}")
    @CsvSource({
            "2019-09-27, Fri, true",
            "2019-09-28, Sat, false",
            "2019-09-29, Sun, true",  // 国庆节调休
            "2019-09-30, Mon, true",
            "2019-10-01, Tue, false",
            "2019-10-02, Wed, false",
            "2019-10-03, Thu, false",
            "2019-10-04, Fri, false",
            "2019-10-05, Sat, false",
            "2019-10-06, Sun, false",
            "2019-10-07, Mon, false",
            "2019-10-08, Tue, true",
            "2019-10-11, Fri, true",
            "2019-10-12, Sat, true",  // 国庆节调休
            "2019-10-13, Sun, false",
    })
    void national_day_2019_is_off_from_october_1_to_7_with_september_29_and_october_12_working(
            LocalDate date, String dow, boolean working) {
        assertDay(date, dow, working);
    }

    @ParameterizedTest(name = "{0} {1}: working {2}")
    @CsvSource({
            "2025-01-25, Sat, false",
            "2025-01-26, Sun, true",  // 春节调休
            "2025-01-27, Mon, true",
            "2025-01-28, Tue, false", // 除夕
            "2025-01-29, Wed, false",
            "2025-01-30, Thu, false",
            "2025-01-31, Fri, false",
            "2025-02-01, Sat, false",
            "2025-02-02, Sun, false",
            "2025-02-03, Mon, false",
            "2025-02-04, Tue, false",
            "2025-02-05, Wed, true",
            "2025-02-07, Fri, true",
            "2025-02-08, Sat, true",  // 春节调休
            "2025-02-09, Sun, false",
    })
    void spring_festival_2025_is_off_from_january_28_to_february_4_with_january_26_and_february_8_working(
            LocalDate date, String dow, boolean working) {
        assertDay(date, dow, working);
    }

    @ParameterizedTest(name = "{0} {1}: working {2}")
    @CsvSource({
            "2025-09-27, Sat, false",
            "2025-09-28, Sun, true",  // 国庆节调休
            "2025-09-29, Mon, true",
            "2025-09-30, Tue, true",
            "2025-10-01, Wed, false",
            "2025-10-02, Thu, false",
            "2025-10-03, Fri, false",
            "2025-10-04, Sat, false",
            "2025-10-05, Sun, false",
            "2025-10-06, Mon, false", // 中秋
            "2025-10-07, Tue, false",
            "2025-10-08, Wed, false",
            "2025-10-09, Thu, true",
            "2025-10-10, Fri, true",
            "2025-10-11, Sat, true",  // 国庆节调休
            "2025-10-12, Sun, false",
    })
    void national_day_and_mid_autumn_2025_are_off_from_october_1_to_8_with_september_28_and_october_11_working(
            LocalDate date, String dow, boolean working) {
        assertDay(date, dow, working);
    }

    private static void assertDay(LocalDate date, String dow, boolean working) {
        // the table's weekday guards against a typo in the date itself
        assertEquals(dow, date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        assertEquals(working, CAL.isWorkingDay(date), date + " working");
    }

    @Test
    void holidays_carry_their_chinese_names() {
        assertEquals(Optional.of("春节"), CAL.holidayName(parse("2019-02-05")));
        assertEquals(Optional.of("国庆节"), CAL.holidayName(parse("2019-10-01")));
        assertEquals(Optional.of("中秋"), CAL.holidayName(parse("2025-10-06")));
        assertEquals(Optional.empty(), CAL.holidayName(parse("2019-02-02")));
    }

    @Test
    void five_working_days_after_friday_september_27_2019_end_on_october_10() {
        // 9/29 (Sunday, 调休), 9/30, then after the holiday 10/8, 10/9, 10/10
        assertEquals(parse("2019-10-10"), CAL.addWorkingDays(parse("2019-09-27"), 5));
        assertEquals(5, CAL.workingDaysBetween(parse("2019-09-27"), parse("2019-10-10")));
        assertEquals(7, CAL.workingDaysBetween(parse("2019-09-27"), parse("2019-10-12")));
    }

    @Test
    void thirty_days_from_publication_ending_in_the_2025_national_day_holiday_fall_due_on_october_9() {
        // 9/6 + 30 = 10/6 (中秋), inside the holiday running to 10/8
        assertEquals(parse("2025-10-09"),
                DeadlineRule.calendarDays(30, DeadlineStart.PUBLISHED).dueDate(parse("2025-09-06"), CAL));
    }

    @Test
    void the_data_covers_2015_to_at_least_2026_and_names_its_source() {
        assertEquals(2015, CAL.coverage().first());
        assertTrue(CAL.coverage().last() >= 2026, "last year " + CAL.coverage().last());
        assertEquals("npm package chinese-days", DATA.source());
        assertEquals("MIT", DATA.license());
        assertFalse(DATA.sourceVersion().isBlank());
    }

    @Test
    void every_covered_year_has_a_spring_festival_and_a_national_day() {
        for (int year = CAL.coverage().first(); year <= CAL.coverage().last(); year++) {
            assertEquals(Optional.of("国庆节"), CAL.holidayName(LocalDate.of(year, 10, 1)), "National Day " + year);
            boolean springFestival = false;
            for (LocalDate d = LocalDate.of(year, 1, 15); d.isBefore(LocalDate.of(year, 2, 25)); d = d.plusDays(1)) {
                springFestival |= CAL.holidayName(d).equals(Optional.of("春节"));
            }
            assertTrue(springFestival, "Spring Festival " + year);
        }
    }

    @Test
    void every_adjusted_working_day_is_a_weekend_day() {
        LocalDate end = LocalDate.of(CAL.coverage().last(), 12, 31);
        int adjusted = 0;
        for (LocalDate d = LocalDate.of(CAL.coverage().first(), 1, 1); !d.isAfter(end); d = d.plusDays(1)) {
            if (CAL.dayKind(d) == DayKind.ADJUSTED_WORKING_DAY) {
                adjusted++;
                assertTrue(d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY, d.toString());
            }
        }
        assertTrue(adjusted >= 5 * (CAL.coverage().last() - CAL.coverage().first() + 1), "adjusted days " + adjusted);
    }

    @Test
    void the_year_after_the_last_published_one_is_weekends_only_and_flagged() {
        int unknown = CAL.coverage().last() + 1;
        LocalDate newYear = LocalDate.of(unknown, 1, 1);
        assertFalse(CAL.isCovered(newYear));
        assertEquals(Optional.empty(), CAL.holidayName(newYear));
        assertEquals(newYear.getDayOfWeek().getValue() <= 5, CAL.isWorkingDay(newYear));

        LocalDate lastKnownDay = newYear.minusDays(1);
        CalendarAnswer<LocalDate> answer = CAL.addWorkingDaysChecked(lastKnownDay, 10);
        assertTrue(answer.estimated());
        assertEquals(newYear.getYear(), answer.value().getYear());
        assertTrue(CAL.touchesUnknownYears(lastKnownDay, answer.value()));
    }

    @Test
    void on_the_2026_data_new_years_day_2027_is_only_guessed_to_be_a_working_friday() {
        // chinese-days 1.5.7 publishes up to 2026; when a newer release adds 2027, this test must change
        if (CAL.coverage().last() != 2026) {
            return;
        }
        assertEquals(new CalendarAnswer<>(parse("2026-12-31"), false), CAL.addWorkingDaysChecked(parse("2026-12-30"), 1));
        assertEquals(new CalendarAnswer<>(parse("2027-01-01"), true), CAL.addWorkingDaysChecked(parse("2026-12-30"), 2));
    }

    @Test
    void a_year_before_2015_is_not_covered() {
        assertFalse(CAL.isCovered(parse("2014-12-31")));
        assertTrue(CAL.touchesUnknownYears(parse("2014-12-31"), parse("2015-01-05")));
    }
}
