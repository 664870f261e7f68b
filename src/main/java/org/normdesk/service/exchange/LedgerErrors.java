package org.normdesk.service.exchange;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.i18n.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows an import left out because they are wrong, as a workbook the clerk can fix and import again: the
 * original header and cells, then where the row was and why it was refused (reasons name their column).
 */
public final class LedgerErrors {
    private LedgerErrors() {
    }

    /** One sentence for all of a row's notes, each led by its column's header. */
    public static String reasons(PlannedRow row, ColumnMapping mapping, Messages messages) {
        return row.notes().stream().map(n -> (n.field() == null ? "" : column(n.field(), mapping, messages) + "：")
                + messages.format(n.message())).collect(Collectors.joining("；"));
    }

    private static String column(LedgerField field, ColumnMapping mapping, Messages messages) {
        String header = mapping.columns().get(field);
        return header != null ? header : messages.label(field);
    }

    /** Writes the rejected rows of {@code plan}; returns how many. The file appears only when complete. */
    public static int write(ImportPlan plan, Messages messages, Path out) {
        List<PlannedRow> rejected = plan.rows(RowState.REJECTED);
        Path target = out.toAbsolutePath();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(messages.get("ledger.errors.sheet"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> headers = plan.ledger().headers();
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                headerCell(header, c, headers.get(c), bold);
            }
            headerCell(header, headers.size(), messages.get("ledger.errors.where"), bold);
            headerCell(header, headers.size() + 1, messages.get("ledger.errors.reason"), bold);
            int r = 1;
            for (PlannedRow row : rejected) {
                Row line = sheet.createRow(r++);
                List<String> cells = row.source().cells();
                for (int c = 0; c < headers.size(); c++) {
                    String value = c < cells.size() ? cells.get(c) : "";
                    if (!value.isEmpty()) {
                        line.createCell(c).setCellValue(value);
                    }
                }
                line.createCell(headers.size()).setCellValue(messages.format("ledger.errors.at",
                        row.source().sheet(), row.source().rowNumber()));
                line.createCell(headers.size() + 1).setCellValue(reasons(row, plan.mapping(), messages));
            }
            for (int c = 0; c < headers.size() + 2; c++) {
                sheet.setColumnWidth(c, (c == headers.size() + 1 ? 60 : 18) * 256);
            }
            sheet.createFreezePane(0, 1);
            Path parent = target.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path temp = Files.createTempFile(parent, ".normdesk-errors-", ".xlsx");
            try (OutputStream stream = Files.newOutputStream(temp)) {
                book.write(stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            return rejected.size();
        } catch (IOException e) {
            DomainException failed = new DomainException("export.failed", "Cannot write " + target + ": "
                    + e.getMessage(), target.toString(), String.valueOf(e.getMessage()));
            failed.initCause(e);
            throw failed;
        }
    }

    private static void headerCell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}
