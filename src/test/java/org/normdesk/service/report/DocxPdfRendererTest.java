package org.normdesk.service.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.normdesk.service.report.PdfLayout.LineBox;
import org.normdesk.service.report.PdfLayout.Text;
import org.normdesk.service.report.PdfModel.Align;
import org.normdesk.service.report.PdfModel.LineSpacing;
import org.normdesk.service.report.PdfModel.PageSetup;
import org.normdesk.service.report.PdfModel.Paragraph;
import org.normdesk.service.report.PdfModel.Span;
import org.normdesk.service.report.PdfModel.TextStyle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxPdfRendererTest {
    private static final DocxPdfRenderer.Info INFO =
            new DocxPdfRenderer.Info("规范性文件备案登记回执", Instant.parse("2019-12-23T02:00:00Z"));

    @Test
    void the_filled_receipt_renders_as_a_pdf_whose_text_holds_the_chinese_values() throws IOException {
        byte[] pdf = render(PrintService.FILING_RECEIPT, SampleLetters.receipt());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            for (String value : List.of("规范性文件备案登记回执", "濮阳市华龙区人民政府", "濮政〔2019〕12号",
                    "濮阳市华龙区城区生活垃圾分类管理办法", "濮司备〔2019〕15号", "2019年12月20日", "2020年1月19日",
                    "濮阳市司法局", "（盖章）", "第 1 页 共 1 页")) {
                assertTrue(text.contains(value), () -> value + " not in:\n" + text);
            }
            assertFalse(text.contains("{{"), text);
            assertEquals(PDRectangleA4.WIDTH, doc.getPage(0).getMediaBox().getWidth(), 1f);
            assertEquals(PDRectangleA4.HEIGHT, doc.getPage(0).getMediaBox().getHeight(), 1f);
        }
    }

    @Test
    void the_bundled_font_is_embedded_as_a_subset_on_every_page() throws IOException {
        byte[] pdf = render(PrintService.RETURN_NOTICE, SampleLetters.returnNotice(40));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 1);
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                List<PDFont> fonts = new ArrayList<>();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
                assertEquals(1, fonts.size());
                PDType0Font font = (PDType0Font) fonts.get(0);
                assertTrue(font.isEmbedded());
                assertTrue(font.getName().matches("[A-Z]{6}\\+WenQuanYiMicroHei"), font.getName());
                assertNotNull(font.getDescendantFont().getFontDescriptor().getFontFile2(), "TrueType glyphs embedded");
            }
        }
        assertTrue(pdf.length < 400_000, "a subset, not the whole 5 MB collection: " + pdf.length);
    }

    @Test
    void a_long_reasons_table_breaks_across_pages_with_its_header_repeated_and_numbered_pages() throws IOException {
        byte[] pdf = render(PrintService.RETURN_NOTICE, SampleLetters.returnNotice(40));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3, "40 reasons take several pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= pages; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = stripper.getText(doc);
                all.append(page);
                assertTrue(page.contains("第 " + i + " 页 共 " + pages + " 页"), "page number on page " + i);
                if (i < pages) {
                    assertTrue(page.contains("问题或缺少的材料"), "table header repeated on page " + i);
                }
            }
            String text = all.toString();
            for (int n = 6; n <= 40; n++) {
                assertTrue(text.contains("补充材料第" + n + "项"), "reason " + n);
            }
            // the signature is never alone: the closing line goes with it
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String last = stripper.getText(doc);
            assertTrue(last.contains("特此通知") && last.contains("濮阳市司法局"), last);
            // reasons stay in order across the page breaks
            Matcher m = Pattern.compile("补充材料第(\\d+)项").matcher(text);
            int previous = 0;
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                assertTrue(n > previous, "order " + previous + " → " + n);
                previous = n;
            }
        }
    }

    @Test
    void the_document_info_names_the_title_and_normdesk() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(PrintService.FILING_RECEIPT, SampleLetters.receipt()))) {
            assertEquals("规范性文件备案登记回执", doc.getDocumentInformation().getTitle());
            assertEquals("NormDesk", doc.getDocumentInformation().getCreator());
            assertEquals(INFO.created().toEpochMilli(),
                    doc.getDocumentInformation().getCreationDate().getTimeInMillis());
        }
    }

    @Test
    void a_simple_document_edited_in_word_still_renders_legibly() throws IOException {
        // no styles of ours: Word defaults, a character it cannot draw, a very long Latin word, an empty paragraph
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("审查意见 Review opinion");
            doc.createParagraph();
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            p.createRun().setText("签发人：张三 😀 " + "x".repeat(300));
            doc.createTable(2, 2).getRow(1).getCell(1).setText("单元格里的长文本".repeat(20));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            try (PDDocument pdf = Loader.loadPDF(new DocxPdfRenderer().render(out.toByteArray(), INFO))) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("审查意见 Review opinion"), text);
                assertTrue(text.contains("签发人：张三 □"), "an undrawable character shows as □: " + text);
                assertTrue(text.replaceAll("\\s", "").contains("x".repeat(300)), "a long word is broken, not lost");
                assertTrue(text.replaceAll("\\s", "").contains("单元格里的长文本".repeat(20)));
            }
        }
    }

    // --- line breaking -----------------------------------------------------------------------------------

    @Test
    void chinese_wraps_between_any_characters_but_not_before_closing_or_after_opening_marks() {
        assertTrue(PdfLayout.canBreak('规', '范'));
        assertFalse(PdfLayout.canBreak('件', '，'), "no line starts with ，");
        assertFalse(PdfLayout.canBreak('件', '。'));
        assertFalse(PdfLayout.canBreak('件', '》'));
        assertFalse(PdfLayout.canBreak('《', '濮'), "no line ends with 《");
        assertFalse(PdfLayout.canBreak('〔', '2'));
        assertFalse(PdfLayout.canBreak('9', '〕'));
        assertTrue(PdfLayout.canBreak('〕', '1'));
        assertTrue(PdfLayout.canBreak('2', '号'));
        assertFalse(PdfLayout.canBreak('R', 'e'), "Latin words stay whole");
        assertFalse(PdfLayout.canBreak('2', '0'), "numbers stay whole");
    }

    @Test
    void a_paragraph_indents_its_first_line_by_two_characters_and_wraps_within_the_width() {
        try (PdfFont font = new PdfFont()) {
            PdfLayout layout = new PdfLayout(font, PageSetup.A4_OFFICIAL, 0, 0);
            TextStyle style = new TextStyle(16, false, false);
            String text = "你单位报送备案的规范性文件及相关材料已收悉，经形式审查，备案材料齐全，符合报送备案要求，"
                    + "现予备案登记。Review opinion follows in due course.";
            Paragraph p = new Paragraph(Align.LEFT, 0, 0, 32, 0, 0, new LineSpacing(PdfModel.LineRule.EXACT, 28),
                    List.of(new Span(text, style)), style, false, false);
            float width = layout.bodyWidth();
            List<LineBox> lines = layout.lines(p, width);
            assertTrue(lines.size() >= 3, "wraps: " + lines.size());
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                LineBox line = lines.get(i);
                assertEquals(28f, line.height(), 0.01f);
                Text first = (Text) line.ops().get(0);
                assertEquals(i == 0 ? 32f : 0f, first.x(), 0.01f, "first-line indent only on the first line");
                float right = 0;
                for (PdfLayout.Op op : line.ops()) {
                    Text t = (Text) op;
                    right = Math.max(right, t.x() + font.width(t.text()) * 16);
                    joined.append(t.text());
                }
                assertTrue(right <= width + 0.1f, "line " + i + " fits: " + right + " > " + width);
                assertFalse(first.text().startsWith("，") || first.text().startsWith("。"), first.text());
            }
            assertTrue(joined.toString().contains("opinion"), "Latin words are not split: " + joined);
            assertEquals(text.replace(" ", ""), joined.toString().replace(" ", ""), "nothing lost");
        }
    }

    @Test
    void centred_and_right_aligned_lines_sit_where_expected() {
        try (PdfFont font = new PdfFont()) {
            PdfLayout layout = new PdfLayout(font, PageSetup.A4_OFFICIAL, 0, 0);
            TextStyle style = new TextStyle(16, false, false);
            float width = layout.bodyWidth();
            float textWidth = font.width("濮阳市司法局") * 16;
            for (Align align : Align.values()) {
                Paragraph p = new Paragraph(align, 0, 0, 0, 0, 0, LineSpacing.SINGLE,
                        List.of(new Span("濮阳市司法局", style)), style, false, false);
                Text t = (Text) layout.lines(p, width).get(0).ops().get(0);
                float expected = switch (align) {
                    case LEFT -> 0;
                    case CENTER -> (width - textWidth) / 2;
                    case RIGHT -> width - textWidth;
                };
                assertEquals(expected, t.x(), 0.01f, align.name());
            }
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private static byte[] render(String template, TemplateFields fields) throws IOException {
        byte[] docx = new PrintService(java.nio.file.Path.of("target", "no-user-templates"), java.time.Clock.systemUTC())
                .fill(template, fields);
        return new DocxPdfRenderer().render(docx, INFO);
    }

    /** A4 in points. */
    private static final class PDRectangleA4 {
        static final float WIDTH = 595.3f;
        static final float HEIGHT = 841.9f;
    }
}
