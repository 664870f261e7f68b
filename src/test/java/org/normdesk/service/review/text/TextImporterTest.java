package org.normdesk.service.review.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.review.rules.Hint;
import org.normdesk.domain.review.rules.RulePack;
import org.normdesk.domain.review.text.Article;
import org.normdesk.domain.review.text.DocumentText;
import org.normdesk.domain.review.text.Extraction;
import org.normdesk.service.review.hints.RulePackLoader;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextImporterTest {
    private final TextImporter importer = new TextImporter();
    private static final RulePack PACK = RulePackLoader.bundled();

    @TempDir
    Path dir;

    @Test
    void a_docx_is_read_paragraph_by_paragraph_and_cut_into_articles_under_their_chapters() throws Exception {
        Path file = TextFixtures.docx(dir.resolve("办法.docx"), Arrays.asList(TextFixtures.SAMPLE.split("\n")));
        ImportedText read = importer.read(file);
        assertEquals("docx", read.format());
        assertEquals(Extraction.TEXT, read.extraction());
        assertEquals(TextFixtures.SAMPLE, read.text().text());
        assertSampleArticles(read.text());
        assertEquals(64, read.sha256().length());
        assertEquals(read.sha256(), importer.read(file).sha256());
    }

    @Test
    void articles_numbered_by_word_get_their_numbers_back() throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 1; i <= 101; i++) {
            texts.add(i == 12 ? "违反本办法规定的，处200元罚款。" : "第" + i + "项内容。");
        }
        ImportedText read = importer.read(TextFixtures.docxAutoNumbered(dir.resolve("自动编号.docx"), "某某管理办法", texts));
        List<Article> articles = read.text().numbered();
        assertEquals(101, articles.size(), read.text().text().substring(0, 200));
        assertEquals("第十二条", articles.get(11).label());
        assertEquals("第一百零一条", articles.get(100).label());
        assertTrue(PACK.hints(read.text()).stream().anyMatch(h -> h.articleLabel().equals("第十二条")));
    }

    @Test
    void a_docx_table_annex_is_part_of_the_text() throws Exception {
        Path file = TextFixtures.docxWithTable(dir.resolve("附件.docx"), List.of("第一条　收费项目见附表。"),
                new String[][]{{"项目", "标准"}, {"道路挖掘修复费", "20元/平方米"}});
        String text = importer.read(file).text().text();
        assertTrue(text.contains("道路挖掘修复费\t20元/平方米"), text);
    }

    @Test
    void a_text_pdf_is_read_and_its_page_width_line_breaks_do_not_cut_sentences() throws Exception {
        Path file = TextFixtures.pdf(dir.resolve("办法.pdf"), TextFixtures.SAMPLE, 17);
        ImportedText read = importer.read(file);
        assertEquals(Extraction.TEXT, read.extraction());
        assertSampleArticles(read.text());
        Article fifth = read.text().article(5).orElseThrow();
        assertTrue(fifth.text().contains("处5000元以上10000元以下罚款"), fifth.text());
        List<Hint> hints = PACK.hints(read.text());
        assertTrue(hints.stream().anyMatch(h -> h.articleNumber() == 5 && h.ruleId().equals("penalty.new-penalty")),
                "a sentence broken over three PDF lines still fires its rule: " + hints);
    }

    @Test
    void txt_in_utf8_with_and_without_bom_utf16_and_gbk_reads_the_same_text() throws Exception {
        String gbkFixture = importer.read(fixture("gbk-notepad.txt")).text().text();
        assertEquals(TextFixtures.SAMPLE, gbkFixture, "GBK with CRLF line ends");
        assertEquals("txt GB18030", importer.read(fixture("gbk-notepad.txt")).format());
        ImportedText utf8 = importer.read(TextFixtures.text(dir.resolve("a.txt"), TextFixtures.SAMPLE, StandardCharsets.UTF_8));
        assertEquals("txt UTF-8", utf8.format());
        ImportedText bom = importer.read(TextFixtures.text(dir.resolve("b.txt"), TextFixtures.SAMPLE, StandardCharsets.UTF_8,
                (byte) 0xEF, (byte) 0xBB, (byte) 0xBF));
        assertEquals("txt UTF-8 BOM", bom.format());
        ImportedText utf16 = importer.read(TextFixtures.text(dir.resolve("c.txt"), TextFixtures.SAMPLE,
                StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE));
        assertEquals("txt UTF-16LE", utf16.format());
        for (ImportedText t : List.of(utf8, bom, utf16)) {
            assertEquals(TextFixtures.SAMPLE, t.text().text());
            assertSampleArticles(t.text());
        }
    }

    @Test
    void corrupt_and_password_protected_files_are_refused_with_their_own_messages() throws Exception {
        assertRefused("review.text.docx.corrupt", fixture("corrupt.docx"));
        assertRefused("review.text.docx.password", fixture("password-protected.docx"));
        assertRefused("review.text.pdf.password", fixture("password-protected.pdf"));
        assertRefused("review.text.pdf.corrupt", Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nnot really"));
        assertRefused("review.text.docx.corrupt", Files.writeString(dir.resolve("plain.docx"), "plain text named .docx"));
        assertRefused("review.text.txt.encoding", Files.write(dir.resolve("binary.txt"), new byte[]{(byte) 0xFF, (byte) 0x80, 0x41}));
        assertRefused("review.text.empty", Files.writeString(dir.resolve("empty.txt"), " \n\n"));
        assertRefused("review.text.unsupported", Files.writeString(dir.resolve("a.odt"), "x"));
        assertRefused("review.text.oldWord", Files.writeString(dir.resolve("a.doc"), "x"));
        assertRefused("review.text.fileMissing", dir.resolve("nowhere.docx"));
    }

    @Test
    void a_scanned_pdf_without_a_text_layer_says_so_instead_of_failing() throws Exception {
        ImportedText read = importer.read(fixture("scanned-no-text.pdf"));
        assertEquals(Extraction.NO_TEXT_LAYER, read.extraction());
        assertFalse(read.hasText());
        assertTrue(read.text().articles().isEmpty());
    }

    private void assertRefused(String key, Path file) {
        DomainException e = assertThrows(DomainException.class, () -> importer.read(file), file.toString());
        assertEquals(key, e.messageKey(), e.getMessage());
        assertTrue(Arrays.asList(e.args()).stream().anyMatch(a -> String.valueOf(a).contains(file.getFileName().toString()))
                || key.equals("review.text.fileMissing"), "the message names the file");
    }

    private static void assertSampleArticles(DocumentText text) {
        assertEquals(List.of(1, 2, 3, 4, 5, 6), text.numbered().stream().map(Article::number).toList());
        assertEquals("第二章　挖掘管理", text.article(3).orElseThrow().chapter());
        assertTrue(text.preamble().orElseThrow().text().startsWith("濮阳市城市道路挖掘管理办法"));
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(TextImporterTest.class.getResource("/review/text/" + name).toURI());
    }
}
