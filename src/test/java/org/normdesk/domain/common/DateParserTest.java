package org.normdesk.domain.common;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" is the day {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # raw                             | date
            2019-12-20                        | 2019-12-20
            2019/12/20                        | 2019-12-20
            2019.12.20                        | 2019-12-20
            2019年12月20日                    | 2019-12-20
            2019年12月20号                    | 2019-12-20
            2019年12月20                      | 2019-12-20
            2019年1月5日                      | 2019-01-05
            2019年01月05日                    | 2019-01-05
            2019-1-5                          | 2019-01-05
            2019/1/5                          | 2019-01-05
            2019.1.5                          | 2019-01-05
            20191220                          | 2019-12-20
            20190105                          | 2019-01-05
            # spaces anywhere (ASCII, U+3000, U+00A0) and full-width digits and separators
            ' 2019 年 12 月 20 日 '           | 2019-12-20
            '2019\u3000年\u00A012月20日'      | 2019-12-20
            '2019 - 12 - 20'                  | 2019-12-20
            ２０１９年１２月２０日            | 2019-12-20
            ２０１９－１２－２０              | 2019-12-20
            ２０１９／１２／２０              | 2019-12-20
            ２０１９．１２．２０              | 2019-12-20
            # Chinese numerals with both zero glyphs (〇 U+3007, ○ U+25CB) and 零
            二〇一九年十二月二十日            | 2019-12-20
            二○一九年十二月二十日            | 2019-12-20
            二零一九年十二月二十日            | 2019-12-20
            二〇一九年十二月二十号            | 2019-12-20
            二〇二〇年一月一日                | 2020-01-01
            二〇二〇年二月二十九日            | 2020-02-29
            二〇一九年十月十日                | 2019-10-10
            二〇一九年十一月十九日            | 2019-11-19
            二〇一九年九月二十一日            | 2019-09-21
            二〇一九年十一月三十日            | 2019-11-30
            二〇一九年十二月三十一日          | 2019-12-31
            二〇〇九年五月九日                | 2009-05-09
            '二〇一九 年 十二 月 二十 日'     | 2019-12-20
            2019年十二月二十日                | 2019-12-20
            # leap years
            2020-02-29                        | 2020-02-29
            2000-02-29                        | 2000-02-29
            # Excel serial numbers, integer or with a time-of-day fraction
            43819                             | 2019-12-20
            43819.0                           | 2019-12-20
            43819.75                          | 2019-12-20
            ' 43819 '                         | 2019-12-20
            ４３８１９                        | 2019-12-20
            36526                             | 2000-01-01
            45658                             | 2025-01-01
            1                                 | 1900-01-01
            59                                | 1900-02-28
            61                                | 1900-03-01
            73050                             | 2099-12-31
            """)
    void day_forms_are_read_to_the_day(String raw, LocalDate expected) {
        ParsedDate parsed = DateParser.parse(raw);

        assertAll(
                () -> assertEquals(expected, parsed.date()),
                () -> assertEquals(DatePrecision.DAY, parsed.precision()),
                () -> assertEquals(raw, parsed.raw(), "raw is kept exactly"),
                () -> assertEquals(expected, DateParser.parseDay(raw)));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is the month starting {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # raw                   | first of month
            2019年12月              | 2019-12-01
            2019年1月               | 2019-01-01
            2019-12                 | 2019-12-01
            2019/12                 | 2019-12-01
            2019.12                 | 2019-12-01
            2019-1                  | 2019-01-01
            ' 2019 年 12 月 '       | 2019-12-01
            ２０１９年１２月        | 2019-12-01
            二〇一九年十二月        | 2019-12-01
            二○一九年一月           | 2019-01-01
            二零二零年十月          | 2020-10-01
            """)
    void month_forms_are_read_to_the_first_of_the_month(String raw, LocalDate expected) {
        ParsedDate parsed = DateParser.parse(raw);

        assertAll(
                () -> assertEquals(expected, parsed.date()),
                () -> assertEquals(DatePrecision.MONTH, parsed.precision()),
                () -> assertEquals(raw, parsed.raw()));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused as not a real date")
    @ValueSource(strings = {
            "2019-02-30", "2019年13月1日", "2019-00-10", "2019/04/31", "2019.12.32", "2019-12-00",
            "20190230", "20191301", "2019年2月29日", "1900-02-29", "二〇一九年二月三十日", "二〇一九年十三月一日",
            "2019-13", "2019年0月", "2019年13月",
            // Excel's fictitious 1900-02-29
            "60", "60.0", "60.5"})
    void impossible_dates_are_refused_naming_the_value(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> DateParser.parse(raw));

        assertAll(
                () -> assertEquals("date.impossible", e.messageKey()),
                () -> assertArrayEquals(new Object[] {raw}, e.args()),
                () -> assertEquals("Not a real date: " + raw, e.getMessage()));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused as unrecognised")
    @ValueSource(strings = {
            "hello", "N/A", "待定", "2019", "２０１９", "2019年", "12月20日", "20/12/2019", "19-12-20", "2019-12/20",
            "2019年12月20日发布", "2019-12-20 10:30", "201912", "2019122", "123456", "-5", "43819,5", "二〇一九",
            "二〇一九年十二十月", "二〇一九年十十月", "一二", "2019年12月20日日"})
    void unrecognised_text_is_refused_naming_the_value(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> DateParser.parse(raw));

        assertAll(
                () -> assertEquals("date.unrecognized", e.messageKey()),
                () -> assertArrayEquals(new Object[] {raw}, e.args()),
                () -> assertEquals("Not a recognised date: " + raw, e.getMessage()));
    }

    @ParameterizedTest(name = "[{index}] Excel serial \"{0}\" is out of range")
    @ValueSource(strings = {"0", "0.5", "73051", "73051.0", "99999"})
    void excel_serials_outside_1900_to_2099_are_refused(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> DateParser.parse(raw));

        assertAll(
                () -> assertEquals("date.serialOutOfRange", e.messageKey()),
                () -> assertArrayEquals(new Object[] {raw}, e.args()),
                () -> assertEquals("Excel date number out of range (1–73050): " + raw, e.getMessage()));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is a blank date")
    @NullSource
    @ValueSource(strings = {"", "   ", "\u3000", "\u00A0\t\n", "\u200B"})
    void blank_input_is_refused_as_blank(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> DateParser.parse(raw));

        assertEquals("date.blank", e.messageKey());
    }

    @Test
    void the_raw_value_in_an_error_is_exactly_what_was_typed() {
        DomainException e = assertThrows(DomainException.class, () -> DateParser.parse(" ２０１９-02-30 "));

        assertArrayEquals(new Object[] {" ２０１９-02-30 "}, e.args());
    }

    @ParameterizedTest(name = "[{index}] parseDay refuses the month-only \"{0}\"")
    @ValueSource(strings = {"2019年12月", "2019-12", "二〇一九年十二月"})
    void parse_day_refuses_a_month_without_a_day(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> DateParser.parseDay(raw));

        assertAll(
                () -> assertEquals("date.dayRequired", e.messageKey()),
                () -> assertArrayEquals(new Object[] {raw}, e.args()),
                () -> assertEquals("A full date with the day is needed, not only the month: " + raw, e.getMessage()));
    }

    @Test
    void parse_day_passes_on_the_errors_of_parse() {
        assertEquals("date.impossible",
                assertThrows(DomainException.class, () -> DateParser.parseDay("2019-02-30")).messageKey());
        assertEquals("date.blank", assertThrows(DomainException.class, () -> DateParser.parseDay(" ")).messageKey());
    }

    @ParameterizedTest(name = "[{index}] Excel serial {0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.0       | 1900-01-01
            1.9999    | 1900-01-01
            31        | 1900-01-31
            59        | 1900-02-28
            59.99     | 1900-02-28
            61        | 1900-03-01
            366       | 1900-12-31
            367       | 1901-01-01
            36526     | 2000-01-01
            43819     | 2019-12-20
            43819.999 | 2019-12-20
            73050     | 2099-12-31
            73050.9   | 2099-12-31
            """)
    void excel_serials_count_the_fictitious_1900_leap_day(double serial, LocalDate expected) {
        assertEquals(expected, DateParser.fromExcelSerial(serial));
    }

    @ParameterizedTest(name = "[{index}] Excel serial {0} is the fictitious 1900-02-29")
    @CsvSource({"60.0, 60", "60.5, 60.5"})
    void excel_serial_60_is_refused_as_not_a_real_date(double serial, String shown) {
        DomainException e = assertThrows(DomainException.class, () -> DateParser.fromExcelSerial(serial));

        assertAll(
                () -> assertEquals("date.impossible", e.messageKey()),
                () -> assertArrayEquals(new Object[] {shown}, e.args()));
    }

    @ParameterizedTest(name = "[{index}] Excel serial {0} is out of range")
    @ValueSource(doubles = {0, 0.999, -1, 73051, 1e9, Double.NaN, Double.POSITIVE_INFINITY})
    void excel_serials_out_of_range_are_refused(double serial) {
        assertEquals("date.serialOutOfRange",
                assertThrows(DomainException.class, () -> DateParser.fromExcelSerial(serial)).messageKey());
    }

    @Test
    void a_month_precision_date_must_be_the_first_of_the_month() {
        assertThrows(IllegalArgumentException.class,
                () -> new ParsedDate(LocalDate.of(2019, 12, 20), DatePrecision.MONTH, "2019年12月"));
    }

    @ParameterizedTest(name = "[{index}] message {0} names the value in both languages")
    @ValueSource(strings = {"date.impossible", "date.unrecognized", "date.serialOutOfRange", "date.dayRequired"})
    void every_date_message_names_the_value_in_chinese_and_english(String key) {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

            assertEquals(locale, bundle.getLocale());
            String text = new MessageFormat(bundle.getString(key), locale).format(new Object[] {"2019-02-30"});
            assertTrue(text.contains("2019-02-30"), key + " in " + locale + ": " + text);
        }
    }

    @Test
    void the_blank_message_exists_in_chinese_and_english() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

            assertFalse(bundle.getString("date.blank").isBlank());
        }
    }
}
