package org.normdesk.service.exchange;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.normdesk.domain.common.DomainException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Reads .xlsx, .xls and .csv ledgers into rows of text. The kind is told by the file's first bytes, not its name;
 * a CSV's encoding is detected (a BOM, else strict UTF-8, else GB18030 — the superset of GBK that Chinese Excel
 * writes), so a GBK file is never read as mojibake. The header row is the one among the first rows that names the
 * most register fields; merged title rows above it are skipped, and a merged cell's value fills its whole range.
 */
public final class LedgerReader {
    /** Title rows above the header are few; a header further down is not a ledger we understand. */
    private static final int HEADER_SEARCH_ROWS = 30;
    private static final int MIN_HEADER_FIELDS = 2;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private LedgerReader() {
    }

    public static Ledger read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DomainException("ledger.notFound", "No such file: " + file, file.toString());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return read(file.getFileName().toString(), bytes);
    }

    public static Ledger read(String fileName, byte[] bytes) {
        String sha = sha256(bytes);
        if (bytes.length == 0) {
            throw new DomainException("ledger.empty", "The file is empty: " + fileName, fileName);
        }
        if (isZip(bytes) || isOle2(bytes)) {
            return readWorkbook(fileName, bytes, sha);
        }
        if (looksLikeWorkbookName(fileName)) {
            // named .xlsx/.xls but neither a zip nor an OLE2 file: damaged, not a CSV
            throw new DomainException("ledger.unreadable", "Cannot read " + fileName + ": not a complete workbook",
                    fileName, "not a workbook");
        }
        Charset charset = detectEncoding(bytes);
        String text = decode(bytes, charset);
        List<List<String>> grid = Csv.parse(text);
        LedgerSheet sheet = sheet(fileName, grid);
        if (sheet == null) {
            throw noHeader(fileName);
        }
        return new Ledger(fileName, sha, "csv", charset.name(), List.of(sheet));
    }

    /** UTF-8 (with or without BOM) when the bytes are valid UTF-8, UTF-16 by its BOM, GB18030 otherwise. */
    public static Charset detectEncoding(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            // GBK text is almost never valid UTF-8 (its lead bytes 0x81–0xFE rarely form UTF-8 sequences)
            return GB18030;
        }
    }

    private static String decode(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static Ledger readWorkbook(String fileName, byte[] bytes, String sha) {
        String format = isZip(bytes) ? "xlsx" : "xls";
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<LedgerSheet> sheets = new ArrayList<>();
            for (Sheet sheet : book) {
                LedgerSheet read = sheet(sheet.getSheetName(), grid(sheet));
                if (read != null) {
                    sheets.add(read);
                }
            }
            if (sheets.isEmpty()) {
                throw noHeader(fileName);
            }
            return new Ledger(fileName, sha, format, null, sheets);
        } catch (EncryptedDocumentException e) {
            throw new DomainException("ledger.encrypted", "The workbook is password-protected: " + fileName, fileName);
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a truncated or damaged file with many exception types (zip, XML, record format)
            DomainException failed = new DomainException("ledger.unreadable", "Cannot read " + fileName + ": "
                    + e.getMessage(), fileName, String.valueOf(e.getMessage()));
            failed.initCause(e);
            throw failed;
        }
    }

    /** Every row as text, merged ranges filled with their first cell's value. */
    private static List<List<String>> grid(Sheet sheet) {
        List<List<String>> grid = new ArrayList<>();
        int last = sheet.getLastRowNum();
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c)));
                }
            }
            grid.add(cells);
        }
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.getFirstRow() >= grid.size()) {
                continue;
            }
            List<String> first = grid.get(range.getFirstRow());
            String value = range.getFirstColumn() < first.size() ? first.get(range.getFirstColumn()) : "";
            for (int r = range.getFirstRow(); r <= Math.min(range.getLastRow(), grid.size() - 1); r++) {
                List<String> cells = grid.get(r);
                while (cells.size() <= range.getLastColumn()) {
                    cells.add("");
                }
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    cells.set(c, value);
                }
            }
        }
        return grid;
    }

    /** A cell as text: dates as yyyy-MM-dd, whole numbers without ".0", formulas by their cached result. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                double value = cell.getNumericCellValue();
                yield value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                        : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** The sheet from its header row down, or null when no row names enough register fields. */
    private static LedgerSheet sheet(String name, List<List<String>> grid) {
        int header = findHeader(grid);
        if (header < 0) {
            return null;
        }
        List<LedgerRow> rows = new ArrayList<>();
        for (int r = header + 1; r < grid.size(); r++) {
            rows.add(new LedgerRow(name, r + 1, grid.get(r)));
        }
        List<String> headers = grid.get(header).stream().map(String::strip).toList();
        return new LedgerSheet(name, header + 1, headers, rows);
    }

    /** The first row among the top ones naming the most fields (at least two), or -1. */
    static int findHeader(List<List<String>> grid) {
        int best = -1;
        int bestCount = MIN_HEADER_FIELDS - 1;
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.size()); r++) {
            int count = fieldsNamed(grid.get(r)).size();
            if (count > bestCount) {
                best = r;
                bestCount = count;
            }
        }
        return best;
    }

    private static Set<LedgerField> fieldsNamed(List<String> cells) {
        Set<LedgerField> named = EnumSet.noneOf(LedgerField.class);
        // a merged title fills every cell with one text: count each distinct text once
        for (String cell : cells.stream().distinct().toList()) {
            LedgerField bestField = null;
            int bestScore = 0;
            for (LedgerField field : LedgerField.values()) {
                int score = field.score(cell);
                if (score > bestScore) {
                    bestField = field;
                    bestScore = score;
                }
            }
            // long texts are titles or notes, not headers
            if (bestField != null && LedgerField.normalizeHeader(cell).length() <= 12) {
                named.add(bestField);
            }
        }
        return named;
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }

    private static boolean looksLikeWorkbookName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DomainException noHeader(String fileName) {
        return new DomainException("ledger.noHeader", "No header row naming the register's columns (文件名称, 文号, "
                + "制定机关 …) in the first " + HEADER_SEARCH_ROWS + " rows of " + fileName, fileName, HEADER_SEARCH_ROWS);
    }

    private static DomainException unreadable(Path file, IOException e) {
        DomainException failed = new DomainException("ledger.unreadable", "Cannot read " + file + ": " + e.getMessage(),
                file.toString(), String.valueOf(e.getMessage()));
        failed.initCause(e);
        return failed;
    }
}
