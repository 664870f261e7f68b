package org.normdesk.domain.common;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocNumberParserTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" reads as {1} / {2} / {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # raw                           | prefix     | year | serial | normalized
            濮政〔2019〕12号                 | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政[2019]12号                   | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政【2019】12号                 | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政（2019）12号                 | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政(2019)12号                   | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政［2019］12号                 | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政〖2019〗12号                 | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政﹝2019﹞12号                  | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            # mismatched bracket pair, typed in a hurry
            濮政[2019〕12号                  | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            # spaces inside and around, ASCII, ideographic (U+3000) and no-break (U+00A0)
            '濮政 〔 2019 〕 12 号'          | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            '  濮政〔2019〕12号  '           | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            '濮政\u3000〔2019〕\u00A012号'   | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            '濮 政 [ 2019 ] 1 2 号'          | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            # full-width digits and letters
            濮政〔２０１９〕１２号           | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政（２０１９）１２号           | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            # 第, missing 号, leading zeros, traditional 號
            濮政〔2019〕第12号               | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政〔2019〕12                   | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政〔2019〕第12                 | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政〔2019〕012号                | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政〔2019〕0012号               | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政〔2019〕12號                 | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            # hyphenated years (a Chinese prefix and 号 are required)
            濮政-2019-12号                   | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政—2019—12号                   | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政–2019–12号                   | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政2019-12号                    | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            濮政－２０１９－１２号           | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            '濮政 - 2019 - 012 号'           | 濮政       | 2019 | 12     | 濮政〔2019〕12号
            # longer prefixes and prefixes with Latin letters
            濮政办〔2019〕3号                | 濮政办     | 2019 | 3      | 濮政办〔2019〕3号
            哈政发法字[2009]1号              | 哈政发法字 | 2009 | 1      | 哈政发法字〔2009〕1号
            国办发〔2018〕37号               | 国办发     | 2018 | 37     | 国办发〔2018〕37号
            皖政办秘〔2018〕185号            | 皖政办秘   | 2018 | 185    | 皖政办秘〔2018〕185号
            惠府〔2017〕46号                 | 惠府       | 2017 | 46     | 惠府〔2017〕46号
            X政发〔2026〕1号                 | X政发      | 2026 | 1      | X政发〔2026〕1号
            ＡＢ政〔2020〕3号                | AB政       | 2020 | 3      | AB政〔2020〕3号
            ABC[2020]3号                     | ABC        | 2020 | 3      | ABC〔2020〕3号
            # year bounds 1949..2100
            濮政〔1949〕1号                  | 濮政       | 1949 | 1      | 濮政〔1949〕1号
            濮政〔2100〕999999号             | 濮政       | 2100 | 999999 | 濮政〔2100〕999999号
            """)
    void bracketed_and_hyphenated_numbers_are_read_into_prefix_year_and_serial(
            String raw, String prefix, int year, int serial, String normalized) {
        DocNumber number = DocNumber.parse(raw).orElseThrow();

        assertAll(
                () -> assertEquals(raw, number.raw(), "raw is kept exactly"),
                () -> assertEquals(prefix, number.prefix()),
                () -> assertEquals(year, number.year()),
                () -> assertEquals(serial, number.serial()),
                () -> assertEquals(normalized, number.normalized()),
                () -> assertTrue(number.parsed()),
                () -> assertFalse(number.isFlagged()));
    }

    @ParameterizedTest(name = "[{index}] decree \"{0}\" reads as {1} / {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # raw                        | prefix           | serial | normalized
            河南省人民政府令第226号       | 河南省人民政府令 | 226    | 河南省人民政府令第226号
            令第226号                     | 令               | 226    | 令第226号
            河南省人民政府令第169号       | 河南省人民政府令 | 169    | 河南省人民政府令第169号
            国务院令第337号               | 国务院令         | 337    | 国务院令第337号
            省政府令第169号               | 省政府令         | 169    | 省政府令第169号
            '国务院令 第 789 号'          | 国务院令         | 789    | 国务院令第789号
            '　河南省人民政府令第２２６号' | 河南省人民政府令 | 226    | 河南省人民政府令第226号
            国务院令337号                 | 国务院令         | 337    | 国务院令第337号
            国务院令第337                 | 国务院令         | 337    | 国务院令第337号
            令第0226號                    | 令               | 226    | 令第226号
            """)
    void decrees_are_read_without_a_year(String raw, String prefix, int serial, String normalized) {
        DocNumber number = DocNumber.parse(raw).orElseThrow();

        assertAll(
                () -> assertEquals(raw, number.raw()),
                () -> assertEquals(prefix, number.prefix()),
                () -> assertNull(number.year()),
                () -> assertEquals(serial, number.serial()),
                () -> assertEquals(normalized, number.normalized()),
                () -> assertTrue(number.parsed()));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is kept but flagged, matching key {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # raw                          | normalized
            # unified registration numbers (统一登记号) are a different field, whatever the dash
            HFGS—2017—9                    | HFGS—2017—9
            HFGS–2017–9                    | HFGS–2017–9
            HFGS-2017-9                    | HFGS-2017-9
            'HFGS - 2017 - 9'              | HFGS-2017-9
            ＨＦＧＳ－２０１７－９         | HFGS-2017-9
            HFGS-2017-9号                  | HFGS-2017-9号
            # hyphenated without 号 looks like a registration number too
            濮政-2019-12                   | 濮政-2019-12
            # free text and placeholders
            无文号                         | 无文号
            关于印发《某办法》的通知       | 关于印发《某办法》的通知
            Ｎ／Ａ                         | N/A
            # year outside 1949..2100 or not four digits
            濮政〔1948〕1号                | 濮政〔1948〕1号
            '濮 政 〔 1948 〕 1 号'        | 濮政〔1948〕1号
            濮政〔2101〕1号                | 濮政〔2101〕1号
            濮政〔19〕12号                 | 濮政〔19〕12号
            濮政〔20190〕12号              | 濮政〔20190〕12号
            # missing parts, serial 0, serial too long, trailing text
            〔2019〕12号                   | 〔2019〕12号
            濮政〔２０１９〕               | 濮政〔2019〕
            濮政〔2019〕号                 | 濮政〔2019〕号
            濮政2019年12号                 | 濮政2019年12号
            濮政〔2019〕0号                | 濮政〔2019〕0号
            濮政〔2019〕1234567890号       | 濮政〔2019〕1234567890号
            濮政〔2019〕12号文             | 濮政〔2019〕12号文
            濮政〔2019〕12-1号             | 濮政〔2019〕12-1号
            令第0号                        | 令第0号
            令第号                         | 令第号
            令                             | 令
            第12号                         | 第12号
            """)
    void anything_else_is_kept_and_flagged_never_rejected(String raw, String normalized) {
        DocNumber number = DocNumber.parse(raw).orElseThrow();

        assertAll(
                () -> assertEquals(raw, number.raw(), "raw is kept exactly"),
                () -> assertEquals(normalized, number.normalized()),
                () -> assertFalse(number.parsed()),
                () -> assertTrue(number.isFlagged()),
                () -> assertNull(number.prefix()),
                () -> assertNull(number.year()),
                () -> assertNull(number.serial()));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is no number at all")
    @NullSource
    @ValueSource(strings = {"", " ", "\u3000", "\u00A0\t\n", "\u200B", "\uFEFF \u3000"})
    void null_and_blank_input_gives_no_number(String raw) {
        assertEquals(Optional.empty(), DocNumber.parse(raw));
    }

    @Test
    void every_spelling_of_one_number_gets_the_same_matching_key() {
        List<String> keys = Stream.of(
                        "濮政〔2019〕12号", "濮政 [2019] 第12号", "濮政【２０１９】012", "濮政（2019）12號", "濮政-2019-12号")
                .map(raw -> DocNumber.parse(raw).orElseThrow().normalized())
                .distinct()
                .toList();

        assertEquals(List.of("濮政〔2019〕12号"), keys);
    }

    @Test
    void flagged_spellings_of_one_number_still_collide_when_only_width_and_spacing_differ() {
        DocNumber typed = DocNumber.parse("HFGS-2017-9").orElseThrow();
        DocNumber pasted = DocNumber.parse(" ＨＦＧＳ\u3000－ ２０１７ －９ ").orElseThrow();

        assertEquals(typed.normalized(), pasted.normalized());
        assertEquals(" ＨＦＧＳ\u3000－ ２０１７ －９ ", pasted.raw());
    }

    @Test
    void numbers_from_different_years_or_issuers_do_not_collide() {
        assertAll(
                () -> assertNotEquals(key("濮政〔2019〕12号"), key("濮政〔2020〕12号")),
                () -> assertNotEquals(key("濮政〔2019〕12号"), key("濮政办〔2019〕12号")),
                () -> assertNotEquals(key("濮政〔2019〕12号"), key("濮政〔2019〕120号")));
    }

    @Test
    void a_parsed_number_must_have_a_prefix_and_a_serial() {
        assertThrows(IllegalArgumentException.class,
                () -> new DocNumber("〔2019〕12号", null, 2019, 12, "〔2019〕12号", true));
        assertThrows(IllegalArgumentException.class,
                () -> new DocNumber("濮政〔2019〕0号", "濮政", 2019, 0, "濮政〔2019〕0号", true));
    }

    @Test
    void a_flagged_number_carries_no_parts() {
        assertThrows(IllegalArgumentException.class,
                () -> new DocNumber("HFGS-2017-9", "HFGS", 2017, 9, "HFGS-2017-9", false));
    }

    private static String key(String raw) {
        return DocNumber.parse(raw).orElseThrow().normalized();
    }
}
