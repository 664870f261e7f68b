package org.normdesk.service.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.service.Progress;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.search.SearchService;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the documents of a view (or any filter) to .xlsx or .csv with the register's columns: 序号, 文号, 标题,
 * 制定机关, 类型, 效力状态, 公布日期, 施行日期, 有效期至 — in the order the register shows them. Rows are read and
 * written a chunk at a time, so a 100k register fits in a small heap. The file appears only when complete.
 */
public final class RegisterExportService {
    /** The column headers' message keys, in order. */
    public static final List<String> COLUMNS = List.of("export.column.seq", "export.column.docNumber",
            "export.column.title", "export.column.issuer", "export.column.type", "export.column.status",
            "export.column.published", "export.column.effective", "export.column.validUntil");
    private static final int CHUNK = 1_000;
    /** Rows SXSSF keeps in memory; older ones go to a temporary file. */
    private static final int WINDOW = 200;
    private static final int[] WIDTHS = {8, 24, 60, 30, 18, 12, 13, 13, 13};

    private final SearchService search;
    private final Messages messages;

    public RegisterExportService(SearchService search, Messages messages) {
        this.search = search;
        this.messages = messages;
    }

    /** What an export wrote. */
    public record ExportSummary(Path file, ExportFormat format, int rows) {
    }

    /** Writes the documents matching {@code query} (paging ignored) to {@code out}. */
    public ExportSummary export(DocumentQuery query, ExportFormat format, Path out, Progress progress) {
        List<Long> ids = search.allIds(query);
        Path absolute = out.toAbsolutePath();
        Path temp = null;
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            temp = Files.createTempFile(parent, ".normdesk-export-", "." + format.extension());
            try (OutputStream stream = Files.newOutputStream(temp)) {
                switch (format) {
                    case XLSX -> writeXlsx(ids, stream, progress);
                    case CSV -> writeCsv(ids, stream, progress);
                }
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            return new ExportSummary(absolute, format, ids.size());
        } catch (IOException e) {
            DomainException failed = new DomainException("export.failed", "Cannot write " + absolute + ": "
                    + e.getMessage(), absolute.toString(), String.valueOf(e.getMessage()));
            failed.initCause(e);
            throw failed;
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    private void writeXlsx(List<Long> ids, OutputStream out, Progress progress) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        book.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = book.createSheet(messages.get("export.sheet"));
            CreationHelper helper = book.getCreationHelper();
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle headerStyle = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(messages.get(COLUMNS.get(c)));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            int seq = 0;
            for (int start = 0; start < ids.size(); start += CHUNK) {
                for (DocumentSummary d : search.rows(ids.subList(start, Math.min(ids.size(), start + CHUNK)))) {
                    seq++;
                    Row row = sheet.createRow(seq);
                    row.createCell(0).setCellValue(seq);
                    text(row, 1, d.docNumber());
                    text(row, 2, d.title());
                    text(row, 3, d.leadIssuer());
                    text(row, 4, messages.label(d.type()));
                    text(row, 5, messages.label(d.status()));
                    date(row, 6, d.publishedDate(), dateStyle);
                    date(row, 7, d.effectiveDate(), dateStyle);
                    date(row, 8, d.validUntil(), dateStyle);
                }
                progress.update(Math.min(ids.size(), start + CHUNK), ids.size(), "");
            }
            book.write(out);
        } finally {
            book.close();
            book.dispose();
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private void writeCsv(List<Long> ids, OutputStream out, Progress progress) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        line(w, COLUMNS.stream().map(messages::get).toList());
        int seq = 0;
        for (int start = 0; start < ids.size(); start += CHUNK) {
            for (DocumentSummary d : search.rows(ids.subList(start, Math.min(ids.size(), start + CHUNK)))) {
                line(w, List.of(String.valueOf(++seq), nz(d.docNumber()), d.title(), nz(d.leadIssuer()),
                        messages.label(d.type()), messages.label(d.status()), messages.date(d.publishedDate()),
                        messages.date(d.effectiveDate()), messages.date(d.validUntil())));
            }
            progress.update(Math.min(ids.size(), start + CHUNK), ids.size(), "");
        }
        w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvCell(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
    static String csvCell(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
