package org.normdesk.service.cleanup;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignItem;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.service.report.ExportFiles;
import org.normdesk.service.report.PrintService;
import org.normdesk.service.report.ReportException;
import org.normdesk.service.report.TemplateFields;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The published catalogues of a cleanup (继续有效目录, 修改目录, 失效目录, 废止目录): their rows, and each as an
 * Excel sheet or, from the editable template {@value #TEMPLATE}.docx, as .docx and PDF. The catalogues are
 * annexes of an official decision, so they are always in Chinese, whatever the UI language.
 */
public final class CatalogueExport {
    /** The template of the printed catalogue, in data/templates/. */
    public static final String TEMPLATE = "cleanup-catalogue";
    /** The columns of every catalogue, in order. */
    public static final List<String> COLUMNS = List.of("序号", "文件名称", "文号", "制定机关", "清理结果", "说明");

    private final CampaignService campaigns;
    private final RegisterService register;
    private final PrintService print;
    private final Messages chinese = Messages.load(Locale.SIMPLIFIED_CHINESE);

    public CatalogueExport(CampaignService campaigns, RegisterService register, PrintService print) {
        this.campaigns = campaigns;
        this.register = register;
        this.print = print;
    }

    /** One line of a catalogue. {@code note} is the reason, and the basis document where there is one. */
    public record Entry(int number, String title, String docNumber, String issuer, String result, String note) {
    }

    /** Short name of the catalogue of {@code decision}: 继续有效目录, 修改目录, 失效目录, 废止目录, 已明令废止目录. */
    public static String catalogueName(Disposition decision) {
        return switch (decision) {
            case CONTINUE -> "继续有效目录";
            case AMEND -> "修改目录";
            case EXPIRE -> "失效目录";
            case REPEAL -> "废止目录";
            case ALREADY_REPEALED -> "已明令废止目录";
        };
    }

    /** The heading printed above the catalogue. */
    public static String catalogueTitle(Disposition decision) {
        return switch (decision) {
            case CONTINUE -> "继续有效的规范性文件目录";
            case AMEND -> "修改的规范性文件目录";
            case EXPIRE -> "宣布失效的规范性文件目录";
            case REPEAL -> "决定废止的规范性文件目录";
            case ALREADY_REPEALED -> "已明令废止的规范性文件目录";
        };
    }

    /** The catalogue's rows in scope order, numbered from 1. */
    public List<Entry> rows(long campaignId, Disposition decision) {
        List<CampaignItem> items = campaigns.catalogue(campaignId, decision);
        Map<Long, String> basis = new HashMap<>();
        List<Entry> rows = new ArrayList<>();
        int n = 0;
        for (CampaignItem item : items) {
            String note = item.reason() == null ? "" : item.reason();
            if (item.basisDocumentId() != null) {
                String caption = basis.computeIfAbsent(item.basisDocumentId(), id -> caption(register.get(id)));
                note = note.isEmpty() ? "依据：" + caption : note + "（依据：" + caption + "）";
            }
            rows.add(new Entry(++n, item.title(), item.docNumber() == null ? "" : item.docNumber(),
                    item.leadIssuer() == null ? "" : item.leadIssuer(), chinese.label(item.decision()), note));
        }
        return rows;
    }

    /** File name without extension: the campaign and the catalogue, e.g. 2019年规范性文件清理-废止目录. */
    public static String baseName(Campaign campaign, Disposition decision) {
        return campaign.name() + "-" + catalogueName(decision);
    }

    /** Writes the catalogue as an Excel workbook (one sheet, printable on landscape A4); returns the file. */
    public Path writeXlsx(long campaignId, Disposition decision, Path outDir) {
        Campaign campaign = campaigns.get(campaignId);
        return ExportFiles.write(outDir, baseName(campaign, decision), "xlsx",
                xlsx(campaign, decision, rows(campaignId, decision)));
    }

    /** Writes the catalogue from the template as .docx and PDF; both files, .docx first. */
    public List<Path> writeDocxAndPdf(long campaignId, Disposition decision, Path outDir) {
        Campaign campaign = campaigns.get(campaignId);
        TemplateFields fields = fields(campaign, decision, rows(campaignId, decision));
        String base = baseName(campaign, decision);
        return List.of(print.writeDocx(TEMPLATE, fields, outDir, base), print.writePdf(TEMPLATE, fields, outDir, base));
    }

    /** What the template is filled with (see data/templates/README.md). */
    public static TemplateFields fields(Campaign campaign, Disposition decision, List<Entry> rows) {
        TemplateFields.Builder fields = TemplateFields.builder()
                .put("catalogueTitle", catalogueTitle(decision))
                .put("campaignName", campaign.name())
                .put("count", Integer.toString(rows.size()))
                .put("approvedBy", campaign.approvedBy() == null ? "尚未审议" : campaign.approvedBy())
                .put("approvedOn", campaign.approvedOn() == null ? "" : TemplateFields.officialDate(campaign.approvedOn()))
                .put("resultDocNumber", campaign.resultDocNumber() == null ? "无" : campaign.resultDocNumber());
        List<Map<String, String>> items = new ArrayList<>();
        for (Entry row : rows) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("title", row.title());
            cells.put("docNumber", row.docNumber());
            cells.put("issuer", row.issuer());
            cells.put("result", row.result());
            cells.put("note", row.note());
            items.add(cells);
        }
        return fields.table("items", items).build();
    }

    static byte[] xlsx(Campaign campaign, Disposition decision, List<Entry> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(catalogueName(decision));
            CellStyle title = style(book, 16, true, HorizontalAlignment.CENTER, false);
            CellStyle subtitle = style(book, 11, false, HorizontalAlignment.CENTER, false);
            CellStyle head = style(book, 11, true, HorizontalAlignment.CENTER, true);
            CellStyle centred = style(book, 11, false, HorizontalAlignment.CENTER, true);
            CellStyle text = style(book, 11, false, HorizontalAlignment.LEFT, true);

            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(30);
            cell(titleRow, 0, catalogueTitle(decision), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
            Row sub = sheet.createRow(1);
            StringBuilder line = new StringBuilder(campaign.name()).append("（共").append(rows.size()).append("件）");
            if (campaign.approvedBy() != null) {
                line.append("  ").append(campaign.approvedBy());
                if (campaign.approvedOn() != null) {
                    line.append(TemplateFields.officialDate(campaign.approvedOn()));
                }
                line.append("审议通过");
            }
            if (campaign.resultDocNumber() != null) {
                line.append("  ").append(campaign.resultDocNumber());
            }
            cell(sub, 0, line.toString(), subtitle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMNS.size() - 1));

            Row header = sheet.createRow(2);
            for (int c = 0; c < COLUMNS.size(); c++) {
                cell(header, c, COLUMNS.get(c), head);
            }
            int r = 3;
            for (Entry entry : rows) {
                Row x = sheet.createRow(r++);
                Cell number = x.createCell(0);
                number.setCellValue(entry.number());
                number.setCellStyle(centred);
                cell(x, 1, entry.title(), text);
                cell(x, 2, entry.docNumber(), text);
                cell(x, 3, entry.issuer(), text);
                cell(x, 4, entry.result(), centred);
                cell(x, 5, entry.note(), text);
            }
            int[] widths = {6, 48, 22, 24, 12, 36}; // in characters; CJK characters count double
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256 + 512);
            }
            sheet.createFreezePane(0, 3);
            sheet.setRepeatingRows(new CellRangeAddress(2, 2, 0, COLUMNS.size() - 1));
            PrintSetup setup = sheet.getPrintSetup();
            setup.setLandscape(true);
            setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
            setup.setFitWidth((short) 1);
            setup.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            ReportException failure = new ReportException("report.write.failed", "cannot make the workbook: " + e,
                    catalogueName(decision), String.valueOf(e.getMessage()));
            failure.initCause(e);
            throw failure;
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook book, int points, boolean bold, HorizontalAlignment align,
                                   boolean bordered) {
        Font font = book.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        style.setAlignment(align);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    private static String caption(NormativeDocument doc) {
        return "《" + doc.title() + "》" + (doc.docNumber() == null ? "" : doc.docNumber().raw());
    }
}
