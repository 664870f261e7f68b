package org.normdesk.service.calendar;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.normdesk.domain.calendar.YearRange;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CalendarDataTest {

    private static final String VALID = """
            {
              "source": "npm package chinese-days",
              "sourceVersion": "1.5.7",
              "license": "MIT",
              "extractedOn": "2026-11-24",
              "firstYear": 2019,
              "lastYear": 2019,
              "holidays": { "2019-10-01": "国庆节", "2019-10-05": "国庆节" },
              "workdays": { "2019-10-12": "国庆节调休" }
            }
            """;

    @Test
    void a_well_formed_file_becomes_a_calendar_with_its_metadata() {
        CalendarData data = read(VALID);

        assertEquals("1.5.7", data.sourceVersion());
        assertEquals(parse("2026-11-24"), data.extractedOn());
        assertEquals(new YearRange(2019, 2019), data.calendar().coverage());
        assertEquals(Optional.of("国庆节"), data.calendar().holidayName(parse("2019-10-01")));
        assertFalse(data.calendar().isWorkingDay(parse("2019-10-01")));
        assertTrue(data.calendar().isWorkingDay(parse("2019-10-12")));
    }

    @Test
    void a_missing_resource_is_reported_with_its_path() {
        CalendarDataException e = assertThrows(CalendarDataException.class,
                () -> CalendarData.loadResource("/data/calendar/no-such-file.json"));
        assertTrue(e.getMessage().contains("/data/calendar/no-such-file.json"), e.getMessage());
        assertTrue(e.getMessage().contains("not on the classpath"), e.getMessage());
    }

    @Test
    void text_that_is_not_json_is_malformed() {
        assertFails("{ \"source\": ", "malformed");
    }

    @Test
    void an_empty_file_is_malformed() {
        assertFails("", "malformed");
    }

    @Test
    void a_file_holding_only_null_is_reported_as_empty() {
        assertFails("null", "empty");
    }

    @Test
    void a_missing_field_is_named() {
        assertFails(VALID.replace("\"lastYear\": 2019,", ""), "\"lastYear\"");
        assertFails(VALID.replace("\"extractedOn\": \"2026-11-24\",", ""), "\"extractedOn\"");
    }

    @Test
    void a_date_that_is_not_a_date_is_malformed() {
        assertFails(VALID.replace("2019-10-05", "2019-10-32"), "malformed");
    }

    @Test
    void an_unknown_field_is_malformed() {
        assertFails(VALID.replace("\"license\"", "\"licence\": \"x\", \"license\""), "malformed");
    }

    @Test
    void a_date_listed_twice_is_malformed() {
        assertFails(VALID.replace("\"2019-10-05\": \"国庆节\"", "\"2019-10-01\": \"国庆节\""), "malformed");
    }

    @Test
    void a_holiday_outside_the_declared_years_is_inconsistent() {
        assertFails(VALID.replace("2019-10-05", "2020-10-05"), "inconsistent");
    }

    @Test
    void a_date_both_off_and_working_is_inconsistent() {
        assertFails(VALID.replace("\"2019-10-12\": \"国庆节调休\"", "\"2019-10-05\": \"国庆节调休\""), "inconsistent");
    }

    private static void assertFails(String json, String expectedInMessage) {
        CalendarDataException e = assertThrows(CalendarDataException.class, () -> read(json));
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
        assertTrue(e.getMessage().contains("test.json"), e.getMessage());
    }

    private static CalendarData read(String json) {
        return CalendarData.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
