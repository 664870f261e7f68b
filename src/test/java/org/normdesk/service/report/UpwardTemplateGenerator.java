package org.normdesk.service.report;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.normdesk.service.report.TemplateGenerator.BODY_FONT;
import static org.normdesk.service.report.TemplateGenerator.BODY_SIZE;
import static org.normdesk.service.report.TemplateGenerator.body;
import static org.normdesk.service.report.TemplateGenerator.bytes;
import static org.normdesk.service.report.TemplateGenerator.fill;
import static org.normdesk.service.report.TemplateGenerator.keepWithNext;
import static org.normdesk.service.report.TemplateGenerator.mm;
import static org.normdesk.service.report.TemplateGenerator.officialLetter;
import static org.normdesk.service.report.TemplateGenerator.run;
import static org.normdesk.service.report.TemplateGenerator.table;
import static org.normdesk.service.report.TemplateGenerator.title;

/**
 * upward-filing-report.docx: the 备案报告 the unit's own government sends with a rule or normative document to a
 * body above it, built like {@link TemplateGenerator}'s letters. {@code main} writes it into data/templates.
 */
final class UpwardTemplateGenerator {
    private UpwardTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data/templates");
        Path file = dir.resolve("upward-filing-report.docx");
        Files.write(file, upwardFilingReport());
        System.out.println("wrote " + file);
    }

    static byte[] upwardFilingReport() throws IOException {
        try (XWPFDocument doc = officialLetter("")) {
            title(doc, "关于《{{docTitle}}》的备案报告");
            XWPFParagraph to = body(doc, ParagraphAlignment.LEFT, false);
            run(to, "{{destination}}：", BODY_SIZE, false, BODY_FONT);
            run(body(doc, ParagraphAlignment.BOTH, true), "《{{docTitle}}》（{{docNumber}}）已于{{publishedDate}}公布，"
                    + "自{{effectiveDate}}起施行。根据{{filingBasis}}的规定，现将该{{docKind}}及有关材料报上，请予备案审查。",
                    BODY_SIZE, false, BODY_FONT);
            XWPFParagraph list = keepWithNext(body(doc, ParagraphAlignment.LEFT, true));
            list.setSpacingBefore(280);
            run(list, "随文报送的材料：", BODY_SIZE, false, BODY_FONT);

            XWPFTable table = table(doc, new double[]{14, 112, 30});
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            fill(head, 0, "序号", true, ParagraphAlignment.CENTER);
            fill(head, 1, "材料名称", true, ParagraphAlignment.CENTER);
            fill(head, 2, "份数", true, ParagraphAlignment.CENTER);
            XWPFTableRow item = table.createRow();
            fill(item, 0, "{{#rows:materials}}{{materials.#}}", false, ParagraphAlignment.CENTER);
            fill(item, 1, "{{materials.name}}", false, ParagraphAlignment.LEFT);
            fill(item, 2, "{{materials.copies}}", false, ParagraphAlignment.CENTER);

            XWPFParagraph after = body(doc, ParagraphAlignment.BOTH, true);
            after.setSpacingBefore(280);
            run(keepWithNext(after), "特此报告。", BODY_SIZE, false, BODY_FONT);
            signature(doc);
            return bytes(doc);
        }
    }

    /** The issuing government, the seal and the date, as {@link TemplateGenerator#signature} places the bureau. */
    private static void signature(XWPFDocument doc) {
        int half = (int) Math.round(mm(156) / 2.0);
        String[] lines = {"{{issuingBody}}", "（盖章）", "{{reportDate}}"};
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = body(doc, ParagraphAlignment.CENTER, false);
            if (i < lines.length - 1) {
                keepWithNext(p);
            }
            if (i == 0) {
                p.setSpacingBefore(300);
            }
            p.setIndentationLeft(half);
            p.setIndentationRight(mm(8));
            run(p, lines[i], BODY_SIZE, false, BODY_FONT);
        }
    }
}
