package org.normdesk.domain.common;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "[{index}] fold(\"{0}\") is \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # input                   | folded
            １２３４５６７８９０      | 1234567890
            ＡＢＣｘｙｚ              | ABCxyz
            （２０１９）              | (2019)
            ［２０１９］              | [2019]
            ２０１９－１２．２０／    | 2019-12.20/
            Ｎ：Ａ，                  | 'N:A,'
            # CJK brackets and 《》 have no half-width form and stay
            濮政〔2019〕【1】〖2〗《办法》 | 濮政〔2019〕【1】〖2〗《办法》
            # the small tortoise-shell bracket is a compatibility form of 〔
            ﹝2019﹞                  | 〔2019〕
            # wide spaces become ASCII spaces, they are not removed
            'a\u3000b\u00A0c'         | 'a b c'
            # zero-width characters from web pages vanish
            '濮\u200B政\uFEFF'        | 濮政
            ''                        | ''
            """)
    void fold_makes_full_width_text_half_width(String input, String expected) {
        assertEquals(expected, TextNormalizer.fold(input));
    }

    @ParameterizedTest(name = "[{index}] stripAllWhitespace(\"{0}\") is \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # input                                 | stripped
            ' 濮政 〔2019〕 12 号 '                 | 濮政〔2019〕12号
            '濮政\u3000〔2019〕\u00A012号'          | 濮政〔2019〕12号
            '濮政\t〔2019〕\n12号\r\n'              | 濮政〔2019〕12号
            '\u2002\u2003\u2009\u202F\u205F\u2028'  | ''
            # no folding: full-width digits stay
            '１２ 号'                               | １２号
            ''                                      | ''
            """)
    void strip_all_whitespace_removes_every_kind_of_space(String input, String expected) {
        assertEquals(expected, TextNormalizer.stripAllWhitespace(input));
    }

    @ParameterizedTest(name = "[{index}] normalizeTitle(\"{0}\") is \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # input                                        | normalized
            关于印发《濮阳市行政规范性文件管理办法》的通知 | 关于印发《濮阳市行政规范性文件管理办法》的通知
            '  关于印发《办法》的通知  '                   | 关于印发《办法》的通知
            '关于 印发\u3000《办法》 的通知'               | 关于印发《办法》的通知
            '关于\u00A0\u00A0做好\t\n备案\u3000\u3000工作' | 关于做好备案工作
            '\u3000关于做好备案工作\u3000'                 | 关于做好备案工作
            关于印发《ＸＸ办法》的通知                     | 关于印发《XX办法》的通知
            # full-width punctuation turns ASCII, and a space next to it still goes
            '办法\u3000（试行）'                           | 办法(试行)
            办法（试行）                                   | 办法(试行)
            '关于 “三统一” 的 通知'                        | 关于“三统一”的通知
            '意见 ， 通知'                                 | 意见,通知
            # spaces next to Latin letters and digits carry meaning and are collapsed, not removed
            '关于 2019 年度 工作的通知'                    | 关于 2019 年度工作的通知
            'Word   文件 模板'                             | Word 文件模板
            'PPP  项目'                                    | PPP 项目
            'A  B'                                         | A B
            ''                                             | ''
            '\u3000 \u00A0'                                | ''
            """)
    void normalize_title_collapses_spaces_but_drops_them_between_chinese_characters(String input, String expected) {
        assertEquals(expected, TextNormalizer.normalizeTitle(input));
    }

    @Test
    void the_same_title_typed_two_ways_normalizes_to_one_string() {
        assertEquals(TextNormalizer.normalizeTitle("关于印发《濮阳市规范性文件备案办法（试行）》的通知"),
                TextNormalizer.normalizeTitle(" 关于印发 《濮阳市规范性文件备案办法\u3000（试行）》的通知\u3000"));
    }

    @Test
    void null_stays_null() {
        assertAll(
                () -> assertNull(TextNormalizer.fold(null)),
                () -> assertNull(TextNormalizer.stripAllWhitespace(null)),
                () -> assertNull(TextNormalizer.normalizeTitle(null)));
    }

    /** The shortcut for titles without spaces must not skip a title that has one of any kind. */
    @Test
    void every_unicode_white_space_character_is_collapsed_and_dropped_between_han() {
        java.util.regex.Pattern white = java.util.regex.Pattern.compile("\\p{IsWhite_Space}");
        int seen = 0;
        for (char c = 0; c < 0xFFFF; c++) {
            if (white.matcher(String.valueOf(c)).matches()) {
                seen++;
                assertEquals("A B", TextNormalizer.normalizeTitle("A" + c + "B"), "U+" + Integer.toHexString(c));
                assertEquals("关于办法", TextNormalizer.normalizeTitle("关于" + c + c + "办法"), "U+" + Integer.toHexString(c));
            }
        }
        assertEquals(25, seen, "the White_Space characters of the BMP");
        assertEquals("关于印发《办法》的通知", TextNormalizer.normalizeTitle("关于印发《办法》的通知"));
        assertEquals("关于印发(试行)", TextNormalizer.normalizeTitle("\u200B关于印发（试行）"));
    }
}
