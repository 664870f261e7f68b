package org.normdesk.service.report;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes the shipped letters, filled with sample data, to {@code target/print-samples/} — to look at
 * ({@code pdftoppm -png -r 80 target/print-samples/filing-receipt.pdf /tmp/out}) and to check they are made at all.
 */
class PrintSamplesTest {
    @Test
    void the_shipped_letters_print_with_sample_data() {
        Path out = Path.of("target", "print-samples");
        PrintService print = new PrintService(Path.of("target", "no-user-templates"),
                Clock.fixed(Instant.parse("2019-12-23T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        for (Path p : new Path[]{
                print.writeDocx(PrintService.FILING_RECEIPT, SampleLetters.receipt(), out, "filing-receipt"),
                print.writePdf(PrintService.FILING_RECEIPT, SampleLetters.receipt(), out, "filing-receipt"),
                print.writeDocx(PrintService.RETURN_NOTICE, SampleLetters.returnNotice(5), out, "return-notice"),
                print.writePdf(PrintService.RETURN_NOTICE, SampleLetters.returnNotice(5), out, "return-notice"),
                print.writePdf(PrintService.RETURN_NOTICE, SampleLetters.returnNotice(40), out, "return-notice-long")}) {
            assertTrue(Files.isRegularFile(p), p::toString);
        }
    }

    /** A document as someone might type it in Word, without our styles: must come out legible. */
    @Test
    void a_plain_document_without_our_styles_prints_legibly() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("濮阳市司法局 内部资料");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("承办科室：备案审查科");
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun t = title.createRun();
            t.setText("审查意见（草稿）");
            t.setBold(true);
            t.setFontSize(18);
            doc.createParagraph().createRun().setText("经审查，《濮阳市城市绿化管理办法》（濮政〔2019〕12号）第十二条设定的"
                    + "罚款超出了上位法规定的幅度，建议制定机关自行纠正。The draft will be discussed at the next meeting. "
                    + "签发人：张三 😀");
            doc.createParagraph();
            XWPFTable table = doc.createTable(3, 3);
            String[][] cells = {{"条款", "问题", "建议"}, {"第十二条", "罚款幅度超出上位法", "修改为五千元以下"},
                    {"第二十条", "增设许可条件", "删除该项条件，或者提供上位法依据后保留"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            XWPFParagraph sign = doc.createParagraph();
            sign.setAlignment(ParagraphAlignment.RIGHT);
            sign.createRun().setText("承办人：李四");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            Path out = Path.of("target", "print-samples");
            Files.createDirectories(out);
            byte[] pdf = new DocxPdfRenderer().render(bytes.toByteArray(),
                    new DocxPdfRenderer.Info("审查意见（草稿）", Instant.parse("2019-12-23T02:00:00Z")));
            Files.write(out.resolve("plain-document.pdf"), pdf);
        }
    }
}
