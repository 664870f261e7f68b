package org.normdesk.service.report;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import org.normdesk.service.cleanup.CatalogueExport;
import org.normdesk.service.review.ReviewLetters;
import org.normdesk.service.stats.AnnualReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds the shipped templates in {@code data/templates/} with POI, in the form of a Chinese official letter
 * (GB/T 9704): A4, margins 37/35/28/26 mm, title 二号 (22 pt) bold and centred, body 三号 (16 pt) on a fixed
 * 28 pt line with the first line indented two characters, tables 四号 (14 pt), the bureau's name, 盖章 and the
 * date centred in the right half. Word shows 方正小标宋简体 / 仿宋_GB2312 / 黑体 where installed; the PDF uses the
 * bundled font for all.
 *
 * <p>Regenerate after changing this class (then review and commit the .docx files):
 * <pre>
 * ./mvnw -q test-compile
 * java -cp "target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *     org.normdesk.service.report.TemplateGenerator data/templates
 * </pre>
 */
public final class TemplateGenerator {
    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String TABLE_HEAD_FONT = "黑体";

    static final double TITLE_SIZE = 22;  // 二号
    static final double BODY_SIZE = 16;   // 三号
    static final double TABLE_SIZE = 14;  // 四号
    static final double BODY_LINE = 28;   // fixed line pitch: 22 lines a page, as GB/T 9704 asks
    static final double TABLE_LINE = 20;

    /** mm → twips. */
    static int mm(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data/templates");
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> t : Map.of(
                PrintService.FILING_RECEIPT, filingReceipt(),
                PrintService.RETURN_NOTICE, returnNotice(),
                CatalogueExport.TEMPLATE, StatsTemplateGenerator.cleanupCatalogue(),
                AnnualReport.TEMPLATE, StatsTemplateGenerator.annualReport(),
                ReviewLetters.TEMPLATE, ReviewTemplateGenerator.reviewOpinion(),
                ReviewLetters.REMINDER_TEMPLATE, ReviewTemplateGenerator.correctionReminder()).entrySet()) {
            Path file = dir.resolve(t.getKey() + ".docx");
            Files.write(file, t.getValue());
            System.out.println("wrote " + file);
        }
    }

    /** 规范性文件备案登记回执. */
    static byte[] filingReceipt() throws IOException {
        try (XWPFDocument doc = officialLetter("规范性文件备案登记回执")) {
            title(doc, "规范性文件备案登记回执");
            XWPFParagraph no = body(doc, ParagraphAlignment.RIGHT, false);
            run(no, "登记编号：{{registrationNo}}", BODY_SIZE, false, BODY_FONT);
            XWPFParagraph to = body(doc, ParagraphAlignment.LEFT, false);
            to.setSpacingBefore(mm(0) + 280); // a little air between the number and the addressee
            run(to, "{{filingUnit}}：", BODY_SIZE, false, BODY_FONT);
            run(body(doc, ParagraphAlignment.BOTH, true), "你单位报送备案的规范性文件及相关材料已收悉。经形式审查，"
                    + "备案材料齐全，符合报送备案要求，现予备案登记。登记情况如下：", BODY_SIZE, false, BODY_FONT);

            XWPFTable table = table(doc, new double[]{25, 53, 25, 53});
            row(table, true, "文件名称", "{{docTitle}}");
            row(table, true, "制定机关", "{{issuingBody}}");
            row(table, false, "文　　号", "{{docNumber}}", "登记编号", "{{registrationNo}}");
            row(table, true, "报送单位", "{{filingUnit}}");
            row(table, false, "收文日期", "{{receivedDate}}", "登记日期", "{{registrationDate}}");
            row(table, true, "审查期限", "{{reviewDueDate}}前");

            XWPFParagraph after = body(doc, ParagraphAlignment.BOTH, true);
            after.setSpacingBefore(280);
            run(after, "我局将依法对该文件进行审查，于{{reviewDueDate}}前完成，审查意见另行书面告知。", BODY_SIZE, false,
                    BODY_FONT);
            run(keepWithNext(body(doc, ParagraphAlignment.BOTH, true)), "特此回执。", BODY_SIZE, false, BODY_FONT);
            signature(doc);
            return bytes(doc);
        }
    }

    /** 规范性文件备案退回补正通知书. */
    static byte[] returnNotice() throws IOException {
        try (XWPFDocument doc = officialLetter("规范性文件备案退回补正通知书")) {
            title(doc, "规范性文件备案退回补正通知书");
            XWPFParagraph to = body(doc, ParagraphAlignment.LEFT, false);
            run(to, "{{filingUnit}}：", BODY_SIZE, false, BODY_FONT);
            run(body(doc, ParagraphAlignment.BOTH, true), "你单位于{{receivedDate}}报送备案的《{{docTitle}}》"
                    + "（{{docNumber}}），经形式审查，存在下列问题，暂缓备案登记，现退回补正：",
                    BODY_SIZE, false, BODY_FONT);

            XWPFTable table = table(doc, new double[]{14, 62, 80});
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true); // 表头 on every page of a long list
            fill(head, 0, "序号", true, ParagraphAlignment.CENTER);
            fill(head, 1, "问题或缺少的材料", true, ParagraphAlignment.CENTER);
            fill(head, 2, "说明", true, ParagraphAlignment.CENTER);
            XWPFTableRow reason = table.createRow();
            fill(reason, 0, "{{#rows:reasons}}{{reasons.#}}", false, ParagraphAlignment.CENTER);
            fill(reason, 1, "{{reasons.problem}}", false, ParagraphAlignment.LEFT);
            fill(reason, 2, "{{reasons.note}}", false, ParagraphAlignment.LEFT);

            XWPFParagraph after = body(doc, ParagraphAlignment.BOTH, true);
            after.setSpacingBefore(280);
            run(after, "请按上述要求补正后，于{{correctionDueDate}}前重新报送备案。逾期未重新报送的，视为未按规定报送备案。",
                    BODY_SIZE, false, BODY_FONT);
            run(keepWithNext(body(doc, ParagraphAlignment.BOTH, true)), "特此通知。", BODY_SIZE, false, BODY_FONT);
            signature(doc);
            return bytes(doc);
        }
    }

    // --- the letter ----------------------------------------------------------------------------------------

    /** An empty A4 document with official margins and 仿宋 三号 as the default for new text. */
    static XWPFDocument officialLetter(String title) {
        XWPFDocument doc = new XWPFDocument();
        doc.getProperties().getCoreProperties().setTitle(title);
        doc.getProperties().getCoreProperties().setCreator("NormDesk");

        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(mm(37)));
        mar.setBottom(BigInteger.valueOf(mm(35)));
        mar.setLeft(BigInteger.valueOf(mm(28)));
        mar.setRight(BigInteger.valueOf(mm(26)));
        mar.setHeader(BigInteger.valueOf(mm(15)));
        mar.setFooter(BigInteger.valueOf(mm(17.5)));
        mar.setGutter(BigInteger.ZERO);

        // text a bureau types into the template looks like the rest
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr rPr = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(BODY_FONT);
        fonts.setHAnsi(BODY_FONT);
        fonts.setEastAsia(BODY_FONT);
        fonts.setCs(BODY_FONT);
        rPr.addNewSz().setVal(BigInteger.valueOf(32));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(32));
        rPr.addNewLang().setEastAsia("zh-CN");
        styles.setStyles(ct);
        return doc;
    }

    static void title(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(0);
        p.setSpacingAfter(560); // one blank 28 pt line under the title
        p.setSpacingBetween(36, LineSpacingRule.EXACT);
        run(p, text, TITLE_SIZE, true, TITLE_FONT);
    }

    /** A body paragraph: fixed 28 pt lines, 首行缩进 2 characters if {@code indent}. */
    static XWPFParagraph body(XWPFDocument doc, ParagraphAlignment align, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(BODY_LINE, LineSpacingRule.EXACT);
        if (indent) {
            p.setIndentationFirstLine((int) (2 * BODY_SIZE * 20)); // for readers without character units
            p.getCTP().getPPr().getInd().setFirstLineChars(BigInteger.valueOf(200));
        }
        return p;
    }

    static XWPFParagraph keepWithNext(XWPFParagraph p) {
        p.getCTP().getPPr().addNewKeepNext();
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, String font) {
        XWPFRun r = p.createRun();
        r.setFontFamily(font);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
        return r;
    }

    /**
     * The bureau, the seal and the date, centred in the right half of the page (发文机关署名, 成文日期), kept on one
     * page with the closing line before them: GB/T 9704 does not allow a page holding only the signature, and
     * wants the seal to start within a line of the text.
     */
    static void signature(XWPFDocument doc) {
        int half = (int) Math.round((mm(156) / 2.0));
        String[] lines = {"{{bureauName}}", "（盖章）", "{{issueDate}}"};
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            XWPFParagraph p = body(doc, ParagraphAlignment.CENTER, false);
            if (i < lines.length - 1) {
                keepWithNext(p);
            }
            if (i == 0) {
                p.setSpacingBefore(300); // room for the seal, which is stamped over the name and the date
            }
            p.setIndentationLeft(half);
            p.setIndentationRight(mm(8));
            run(p, line, BODY_SIZE, false, BODY_FONT);
        }
    }

    // --- tables --------------------------------------------------------------------------------------------

    /** A bordered, centred, fixed-layout table with these column widths (mm) and one empty row. */
    static XWPFTable table(XWPFDocument doc, double[] columnsMm) {
        XWPFTable table = doc.createTable(1, columnsMm.length);
        CTTbl ct = table.getCTTbl();
        CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        int total = 0;
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double w : columnsMm) {
            grid.addNewGridCol().setW(BigInteger.valueOf(mm(w)));
            total += mm(w);
        }
        if (pr.isSetTblW()) {
            pr.unsetTblW();
        }
        pr.addNewTblW().setW(BigInteger.valueOf(total));
        pr.getTblW().setType(STTblWidth.DXA);
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblCellMar margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        for (CTTblWidth m : new CTTblWidth[]{margins.addNewTop(), margins.addNewBottom()}) {
            m.setW(BigInteger.valueOf(40)); // 2 pt: text does not touch the lines
            m.setType(STTblWidth.DXA);
        }
        for (CTTblWidth m : new CTTblWidth[]{margins.addNewLeft(), margins.addNewRight()}) {
            m.setW(BigInteger.valueOf(108)); // Word's default, said explicitly
            m.setType(STTblWidth.DXA);
        }
        if (!pr.isSetTblLayout()) {
            pr.addNewTblLayout();
        }
        pr.getTblLayout().setType(STTblLayoutType.FIXED);
        CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        for (CTBorder b : new CTBorder[]{
                borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
                borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
                borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
                borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
                borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
                borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()}) {
            b.setVal(STBorder.SINGLE);
            b.setSz(BigInteger.valueOf(6)); // ¾ pt
            b.setSpace(BigInteger.ZERO);
            b.setColor("000000");
        }
        for (int i = 0; i < columnsMm.length; i++) {
            width(table.getRow(0).getCell(i), mm(columnsMm[i]));
        }
        return table;
    }

    /**
     * A form row: label, value[, label, value]. With {@code wide} the value spans the remaining three columns.
     * The first row of the table is reused.
     */
    static void row(XWPFTable table, boolean wide, String... cells) {
        XWPFTableRow row = table.getRows().size() == 1 && table.getRow(0).getCell(0).getText().isEmpty()
                ? table.getRow(0) : table.createRow();
        CTTbl ct = table.getCTTbl();
        while (row.getTableCells().size() < ct.getTblGrid().sizeOfGridColArray()) {
            row.addNewTableCell(); // a new row copies the cell count of the first, which may be merged
        }
        if (wide) {
            while (row.getTableCells().size() > 2) {
                row.removeCell(row.getTableCells().size() - 1);
            }
            long rest = 0;
            for (int i = 1; i < ct.getTblGrid().sizeOfGridColArray(); i++) {
                rest += ((BigInteger) ct.getTblGrid().getGridColArray(i).getW()).longValue();
            }
            CTTcPr tcPr = tcPr(row.getCell(1));
            tcPr.addNewGridSpan().setVal(BigInteger.valueOf(ct.getTblGrid().sizeOfGridColArray() - 1L));
            width(row.getCell(1), (int) rest);
        }
        for (int i = 0; i < cells.length; i++) {
            boolean label = i % 2 == 0;
            fill(row, i, cells[i], label, label ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        }
        row.setHeight(mm(9));
    }

    static void fill(XWPFTableRow row, int column, String text, boolean bold, ParagraphAlignment align) {
        XWPFTableCell cell = row.getCell(column);
        tcPr(cell).addNewVAlign().setVal(STVerticalJc.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(TABLE_LINE, LineSpacingRule.EXACT);
        run(p, text, TABLE_SIZE, bold, bold ? TABLE_HEAD_FONT : BODY_FONT);
        Object w = tcPr(cell).isSetTcW() ? null : table(row).getCTTbl().getTblGrid().getGridColArray(column).getW();
        if (w != null) {
            width(cell, ((BigInteger) w).intValue());
        }
    }

    private static XWPFTable table(XWPFTableRow row) {
        return row.getTable();
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void width(XWPFTableCell cell, int twips) {
        CTTcPr pr = tcPr(cell);
        if (pr.isSetTcW()) {
            pr.unsetTcW();
        }
        pr.addNewTcW().setW(BigInteger.valueOf(twips));
        pr.getTcW().setType(STTblWidth.DXA);
    }

    static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
