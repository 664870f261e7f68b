package org.normdesk.domain.common;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated 文号 — bracketed with every bracket pair, hyphenated with every dash, decrees — written with leading
 * zeros, 第, 号 or 號, random whitespace and random full-width characters, read back to the same prefix, year and
 * serial; any text at all is read without an exception (kept and flagged when unreadable); a full-width copy of any
 * text gives the same matching key. Tries per property are given on each (1,000 or 2,000).
 */
class DocNumberProperties {
    private static final String[][] BRACKETS = {{"〔", "〕"}, {"[", "]"}, {"【", "】"}, {"(", ")"}, {"〖", "〗"},
            {"［", "］"}, {"（", "）"}, {"〔", "]"}};
    private static final String DASHES = "-‐‑‒–—―";

    @Property(tries = 2000)
    void a_bracketed_number_reads_back_to_its_parts(@ForAll("prefixes") String prefix,
                                                   @ForAll @IntRange(min = 1949, max = 2100) int year,
                                                   @ForAll @IntRange(min = 1, max = 999_999_999) int serial,
                                                   @ForAll Random style) {
        String[] pair = BRACKETS[style.nextInt(BRACKETS.length)];
        String written = prefix + pair[0] + year + pair[1] + (style.nextBoolean() ? "第" : "")
                + "0".repeat(style.nextInt(3)) + serial + new String[]{"号", "號", ""}[style.nextInt(3)];
        assertRead(DateParserProperties.disguise(written, style), prefix, year, serial,
                prefix + "〔" + year + "〕" + serial + "号");
    }

    @Property(tries = 1000)
    void a_hyphenated_number_reads_back_to_its_parts(@ForAll("prefixes") String prefix,
                                                    @ForAll @IntRange(min = 1949, max = 2100) int year,
                                                    @ForAll @IntRange(min = 1, max = 999_999_999) int serial,
                                                    @ForAll Random style) {
        char dash = DASHES.charAt(style.nextInt(DASHES.length()));
        String written = prefix + (style.nextBoolean() ? String.valueOf(dash) : "") + year + dash
                + "0".repeat(style.nextInt(3)) + serial + (style.nextBoolean() ? "号" : "號");
        assertRead(DateParserProperties.disguise(written, style), prefix, year, serial,
                prefix + "〔" + year + "〕" + serial + "号");
    }

    @Property(tries = 1000)
    void a_decree_number_reads_back_without_a_year(@ForAll("prefixes") String issuer,
                                                  @ForAll @IntRange(min = 1, max = 999_999_999) int serial,
                                                  @ForAll Random style) {
        String prefix = issuer + "令";
        String written = prefix + (style.nextBoolean() ? "第" : "") + "0".repeat(style.nextInt(3)) + serial
                + new String[]{"号", "號", ""}[style.nextInt(3)];
        assertRead(DateParserProperties.disguise(written, style), prefix, null, serial, prefix + "第" + serial + "号");
    }

    @Property(tries = 2000)
    void any_text_is_read_without_an_exception_and_kept_as_entered(@ForAll("numberLikeText") String text) {
        Optional<DocNumber> read = DocNumber.parse(text);
        String compact = TextNormalizer.stripAllWhitespace(TextNormalizer.fold(text));
        assertEquals(compact.isEmpty(), read.isEmpty(), "empty exactly for blank text: " + text);
        read.ifPresent(number -> {
            assertEquals(text, number.raw());
            assertFalse(number.normalized().isEmpty());
            if (number.parsed()) {
                assertTrue(number.serial() >= 1);
                assertTrue(number.normalized().endsWith(number.serial() + "号"), number.normalized());
            } else {
                assertEquals(compact, number.normalized(), "an unreadable number still collides with its copies");
                assertNull(number.prefix());
            }
            assertEquals(number, DocNumber.parse(text).orElseThrow(), "the same every time");
        });
    }

    @Property(tries = 2000)
    void a_full_width_copy_has_the_same_matching_key(@ForAll("numberLikeText") String text, @ForAll Random which) {
        String copy = DateParserProperties.fullWidth(text, which);
        assertEquals(DocNumber.parse(text).map(DocNumber::normalized), DocNumber.parse(copy).map(DocNumber::normalized),
                text + " / " + copy);
    }

    @Provide
    Arbitrary<String> prefixes() {
        Arbitrary<String> han = Arbitraries.strings().withChars("濮阳政办发豫财农清丰县人民府教育局卫健委市".toCharArray())
                .ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> latinTail = Arbitraries.strings().withCharRange('A', 'Z').ofMaxLength(2);
        return han.flatMap(h -> latinTail.map(l -> h + l));
    }

    @Provide
    Arbitrary<String> numberLikeText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(11),
                Arbitraries.of("濮政", "令", "第", "号", "號", "〔", "〕", "[", "]", "【", "】", "(", ")", "（", "）",
                        "-", "—", " ", "\u3000", "\u200B", "\uFEFF", "HFGS", "２０１９"),
                Arbitraries.strings().all().ofMaxLength(3));
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }

    private static void assertRead(String written, String prefix, Integer year, int serial, String normalized) {
        DocNumber number = DocNumber.parse(written).orElseThrow();
        assertTrue(number.parsed(), written);
        assertEquals(prefix, number.prefix(), written);
        assertEquals(year, number.year(), written);
        assertEquals(serial, number.serial(), written);
        assertEquals(normalized, number.normalized(), written);
        assertEquals(written, number.raw());
        assertNotNull(number.normalized());
    }
}
