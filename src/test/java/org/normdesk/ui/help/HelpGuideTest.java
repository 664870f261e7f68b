package org.normdesk.ui.help;

import org.junit.jupiter.api.Test;
import org.normdesk.service.i18n.Messages;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HelpGuideTest {
    @Test
    void chapters_headings_items_pictures_and_joined_paragraphs_are_read() {
        HelpGuide guide = HelpGuide.parse("""
                Not shown: before the first chapter.

                # 开始使用
                第一行
                第二行。
                ## 第一次启动
                - 语言
                - 单位
                ![欢迎页](img/welcome.png)
                An English line
                goes on.

                # Second
                """);

        assertEquals(List.of("开始使用", "Second"), guide.chapters().stream().map(HelpGuide.Chapter::title).toList());
        assertEquals(List.of(new HelpGuide.Paragraph("第一行第二行。"), new HelpGuide.Heading("第一次启动"),
                new HelpGuide.Item("语言"), new HelpGuide.Item("单位"),
                new HelpGuide.Picture("/help/img/welcome.png", "欢迎页"), new HelpGuide.Paragraph("An English line goes on.")),
                guide.chapters().get(0).blocks());
        assertTrue(guide.chapters().get(1).blocks().isEmpty());
    }

    @Test
    void both_guides_cover_the_same_workflows_and_every_screenshot_is_shipped() {
        HelpGuide zh = HelpGuide.load(Messages.load(Locale.SIMPLIFIED_CHINESE));
        HelpGuide en = HelpGuide.load(Messages.load(Locale.ENGLISH));

        assertEquals(List.of("开始使用", "报送备案登记", "审查", "现行有效台账", "清理", "统计", "设置", "出现问题时", "向上报备", "交换包"),
                zh.chapters().stream().map(HelpGuide.Chapter::title).toList());
        assertEquals(zh.chapters().size(), en.chapters().size());
        for (HelpGuide guide : List.of(zh, en)) {
            List<HelpGuide.Picture> pictures = guide.chapters().stream().flatMap(c -> c.blocks().stream())
                    .filter(HelpGuide.Picture.class::isInstance).map(HelpGuide.Picture.class::cast).toList();
            assertEquals(7, pictures.size());
            for (HelpGuide.Picture picture : pictures) {
                assertNotNull(HelpGuide.class.getResource(picture.resource()), picture.resource() + " is shipped");
            }
        }
        assertTrue(en.chapters().get(0).blocks().stream().anyMatch(b -> b instanceof HelpGuide.Picture p
                && p.resource().endsWith("welcome.en.png")), "the English guide shows the English screens");
    }
}
