package org.normdesk.service.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.DataFolder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrintServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-12-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tmp;

    private PrintService service() {
        return new PrintService(new DataFolder(tmp.resolve("data")), CLOCK);
    }

    @Test
    void the_written_docx_reopens_with_the_values_in_it() throws IOException {
        Path file = service().writeDocx(PrintService.FILING_RECEIPT, SampleLetters.receipt(), tmp.resolve("out"),
                "回执-濮政〔2019〕12号");

        assertEquals(tmp.resolve("out").resolve("回执-濮政〔2019〕12号.docx"), file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder text = new StringBuilder();
            doc.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            doc.getTables().forEach(t -> text.append(t.getText()).append('\n'));
            for (String value : List.of("濮阳市华龙区人民政府：", "濮政〔2019〕12号", "濮司备〔2019〕15号",
                    "2019年12月20日", "2020年1月19日前", "濮阳市司法局", "（盖章）")) {
                assertTrue(text.toString().contains(value), () -> value + " not in\n" + text);
            }
            assertFalse(text.toString().contains("{{"));
        }
    }

    @Test
    void the_pdf_is_rendered_from_the_filled_document_and_titled_after_it() throws IOException {
        Path file = service().writePdf(PrintService.RETURN_NOTICE, SampleLetters.returnNotice(3), tmp, "退回补正通知书");

        assertEquals("退回补正通知书.pdf", file.getFileName().toString());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals("规范性文件备案退回补正通知书", pdf.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("濮阳市华龙区人民政府"), text);
            assertTrue(text.contains("缺少起草说明"), text);
            assertTrue(text.contains("2020年1月3日前重新报送备案"), text);
        }
    }

    @Test
    void a_template_the_bureau_edited_in_its_data_folder_wins_over_the_shipped_one() throws IOException {
        Path own = tmp.resolve("data").resolve("templates").resolve("filing-receipt.docx");
        Files.createDirectories(own.getParent());
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("本局回执：{{filingUnit}}");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            Files.write(own, out.toByteArray());
        }
        PrintService service = service();

        byte[] filled = service.fill("filing-receipt", SampleLetters.receipt());
        try (XWPFDocument doc = DocxTemplateTest.open(filled)) {
            assertEquals("本局回执：濮阳市华龙区人民政府", doc.getParagraphs().get(0).getText());
        }
        // the other template still comes from the jar
        try (XWPFDocument doc = DocxTemplateTest.open(service.fill("return-notice.docx", SampleLetters.returnNotice(1)))) {
            assertEquals("规范性文件备案退回补正通知书", doc.getParagraphs().get(0).getText());
        }
    }

    @Test
    void customize_puts_an_editable_copy_of_the_shipped_template_into_the_data_folder() throws IOException {
        PrintService service = service();
        Path copy = service.customize(PrintService.RETURN_NOTICE);

        assertEquals(service.userTemplateFolder().resolve("return-notice.docx"), copy);
        try (InputStream shipped = PrintService.class.getResourceAsStream("/data/templates/return-notice.docx")) {
            assertArrayEquals(shipped.readAllBytes(), Files.readAllBytes(copy));
        }
        Files.write(copy, new byte[]{1}); // the bureau's copy is never overwritten
        assertEquals(copy, service.customize(PrintService.RETURN_NOTICE));
        assertArrayEquals(new byte[]{1}, Files.readAllBytes(copy));
    }

    @Test
    void an_unknown_or_unsafe_template_name_is_refused() {
        for (String name : List.of("no-such-template", "../filing-receipt", "a/b", "")) {
            ReportException e = assertThrows(ReportException.class,
                    () -> service().fill(name, SampleLetters.receipt()), name);
            assertEquals("report.template.notFound", e.messageKey(), name);
            assertEquals(name, e.args()[0]);
        }
    }

    @Test
    void a_missing_field_is_refused_before_any_file_is_written() throws IOException {
        TemplateFields.Builder b = TemplateFields.builder();
        SampleLetters.receipt().values().forEach((k, v) -> {
            if (!k.equals("reviewDueDate")) {
                b.put(k, v);
            }
        });
        Path out = tmp.resolve("out");
        ReportException e = assertThrows(ReportException.class,
                () -> service().writePdf(PrintService.FILING_RECEIPT, b.build(), out, "回执"));
        assertEquals("report.field.missing", e.messageKey());
        assertEquals("{{reviewDueDate}}", e.args()[0]);
        assertFalse(Files.exists(out.resolve("回执.pdf")));
    }

    @Test
    void writing_replaces_an_earlier_file_whole_and_leaves_no_temporary_file() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("回执.docx"), "an older version");

        Path file = service().writeDocx(PrintService.FILING_RECEIPT, SampleLetters.receipt(), out, "回执");

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertFalse(doc.getParagraphs().isEmpty());
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("回执.docx"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void a_file_that_cannot_be_written_is_a_user_error_and_leaves_nothing_behind() throws IOException {
        Path notADirectory = tmp.resolve("occupied");
        Files.writeString(notADirectory, "a file where the folder should be");

        ReportException e = assertThrows(ReportException.class,
                () -> service().writeDocx(PrintService.FILING_RECEIPT, SampleLetters.receipt(), notADirectory, "回执"));
        assertEquals("report.write.failed", e.messageKey());
        assertTrue(e.args()[0].toString().endsWith("回执.docx"));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of("occupied"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void file_names_from_titles_and_numbers_are_made_safe_for_windows() {
        assertEquals("回执-濮政〔2019〕12号", PrintService.fileName("回执-濮政〔2019〕12号"));
        assertEquals("关于印发_XX_办法_的通知", PrintService.fileName("关于印发/XX\\办法:的通知"));
        assertEquals("通知", PrintService.fileName(" 通知. "));
        assertEquals("_con", PrintService.fileName("con"));
        ReportException e = assertThrows(ReportException.class, () -> PrintService.fileName(" / "));
        assertEquals("report.fileName.invalid", e.messageKey());
    }
}
