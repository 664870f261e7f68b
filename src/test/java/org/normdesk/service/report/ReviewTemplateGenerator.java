package org.normdesk.service.report;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import java.io.IOException;
import java.math.BigInteger;

import static org.normdesk.service.report.TemplateGenerator.BODY_FONT;
import static org.normdesk.service.report.TemplateGenerator.BODY_SIZE;
import static org.normdesk.service.report.TemplateGenerator.body;
import static org.normdesk.service.report.TemplateGenerator.bytes;
import static org.normdesk.service.report.TemplateGenerator.fill;
import static org.normdesk.service.report.TemplateGenerator.keepWithNext;
import static org.normdesk.service.report.TemplateGenerator.officialLetter;
import static org.normdesk.service.report.TemplateGenerator.run;
import static org.normdesk.service.report.TemplateGenerator.signature;
import static org.normdesk.service.report.TemplateGenerator.table;
import static org.normdesk.service.report.TemplateGenerator.title;

/** The 审查意见书 template (review-opinion.docx), in the same official-letter form as {@link TemplateGenerator}. */
public final class ReviewTemplateGenerator {
    private ReviewTemplateGenerator() {
    }

    /**
     * 规范性文件备案审查意见书: the opinion's paragraphs come one per row of a borderless one-column table (rows are
     * how a template repeats), then the signature, then the checklist as an attachment table.
     */
    static byte[] reviewOpinion() throws IOException {
        try (XWPFDocument doc = officialLetter("规范性文件备案审查意见书")) {
            title(doc, "规范性文件备案审查意见书");
            XWPFParagraph no = body(doc, ParagraphAlignment.RIGHT, false);
            run(no, "{{opinionNo}}", BODY_SIZE, false, BODY_FONT);
            XWPFParagraph to = body(doc, ParagraphAlignment.LEFT, false);
            to.setSpacingBefore(280);
            run(to, "{{filingUnit}}：", BODY_SIZE, false, BODY_FONT);
            run(body(doc, ParagraphAlignment.BOTH, true), "你单位报送备案的《{{docTitle}}》（{{docNumber}}，制定机关："
                    + "{{issuingBody}}），我局已于{{registrationDate}}予以备案登记（登记编号：{{registrationNo}}）。"
                    + "经审查，审查结论为：{{outcome}}。现提出审查意见如下：", BODY_SIZE, false, BODY_FONT);

            XWPFTable paragraphs = table(doc, new double[]{156});
            noBorders(paragraphs);
            XWPFTableRow line = paragraphs.getRow(0);
            XWPFParagraph p = line.getCell(0).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setSpacingBetween(TemplateGenerator.BODY_LINE, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
            p.setIndentationFirstLine((int) (2 * BODY_SIZE * 20));
            run(p, "{{#rows:paragraphs}}{{paragraphs.text}}", BODY_SIZE, false, BODY_FONT);

            run(keepWithNext(body(doc, ParagraphAlignment.BOTH, true)), "特此函告。", BODY_SIZE, false, BODY_FONT);
            signature(doc);

            XWPFParagraph annex = body(doc, ParagraphAlignment.LEFT, false);
            annex.setPageBreak(true);
            run(annex, "附件：审查要点记录", BODY_SIZE, true, TemplateGenerator.TABLE_HEAD_FONT);
            XWPFTable points = table(doc, new double[]{15, 34, 26, 24, 57});
            XWPFTableRow head = points.getRow(0);
            head.setRepeatHeader(true);
            fill(head, 0, "序号", true, ParagraphAlignment.CENTER);
            fill(head, 1, "审查要点", true, ParagraphAlignment.CENTER);
            fill(head, 2, "审查情况", true, ParagraphAlignment.CENTER);
            fill(head, 3, "涉及条款", true, ParagraphAlignment.CENTER);
            fill(head, 4, "说明", true, ParagraphAlignment.CENTER);
            XWPFTableRow row = points.createRow();
            fill(row, 0, "{{#rows:points}}{{points.#}}", false, ParagraphAlignment.CENTER);
            fill(row, 1, "{{points.item}}", false, ParagraphAlignment.LEFT);
            fill(row, 2, "{{points.result}}", false, ParagraphAlignment.CENTER);
            fill(row, 3, "{{points.article}}", false, ParagraphAlignment.CENTER);
            fill(row, 4, "{{points.comment}}", false, ParagraphAlignment.LEFT);
            return bytes(doc);
        }
    }

    /**
     * 督促纠正通知: urges a filing unit whose correction feedback is due soon or overdue; it cites the approved
     * 审查意见书 and the deadline, and says what happens if nothing is corrected.
     */
    static byte[] correctionReminder() throws IOException {
        try (XWPFDocument doc = officialLetter("督促纠正通知")) {
            title(doc, "督促纠正通知");
            XWPFParagraph to = body(doc, ParagraphAlignment.LEFT, false);
            to.setSpacingBefore(280);
            run(to, "{{filingUnit}}：", BODY_SIZE, false, BODY_FONT);
            run(body(doc, ParagraphAlignment.BOTH, true), "我局于{{opinionDate}}向你单位出具《规范性文件备案审查意见书》"
                    + "（{{opinionNo}}），要求对《{{docTitle}}》（{{docNumber}}）存在的问题予以纠正，并于{{feedbackDue}}前"
                    + "将纠正情况书面反馈我局。{{deadlineStatus}}。", BODY_SIZE, false, BODY_FONT);
            run(body(doc, ParagraphAlignment.BOTH, true), "请你单位抓紧按照审查意见书的要求，对该文件自行修改或者废止，"
                    + "并尽快将纠正情况书面反馈我局（附修改或者废止的文件）。逾期仍未纠正的，我局将依照有关规定提请本级人民政府处理。",
                    BODY_SIZE, false, BODY_FONT);
            run(keepWithNext(body(doc, ParagraphAlignment.BOTH, true)), "特此通知。", BODY_SIZE, false, BODY_FONT);
            signature(doc);
            return bytes(doc);
        }
    }

    private static void noBorders(XWPFTable table) {
        CTTblBorders borders = table.getCTTbl().getTblPr().getTblBorders();
        for (CTBorder b : new CTBorder[]{borders.getTop(), borders.getLeft(), borders.getBottom(), borders.getRight(),
                borders.getInsideH(), borders.getInsideV()}) {
            b.setVal(STBorder.NONE);
            b.setSz(BigInteger.ZERO);
        }
    }
}
