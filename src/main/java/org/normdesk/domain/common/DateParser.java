package org.normdesk.domain.common;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates found on documents and in ledgers: 2019-12-20, 2019/12/20, 2019.12.20, 20191220,
 * 2019年12月20日 (or …20号), 二〇一九年十二月二十日, month-only forms (2019年12月, 2019-12) and Excel
 * serial numbers (43819). Whitespace anywhere and full-width digits are ignored.
 */
public final class DateParser {

    /** Excel serials accepted: 1 = 1900-01-01 up to 73050 = 2099-12-31. */
    private static final int FIRST_EXCEL_SERIAL = 1;
    private static final int LAST_EXCEL_SERIAL = 73050;

    /**
     * Excel (after Lotus 1-2-3) counts a 29 February 1900 that never existed as serial 60, so serials
     * after it are one day ahead of a plain count from 1899-12-31.
     */
    private static final int EXCEL_FICTITIOUS_LEAP_DAY = 60;
    private static final LocalDate EXCEL_DAY_ZERO = LocalDate.of(1899, 12, 31);

    private static final String YEAR = "(?<year>[0-9]{4})";
    private static final String MONTH = "(?<month>[0-9]{1,2})";
    private static final String DAY = "(?<day>[0-9]{1,2})";

    // All patterns run on folded text without whitespace, with Chinese numerals already turned into digits.
    private static final List<Pattern> DAY_PATTERNS = List.of(
            Pattern.compile("^" + YEAR + "(?<sep>[-/.])" + MONTH + "\\k<sep>" + DAY + "$"),
            Pattern.compile("^" + YEAR + "年" + MONTH + "月" + DAY + "[日号]?$"),
            Pattern.compile("^(?<year>[0-9]{4})(?<month>[0-9]{2})(?<day>[0-9]{2})$"));
    private static final List<Pattern> MONTH_PATTERNS = List.of(
            Pattern.compile("^" + YEAR + "年" + MONTH + "月$"),
            Pattern.compile("^" + YEAR + "[-/.]" + MONTH + "$"));

    /** A lone four-digit number is a year typed into a date field, not an Excel serial from 1902–1927. */
    private static final Pattern BARE_YEAR = Pattern.compile("^[0-9]{4}$");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("^[0-9]{1,5}(?:\\.[0-9]+)?$");

    private static final Pattern CHINESE_NUMERAL = Pattern.compile("[〇○零一二三四五六七八九十]+");
    /** 十, 十二, 二十, 二十一, 三十一: the only numbers with 十 that a month or day needs. */
    private static final Pattern CHINESE_TENS = Pattern.compile(
            "^(?<tens>[一二三四五六七八九])?十(?<units>[一二三四五六七八九])?$");
    /** Position = value; years are written digit by digit (二〇一九), with either zero glyph or 零. */
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private DateParser() {
    }

    /** Reads a day or a month; throws {@link DomainException} (date.blank, date.unrecognized, date.impossible). */
    public static ParsedDate parse(String raw) {
        String compact = raw == null ? "" : TextNormalizer.stripAllWhitespace(TextNormalizer.fold(raw));
        if (compact.isEmpty()) {
            throw new DomainException("date.blank", "No date given");
        }
        String text = arabicNumerals(compact, raw);
        for (Pattern pattern : DAY_PATTERNS) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return new ParsedDate(date(m, m.group("day"), raw), DatePrecision.DAY, raw);
            }
        }
        for (Pattern pattern : MONTH_PATTERNS) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return new ParsedDate(date(m, "1", raw), DatePrecision.MONTH, raw);
            }
        }
        // Checked on the text as typed: 一二 is not meant as serial 12.
        if (EXCEL_SERIAL.matcher(compact).matches() && !BARE_YEAR.matcher(compact).matches()) {
            return new ParsedDate(fromExcelSerial(Double.parseDouble(compact), raw), DatePrecision.DAY, raw);
        }
        throw unrecognized(raw);
    }

    /** Like {@link #parse} but the day must be known; a month alone throws date.dayRequired. */
    public static LocalDate parseDay(String raw) {
        ParsedDate parsed = parse(raw);
        if (parsed.precision() != DatePrecision.DAY) {
            throw new DomainException("date.dayRequired",
                    "A full date with the day is needed, not only the month: " + raw, raw);
        }
        return parsed.date();
    }

    /** The day an Excel serial number stands for; the fraction (time of day) is dropped. */
    public static LocalDate fromExcelSerial(double serial) {
        String shown = Double.isFinite(serial)
                ? BigDecimal.valueOf(serial).stripTrailingZeros().toPlainString()
                : String.valueOf(serial);
        return fromExcelSerial(serial, shown);
    }

    private static LocalDate fromExcelSerial(double serial, String shown) {
        if (!(serial >= FIRST_EXCEL_SERIAL && serial < LAST_EXCEL_SERIAL + 1)) {
            throw new DomainException("date.serialOutOfRange",
                    "Excel date number out of range (1–73050): " + shown, shown);
        }
        long day = (long) Math.floor(serial);
        if (day == EXCEL_FICTITIOUS_LEAP_DAY) {
            throw impossible(shown);
        }
        return EXCEL_DAY_ZERO.plusDays(day < EXCEL_FICTITIOUS_LEAP_DAY ? day : day - 1);
    }

    private static LocalDate date(Matcher m, String day, String raw) {
        try {
            return LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                    Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw impossible(raw);
        }
    }

    /** Replaces each run of Chinese numerals by its value: 二〇一九 → 2019, 十二 → 12, 三十一 → 31. */
    private static String arabicNumerals(String text, String raw) {
        Matcher run = CHINESE_NUMERAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (run.find()) {
            run.appendReplacement(out, chineseNumber(run.group(), raw));
        }
        return run.appendTail(out).toString();
    }

    private static String chineseNumber(String numeral, String raw) {
        if (numeral.indexOf('十') < 0) {
            StringBuilder digits = new StringBuilder();
            for (char c : numeral.toCharArray()) {
                digits.append(c == '○' || c == '零' ? 0 : CHINESE_DIGITS.indexOf(c));
            }
            return digits.toString();
        }
        Matcher tens = CHINESE_TENS.matcher(numeral);
        if (!tens.matches()) {
            throw unrecognized(raw);
        }
        int high = tens.group("tens") == null ? 1 : CHINESE_DIGITS.indexOf(tens.group("tens"));
        int low = tens.group("units") == null ? 0 : CHINESE_DIGITS.indexOf(tens.group("units"));
        return Integer.toString(high * 10 + low);
    }

    private static DomainException impossible(String raw) {
        return new DomainException("date.impossible", "Not a real date: " + raw, raw);
    }

    private static DomainException unrecognized(String raw) {
        return new DomainException("date.unrecognized", "Not a recognised date: " + raw, raw);
    }
}
