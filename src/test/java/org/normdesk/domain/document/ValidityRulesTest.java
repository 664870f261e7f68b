package org.normdesk.domain.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValidityRulesTest {
    @ParameterizedTest(name = "{0} | {1} from {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            濮阳市城市绿化管理办法              | null                          | 2020-01-20 | 2025-01-19
            濮阳市城市绿化管理暂行办法          | null                          | 2020-01-20 | 2022-01-19
            濮阳市农村公路养护试行办法          | null                          | 2020-03-01 | 2022-02-28
            关于印发《濮阳市XX试行办法》的通知  | null                          | 2019-07-01 | 2021-06-30
            濮阳市物业管理办法                  | 本办法有效期3年               | 2020-01-01 | 2022-12-31
            濮阳市物业管理暂行办法              | 本办法有效期为三年            | 2020-01-01 | 2022-12-31
            濮阳市供热办法                      | 有效期十年                    | 2020-01-01 | 2029-12-31
            濮阳市供热办法                      | 有效期至2023年6月30日         | 2020-01-01 | 2023-06-30
            濮阳市2020年度工作安排（有效期至2020年12月31日） | null       | 2020-02-01 | 2020-12-31
            闰日生效的办法                      | null                          | 2020-02-29 | 2025-02-28
            """)
    void the_validity_end_follows_the_title_the_text_and_the_defaults(String title, String text, String effective,
                                                                      String expected) {
        assertEquals(LocalDate.parse(expected),
                ValidityRules.DEFAULT.validUntil(title, text, LocalDate.parse(effective)).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"五,5", "十,10", "十二,12", "二十,20", "两,2", "3,3"})
    void chinese_numbers_in_periods_are_read(String text, int expected) {
        assertEquals(expected, ValidityRules.chineseNumber(text));
    }

    @org.junit.jupiter.api.Test
    void without_an_effective_date_only_an_explicit_end_date_gives_an_answer() {
        assertEquals(java.util.Optional.empty(), ValidityRules.DEFAULT.validUntil("某办法", null, null));
        assertEquals(LocalDate.of(2023, 6, 30), ValidityRules.DEFAULT.validUntil("某办法", "有效期至2023年6月30日", null).orElseThrow());
    }
}
