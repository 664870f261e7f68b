package org.normdesk.service.report;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import java.io.IOException;
import java.math.BigInteger;

import static org.normdesk.service.report.TemplateGenerator.BODY_FONT;
import static org.normdesk.service.report.TemplateGenerator.BODY_SIZE;
import static org.normdesk.service.report.TemplateGenerator.TABLE_HEAD_FONT;
import static org.normdesk.service.report.TemplateGenerator.body;
import static org.normdesk.service.report.TemplateGenerator.bytes;
import static org.normdesk.service.report.TemplateGenerator.keepWithNext;
import static org.normdesk.service.report.TemplateGenerator.mm;
import static org.normdesk.service.report.TemplateGenerator.officialLetter;
import static org.normdesk.service.report.TemplateGenerator.run;
import static org.normdesk.service.report.TemplateGenerator.table;
import static org.normdesk.service.report.TemplateGenerator.title;

/**
 * The templates of the cleanup and statistics screens, built like {@link TemplateGenerator}'s letters (its
 * {@code main} writes them too): the catalogue of a cleanup (清理结果目录, landscape A4, one table) and the annual
 * report (年度规范性文件备案审查工作报告: headings 黑体, 二级标题 楷体, tables 小四 on an 18 pt line so that
 * four to six columns fit the 156 mm text width).
 */
final class StatsTemplateGenerator {
    static final String KAI_FONT = "楷体_GB2312";
    static final double SMALL_TABLE_SIZE = 12;  // 小四
    static final double SMALL_TABLE_LINE = 18;

    private StatsTemplateGenerator() {
    }

    /** cleanup-catalogue.docx: one catalogue (继续有效 / 修改 / 失效 / 废止目录) of a finalized cleanup. */
    static byte[] cleanupCatalogue() throws IOException {
        try (XWPFDocument doc = untitled(officialLetter("规范性文件清理结果目录"))) {
            landscape(doc);
            title(doc, "{{catalogueTitle}}");
            XWPFParagraph sub = body(doc, ParagraphAlignment.CENTER, false);
            sub.setSpacingAfter(240);
            run(sub, "（{{campaignName}}，共{{count}}件）", BODY_SIZE, false, KAI_FONT);

            XWPFTable table = table(doc, new double[]{16, 85, 42, 42, 22, 40});
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            String[] heads = {"序号", "文件名称", "文号", "制定机关", "清理结果", "说明"};
            for (int i = 0; i < heads.length; i++) {
                cell(head, i, heads[i], true, ParagraphAlignment.CENTER);
            }
            XWPFTableRow item = table.createRow();
            cell(item, 0, "{{#rows:items}}{{items.#}}", false, ParagraphAlignment.CENTER);
            cell(item, 1, "{{items.title}}", false, ParagraphAlignment.LEFT);
            cell(item, 2, "{{items.docNumber}}", false, ParagraphAlignment.LEFT);
            cell(item, 3, "{{items.issuer}}", false, ParagraphAlignment.LEFT);
            cell(item, 4, "{{items.result}}", false, ParagraphAlignment.CENTER);
            cell(item, 5, "{{items.note}}", false, ParagraphAlignment.LEFT);

            XWPFParagraph after = body(doc, ParagraphAlignment.LEFT, false);
            after.setSpacingBefore(240);
            run(after, "审议通过：{{approvedBy}}（{{approvedOn}}）　　公布文号：{{resultDocNumber}}", SMALL_TABLE_SIZE,
                    false, BODY_FONT);
            return bytes(doc);
        }
    }

    /** annual-report.docx: 年度规范性文件备案审查工作报告. */
    static byte[] annualReport() throws IOException {
        try (XWPFDocument doc = untitled(officialLetter("年度规范性文件备案审查工作报告"))) {
            title(doc, "{{year}}年度规范性文件备案审查工作报告");
            XWPFParagraph who = body(doc, ParagraphAlignment.CENTER, false);
            who.setSpacingAfter(280);
            run(who, "{{bureauName}}", BODY_SIZE, false, KAI_FONT);
            text(doc, "{{year}}年，{{bureauName}}坚持“有件必备、有备必审、有错必纠”，依法做好规范性文件备案审查工作。"
                    + "现将有关情况报告如下。");

            heading(doc, "一、基本情况");
            text(doc, "{{year}}年，我局共收到报送备案的规范性文件{{received}}件，准予备案登记{{registered}}件，"
                    + "退回补正{{returned}}件，不予备案登记{{notRegistered}}件，审结{{reviewed}}件。本年度公布、应向我局"
                    + "报备的规范性文件{{issued}}件，实际报备{{filed}}件，报备率{{filingRate}}；按时报备{{filedOnTime}}件，"
                    + "及时报备率{{onTimeRate}}。截至{{asOfDate}}，规范性文件台账共登记文件{{registerTotal}}件，其中现行"
                    + "有效（含已修改）{{inForce}}件。主要数据见表1，各项比率及其计算方法见表2。");
            caption(doc, "表1　规范性文件备案审查主要数据");
            repeated(doc, new double[]{14, 50, 24, 68}, new String[]{"序号", "指标", "数量（件）", "统计口径"},
                    "figures", new String[]{"#", "item", "count", "basis"},
                    new ParagraphAlignment[]{ParagraphAlignment.CENTER, ParagraphAlignment.LEFT,
                            ParagraphAlignment.CENTER, ParagraphAlignment.LEFT});
            caption(doc, "表2　备案审查主要比率");
            repeated(doc, new double[]{14, 30, 26, 86}, new String[]{"序号", "指标", "比率", "计算公式及数据"},
                    "rates", new String[]{"#", "item", "percent", "formula"},
                    new ParagraphAlignment[]{ParagraphAlignment.CENTER, ParagraphAlignment.LEFT,
                            ParagraphAlignment.CENTER, ParagraphAlignment.LEFT});
            note(doc, "注：报备率、及时报备率按文件公布年度统计，收文、登记、退回补正、审结等按办理年度统计；比率保留两位"
                    + "小数，分母为0时不计算（以“—”表示）。各地统计口径不尽一致，本表按上列公式计算。");

            heading(doc, "二、备案登记情况");
            text(doc, "全年收到备案件{{received}}件，各月收文情况见表3；其中超过报备期限报送的{{late}}件。应报备而逾期"
                    + "未报备的规范性文件{{unfiled}}件，目录见附件3。报送备案件数较多的单位见表4。准予备案登记的文件目录见"
                    + "附件1；退回补正和不予备案登记的文件{{returnedCount}}件，目录见附件2。");
            note(doc, "说明：本报告中的统计图（各月收文、报送单位、办理期限、效力状态）以表格形式列示，见表3至表6。");
            caption(doc, "表3　各月收到备案件数");
            repeated(doc, new double[]{40, 40}, new String[]{"月份", "收到备案件数（件）"},
                    "months", new String[]{"month", "count"},
                    new ParagraphAlignment[]{ParagraphAlignment.CENTER, ParagraphAlignment.CENTER});
            caption(doc, "表4　报送备案件数较多的单位");
            repeated(doc, new double[]{14, 96, 34}, new String[]{"序号", "报送单位", "件数"},
                    "units", new String[]{"#", "unit", "count"},
                    new ParagraphAlignment[]{ParagraphAlignment.CENTER, ParagraphAlignment.LEFT,
                            ParagraphAlignment.CENTER});

            heading(doc, "三、审查情况");
            text(doc, "全年审结备案审查{{reviewed}}件，审查率{{reviewRate}}。已报备文件中首次报送材料即齐全的"
                    + "{{firstTimeComplete}}件，规范率{{conformityRate}}。截至{{asOfDate}}，办理中的备案件临近期限"
                    + "{{dueSoon}}件、已超过期限{{overdue}}件（见表5）。台账文件的效力状态分布见表6。");
            caption(doc, "表5　办理中备案件的期限情况");
            repeated(doc, new double[]{50, 40}, new String[]{"期限情况", "件数"},
                    "deadlines", new String[]{"health", "count"},
                    new ParagraphAlignment[]{ParagraphAlignment.CENTER, ParagraphAlignment.CENTER});
            caption(doc, "表6　台账文件效力状态分布");
            repeated(doc, new double[]{50, 40}, new String[]{"效力状态", "件数"},
                    "statuses", new String[]{"status", "count"},
                    new ParagraphAlignment[]{ParagraphAlignment.CENTER, ParagraphAlignment.CENTER});

            heading(doc, "四、清理情况");
            text(doc, "{{cleanupSummary}}");
            caption(doc, "表7　规范性文件清理结果");
            repeated(doc, new double[]{50, 40}, new String[]{"清理结果", "件数"},
                    "cleanup", new String[]{"result", "count"},
                    new ParagraphAlignment[]{ParagraphAlignment.CENTER, ParagraphAlignment.CENTER});
            caption(doc, "表8　本年度完成的清理");
            repeated(doc, new double[]{12, 46, 34, 26, 24, 14},
                    new String[]{"序号", "清理名称", "审议通过", "日期", "公布文号", "件数"},
                    "campaigns", new String[]{"#", "name", "approvedBy", "approvedOn", "resultDocNumber", "count"},
                    new ParagraphAlignment[]{ParagraphAlignment.CENTER, ParagraphAlignment.LEFT,
                            ParagraphAlignment.LEFT, ParagraphAlignment.CENTER, ParagraphAlignment.LEFT,
                            ParagraphAlignment.CENTER});

            heading(doc, "五、存在问题和下一步工作");
            XWPFParagraph problems = body(doc, ParagraphAlignment.BOTH, true);
            run(problems, "（一）存在问题。", BODY_SIZE, false, KAI_FONT);
            run(problems, "{{problems}}", BODY_SIZE, false, BODY_FONT);
            XWPFParagraph next = keepWithNext(body(doc, ParagraphAlignment.BOTH, true));
            run(next, "（二）下一步工作。", BODY_SIZE, false, KAI_FONT);
            text(doc, "一是严格执行报送备案期限，督促各单位在规范性文件公布之日起30日内报送备案，杜绝迟报、漏报。");
            text(doc, "二是坚持有备必审，提高审查质量和效率，确保审查率达到100%。");
            text(doc, "三是做好规范性文件动态清理，及时向社会公布清理结果和现行有效的规范性文件目录。");
            text(doc, "四是加强对报备单位的业务培训和指导，提高报备材料的规范性。");
            signature(doc);

            attachment(doc, "附件1", "准予备案登记的规范性文件目录（共{{registered}}件）");
            list(doc, "registeredList");
            attachment(doc, "附件2", "退回补正和不予备案登记的规范性文件目录（共{{returnedCount}}件）");
            list(doc, "returnedList");
            attachment(doc, "附件3", "应报备未报备的规范性文件目录（共{{unfiled}}件）");
            list(doc, "unfiledList");
            return bytes(doc);
        }
    }

    // --- pieces --------------------------------------------------------------------------------------------

    /** No fixed Word title: the PDF then takes its title from the filled first line (2019年度…报告). */
    private static XWPFDocument untitled(XWPFDocument doc) {
        doc.getProperties().getCoreProperties().setTitle("");
        return doc;
    }

    /** A4 turned sideways with 25 mm margins: a catalogue's six columns need the width. */
    private static void landscape(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        CTPageSz size = sect.getPgSz();
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar mar = sect.getPgMar();
        mar.setTop(BigInteger.valueOf(mm(25)));
        mar.setBottom(BigInteger.valueOf(mm(25)));
        mar.setLeft(BigInteger.valueOf(mm(25)));
        mar.setRight(BigInteger.valueOf(mm(25)));
    }

    private static void text(XWPFDocument doc, String text) {
        run(body(doc, ParagraphAlignment.BOTH, true), text, BODY_SIZE, false, BODY_FONT);
    }

    /** 一级标题: 黑体, indented like the text, kept with what follows. */
    private static void heading(XWPFDocument doc, String text) {
        run(keepWithNext(body(doc, ParagraphAlignment.LEFT, true)), text, BODY_SIZE, false, TABLE_HEAD_FONT);
    }

    private static void caption(XWPFDocument doc, String text) {
        XWPFParagraph p = keepWithNext(body(doc, ParagraphAlignment.CENTER, false));
        p.setSpacingBefore(200);
        p.setSpacingAfter(80);
        run(p, text, 14, false, TABLE_HEAD_FONT);
    }

    private static void note(XWPFDocument doc, String text) {
        XWPFParagraph p = body(doc, ParagraphAlignment.BOTH, false);
        p.setSpacingBefore(80);
        p.setSpacingBetween(SMALL_TABLE_LINE + 2, LineSpacingRule.EXACT);
        run(p, text, SMALL_TABLE_SIZE, false, KAI_FONT);
    }

    /** The bureau and the date of the report, centred in the right half of the page. */
    private static void signature(XWPFDocument doc) {
        int half = (int) Math.round(mm(156) / 2.0);
        String[] lines = {"{{bureauName}}", "{{reportDate}}"};
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = body(doc, ParagraphAlignment.CENTER, false);
            if (i == 0) {
                keepWithNext(p);
                p.setSpacingBefore(560);
            }
            p.setIndentationLeft(half);
            p.setIndentationRight(mm(8));
            run(p, lines[i], BODY_SIZE, false, BODY_FONT);
        }
    }

    /** An annex on a new page: 附件N (黑体) above its title. */
    private static void attachment(XWPFDocument doc, String label, String title) {
        XWPFParagraph p = keepWithNext(body(doc, ParagraphAlignment.LEFT, false));
        p.setPageBreak(true);
        run(p, label, BODY_SIZE, false, TABLE_HEAD_FONT);
        XWPFParagraph t = keepWithNext(body(doc, ParagraphAlignment.CENTER, false));
        t.setSpacingBefore(200);
        t.setSpacingAfter(240);
        t.setSpacingBetween(30, LineSpacingRule.EXACT);
        run(t, title, 18, false, TemplateGenerator.TITLE_FONT);
    }

    /** 序号 | 文件名称 | 文号 | 制定机关, one row per document of {@code name}. */
    private static void list(XWPFDocument doc, String name) {
        repeated(doc, new double[]{12, 76, 36, 32}, new String[]{"序号", "文件名称", "文号", "制定机关"},
                name, new String[]{"#", "title", "docNumber", "issuer"},
                new ParagraphAlignment[]{ParagraphAlignment.CENTER, ParagraphAlignment.LEFT,
                        ParagraphAlignment.LEFT, ParagraphAlignment.LEFT});
    }

    /** A table with a header row repeated on each page and one row repeated per entry of {@code name}. */
    private static void repeated(XWPFDocument doc, double[] widths, String[] heads, String name, String[] columns,
                                 ParagraphAlignment[] aligns) {
        XWPFTable table = table(doc, widths);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < heads.length; i++) {
            cell(head, i, heads[i], true, ParagraphAlignment.CENTER);
        }
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < columns.length; i++) {
            String value = "{{" + name + "." + columns[i] + "}}";
            cell(row, i, i == 0 ? "{{#rows:" + name + "}}" + value : value, false, aligns[i]);
        }
    }

    /** A table cell in 小四 on an 18 pt line; heads in 黑体. */
    private static void cell(XWPFTableRow row, int column, String text, boolean head, ParagraphAlignment align) {
        XWPFTableCell cell = row.getCell(column);
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        if (!pr.isSetTcW()) {
            Object w = row.getTable().getCTTbl().getTblGrid().getGridColArray(column).getW();
            pr.addNewTcW().setW(BigInteger.valueOf(((BigInteger) w).longValue()));
            pr.getTcW().setType(STTblWidth.DXA);
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(SMALL_TABLE_LINE, LineSpacingRule.EXACT);
        run(p, text, SMALL_TABLE_SIZE, head, head ? TABLE_HEAD_FONT : BODY_FONT);
    }
}
