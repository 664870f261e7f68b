package org.normdesk.service.calendar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.normdesk.domain.calendar.WorkCalendar;
import org.normdesk.domain.calendar.YearRange;

/**
 * The official working-day calendar shipped in the jar ({@value #RESOURCE}, from {@code data/calendar/}),
 * with where it came from so the GUI can show it.
 *
 * @param source        where the facts were extracted from, e.g. "npm package chinese-days"
 * @param sourceVersion the source's version
 * @param license       the source's licence
 * @param extractedOn   when the file was generated
 * @param calendar      the calendar, without local days
 */
public record CalendarData(String source, String sourceVersion, String license, LocalDate extractedOn,
                           WorkCalendar calendar) {

    public static final String RESOURCE = "/data/calendar/cn-workdays.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public CalendarData {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceVersion, "sourceVersion");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(extractedOn, "extractedOn");
        Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * Reads {@value #RESOURCE} from the classpath. It is parsed on every call: callers keep the result.
     *
     * @throws CalendarDataException if the resource is missing or malformed
     */
    public static CalendarData loadBundled() {
        return loadResource(RESOURCE);
    }

    static CalendarData loadResource(String resource) {
        try (InputStream in = CalendarData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CalendarDataException("calendar data " + resource
                        + " is not on the classpath; the build copies it from data/calendar/");
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new CalendarDataException("calendar data " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads calendar data in the {@code cn-workdays.json} format (see {@code data/calendar/README.md}).
     *
     * @param origin names the data in error messages, e.g. the resource path
     * @throws CalendarDataException if the data is malformed
     */
    public static CalendarData read(InputStream in, String origin) {
        Json json;
        try {
            json = MAPPER.readValue(in, Json.class);
        } catch (JsonProcessingException e) {
            throw new CalendarDataException("calendar data " + origin + " is malformed: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CalendarDataException("calendar data " + origin + " cannot be read: " + e.getMessage(), e);
        }
        if (json == null) {
            throw new CalendarDataException("calendar data " + origin + " is empty");
        }
        try {
            WorkCalendar calendar = WorkCalendar.of(
                    required(json.holidays, "holidays", origin),
                    required(json.workdays, "workdays", origin).keySet(),
                    new YearRange(required(json.firstYear, "firstYear", origin),
                            required(json.lastYear, "lastYear", origin)));
            return new CalendarData(required(json.source, "source", origin),
                    required(json.sourceVersion, "sourceVersion", origin),
                    required(json.license, "license", origin),
                    required(json.extractedOn, "extractedOn", origin),
                    calendar);
        } catch (IllegalArgumentException | NullPointerException e) {
            // WorkCalendar's own checks: dates outside the years, a date both off and on, a null name
            throw new CalendarDataException("calendar data " + origin + " is inconsistent: " + e.getMessage(), e);
        }
    }

    private static <T> T required(T value, String field, String origin) {
        if (value == null) {
            throw new CalendarDataException("calendar data " + origin + " has no \"" + field + "\"");
        }
        return value;
    }

    /** The file as written by data/calendar/extract-chinese-days.mjs. */
    private record Json(String source, String sourceVersion, String license, LocalDate extractedOn,
                        Integer firstYear, Integer lastYear, Map<LocalDate, String> holidays,
                        Map<LocalDate, String> workdays) {
    }
}
