package org.normdesk.domain.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.normdesk.domain.review.text.Article;
import org.normdesk.domain.review.text.ArticleSplitter;
import org.normdesk.domain.review.text.DocumentText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleSplitterTest {

    @ParameterizedTest
    @CsvSource({"一,1", "十,10", "十一,11", "二十,20", "二十三,23", "一百,100", "一百零一,101", "一百一十,110",
            "两百零二,202", "一千零二十,1020", "101,101", "１２,12", "〇,0", "abc,-1", "1十,-1"})
    void numerals_in_every_form_are_read(String numeral, int expected) {
        assertEquals(expected, ArticleSplitter.parseNumber(numeral));
    }

    @Test
    void chinese_numerals_written_for_word_numbering_read_back_as_the_same_number() {
        assertEquals("一百零一", ArticleSplitter.chineseNumeral(101));
        assertEquals("十一", ArticleSplitter.chineseNumeral(11));
        assertEquals("一百一十", ArticleSplitter.chineseNumeral(110));
        assertEquals("一千零二十", ArticleSplitter.chineseNumeral(1020));
        for (int n = 1; n <= 9999; n++) {
            assertEquals(n, ArticleSplitter.parseNumber(ArticleSplitter.chineseNumeral(n)), "number " + n);
        }
    }

    @Test
    void a_document_with_chapters_is_cut_into_preamble_and_articles_and_references_stay_inside() {
        String text = """
                濮阳市城市绿化管理办法
                （2019年12月20日濮阳市人民政府令第12号公布）
                第一章　总则
                第一条　为了加强城市绿化管理，根据《城市绿化条例》，制定本办法。
                第二条　本办法适用于本市城市规划区。
                违反本办法第一条规定的，另行处理。
                第二章　管理
                第三条　任何单位和个人不得损坏城市绿地。
                """;
        DocumentText split = ArticleSplitter.split(text);
        Article preamble = split.preamble().orElseThrow();
        assertTrue(preamble.text().contains("政府令第12号"));
        assertFalse(preamble.text().contains("第一章"), "the chapter heading ends the preamble");
        List<Article> numbered = split.numbered();
        assertEquals(List.of(1, 2, 3), numbered.stream().map(Article::number).toList(),
                "第一条 inside a sentence of 第二条 does not start an article");
        assertEquals("第一章　总则", numbered.get(0).chapter());
        assertEquals("第二章　管理", numbered.get(2).chapter());
        assertTrue(numbered.get(1).text().endsWith("另行处理。"), "an article runs over several paragraphs");
        assertFalse(numbered.get(1).text().contains("第二章"), "the next chapter's heading is not in the article");
        assertEquals(text.indexOf("第三条"), numbered.get(2).start());
        assertEquals(numbered.get(2).text(), text.substring(numbered.get(2).start(), numbered.get(2).end()));
        assertEquals(3, split.articleAt(text.indexOf("损坏")).orElseThrow().number());
    }

    @Test
    void article_one_hundred_and_one_and_arabic_and_full_width_numbers_are_articles() {
        StringBuilder text = new StringBuilder("前言\n");
        for (int i = 1; i <= 101; i++) {
            text.append("第").append(i == 101 ? "一百零一" : i == 100 ? "１００" : String.valueOf(i)).append("条 内容")
                    .append(i).append("。\n");
        }
        DocumentText split = ArticleSplitter.split(text.toString());
        assertEquals(101, split.numbered().size());
        assertEquals("第一百零一条", split.numbered().get(100).label());
        assertEquals(101, split.numbered().get(100).number());
        assertEquals(100, split.numbered().get(99).number());
        assertNull(split.numbered().get(0).chapter());
    }

    @Test
    void a_document_written_in_items_is_cut_at_its_items() {
        String text = "关于进一步优化营商环境的意见\n各县（区）人民政府：\n一、总体要求\n坚持问题导向。\n二、主要任务\n（一）精简审批。\n三、保障措施\n加强督查。";
        DocumentText split = ArticleSplitter.split(text);
        assertEquals(List.of("一、", "二、", "三、"), split.numbered().stream().map(Article::label).toList());
        assertTrue(split.numbered().get(1).text().contains("（一）精简审批"), "sub-items stay inside their item");
        assertTrue(split.preamble().orElseThrow().text().contains("各县（区）人民政府"));
    }

    @Test
    void a_text_without_articles_or_items_is_all_preamble() {
        DocumentText split = ArticleSplitter.split("请各单位认真贯彻执行。");
        assertEquals(1, split.articles().size());
        assertTrue(split.articles().get(0).isPreamble());
        assertTrue(ArticleSplitter.split("").articles().isEmpty());
    }
}
