package org.normdesk.domain.common;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated dates, written in every form the parser documents (with whitespace anywhere and digits and separators
 * turned full-width at random), read back to the same day; arbitrary text either parses or fails with one of the
 * documented message keys, never another exception; a full-width copy of any text reads exactly like the original.
 * Tries per property are given on each (1,000 or 2,000).
 */
class DateParserProperties {
    static final Set<String> DOCUMENTED_FAILURES = Set.of("date.blank", "date.unrecognized", "date.impossible",
            "date.serialOutOfRange");
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2099, 12, 31);
    private static final String WHITESPACE = " \t\u3000\u00A0\u2002\n";

    /** Every written form of a day the parser accepts. */
    private static final List<Function<LocalDate, String>> DAY_FORMS = List.of(
            d -> String.format("%d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
            d -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth(),
            d -> String.format("%d.%02d.%d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
            d -> String.format("%d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
            d -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日",
            d -> d.getYear() + "年" + String.format("%02d", d.getMonthValue()) + "月" + d.getDayOfMonth() + "号",
            d -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth(),
            d -> chineseYear(d.getYear(), '〇') + "年" + chinese(d.getMonthValue()) + "月" + chinese(d.getDayOfMonth()) + "日",
            d -> chineseYear(d.getYear(), '零') + "年" + chinese(d.getMonthValue()) + "月" + chinese(d.getDayOfMonth()) + "日",
            d -> chineseYear(d.getYear(), '○') + "年" + d.getMonthValue() + "月" + chinese(d.getDayOfMonth()) + "号");

    private static final List<Function<LocalDate, String>> MONTH_FORMS = List.of(
            d -> d.getYear() + "年" + d.getMonthValue() + "月",
            d -> chineseYear(d.getYear(), '〇') + "年" + chinese(d.getMonthValue()) + "月",
            d -> String.format("%d-%02d", d.getYear(), d.getMonthValue()),
            d -> d.getYear() + "/" + d.getMonthValue(),
            d -> d.getYear() + "." + d.getMonthValue());

    @Property(tries = 2000)
    void every_written_form_of_a_day_reads_back_to_that_day(@ForAll("days") LocalDate day,
                                                            @ForAll @IntRange(min = 0, max = 9) int form,
                                                            @ForAll Random noise) {
        String written = disguise(DAY_FORMS.get(form).apply(day), noise);
        ParsedDate parsed = DateParser.parse(written);
        assertEquals(day, parsed.date(), written);
        assertEquals(DatePrecision.DAY, parsed.precision(), written);
        assertEquals(written, parsed.raw(), "the text as entered is kept");
        assertEquals(day, DateParser.parseDay(written));
    }

    @Property(tries = 1000)
    void every_written_form_of_a_month_reads_back_to_its_first_day(@ForAll("days") LocalDate day,
                                                                  @ForAll @IntRange(min = 0, max = 4) int form,
                                                                  @ForAll Random noise) {
        String written = disguise(MONTH_FORMS.get(form).apply(day), noise);
        ParsedDate parsed = DateParser.parse(written);
        assertEquals(day.withDayOfMonth(1), parsed.date(), written);
        assertEquals(DatePrecision.MONTH, parsed.precision(), written);
        DomainException dayRequired = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> DateParser.parseDay(written));
        assertEquals("date.dayRequired", dayRequired.messageKey());
    }

    /**
     * Serials 1000–9999 look like a year typed alone (or, with a fraction, like 年.月) and are refused as such;
     * the rest read as Excel days.
     */
    @Property(tries = 1000)
    void an_excel_serial_reads_as_the_day_excel_shows(@ForAll("days") LocalDate day, @ForAll boolean withTime) {
        long serial = day.isBefore(LocalDate.of(1900, 3, 1))
                ? ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 31), day)
                : ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), day);
        String written = serial + (withTime ? ".75" : "");
        if (serial >= 1000 && serial <= 9999) {
            assertTrue(Set.of("date.unrecognized", "date.impossible").contains(failure(written)), written);
        } else {
            assertEquals(day, DateParser.parseDay(written), written);
            assertEquals(day, DateParser.fromExcelSerial(serial + (withTime ? 0.75 : 0)));
        }
    }

    @Property(tries = 2000)
    void any_text_parses_or_fails_with_a_documented_reason(@ForAll("dateLikeText") String text) {
        try {
            assertEquals(text, DateParser.parse(text).raw());
        } catch (DomainException e) {
            assertTrue(DOCUMENTED_FAILURES.contains(e.messageKey()), e.messageKey() + " for " + text);
        }
    }

    @Property(tries = 2000)
    void a_full_width_copy_reads_exactly_like_the_original(@ForAll("dateLikeText") String text, @ForAll Random which) {
        assertEquals(outcome(text), outcome(fullWidth(text, which)), text);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(0, ChronoUnit.DAYS.between(FIRST, LAST)).map(FIRST::plusDays);
    }

    /** Digits, date words, Chinese numerals, separators, whitespace, full-width forms and a sprinkle of anything. */
    @Provide
    Arbitrary<String> dateLikeText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("年", "月", "日", "号", "-", "/", ".", " ", "\u3000", "十", "二十", "〇", "零", "○",
                        "一", "九", "三十一", "e", "E", "+", "NaN", "Infinity", "１２", "．", "－"),
                Arbitraries.strings().all().ofMaxLength(3));
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }

    private static String outcome(String text) {
        try {
            ParsedDate parsed = DateParser.parse(text);
            return parsed.date() + "/" + parsed.precision();
        } catch (DomainException e) {
            return e.messageKey();
        }
    }

    private static String failure(String text) {
        try {
            DateParser.parse(text);
            return "parsed";
        } catch (DomainException e) {
            return e.messageKey();
        }
    }

    /** Whitespace inserted at random places, and about half the ASCII characters made full-width. */
    static String disguise(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (random.nextInt(5) == 0) {
                out.append(WHITESPACE.charAt(random.nextInt(WHITESPACE.length())));
            }
            out.append(c > 0x20 && c < 0x7F && random.nextBoolean() ? (char) (c + 0xFEE0) : c);
        }
        if (random.nextBoolean()) {
            out.append(WHITESPACE.charAt(random.nextInt(WHITESPACE.length())));
        }
        return out.toString();
    }

    static String fullWidth(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c > 0x20 && c < 0x7F && random.nextBoolean() ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }

    private static String chineseYear(int year, char zero) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(year).toCharArray()) {
            out.append(c == '0' ? zero : "〇一二三四五六七八九".charAt(c - '0'));
        }
        return out.toString();
    }

    private static String chinese(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        return (n >= 20 ? String.valueOf(digits.charAt(n / 10)) : "") + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
    }
}
