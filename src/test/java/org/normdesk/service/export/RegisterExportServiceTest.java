package org.normdesk.service.export;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.Progress;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.search.SavedView;
import org.normdesk.service.search.SavedViewService;
import org.normdesk.service.search.ViewFilter;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports are opened again (POI, a CSV parser) and their content checked. */
class RegisterExportServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final List<String> HEADER = List.of("序号", "文号", "标题", "制定机关", "类型", "效力状态", "公布日期",
            "施行日期", "有效期至");

    @TempDir
    Path tempDir;

    private org.normdesk.service.search.SearchServiceTest.Register open(DatabaseKind kind) {
        var r = new org.normdesk.service.search.SearchServiceTest.Register(TestDatabases.fresh(kind, tempDir), null).fill();
        // a title with a comma and quotes, to test CSV quoting
        r.register.add(new DocumentInput("关于“放管服”改革，优化营商环境的意见", "濮政〔2019〕40号", List.of(r.city.id()),
                DocumentType.GOVERNMENT_NORMATIVE, "营商环境", null, "2019-10-10", "2019-10-10", null, null));
        return r;
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_saved_view_exports_to_xlsx_with_the_register_columns_and_real_dates(DatabaseKind kind) throws Exception {
        try (var r = open(kind)) {
            SavedViewService views = new SavedViewService(r.db, () -> r.search, CLOCK, () -> "tester");
            SavedView valid2019 = views.create("2019年现行有效", ViewFilter.of(DocumentQuery.all()
                    .withStatuses(Set.of(LifecycleStatus.VALID)).withYear(2019)));
            RegisterExportService exports = new RegisterExportService(r.search, Messages.load(Locale.SIMPLIFIED_CHINESE));
            Path file = tempDir.resolve("out/2019.xlsx");
            var summary = exports.export(views.query(valid2019), ExportFormat.XLSX, file, Progress.NONE);
            assertEquals(5, summary.rows());

            try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet sheet = book.getSheetAt(0);
                List<String> header = new ArrayList<>();
                sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
                assertEquals(HEADER, header);
                assertEquals(6, sheet.getPhysicalNumberOfRows());
                Row first = sheet.getRow(1);
                assertEquals(1, (int) first.getCell(0).getNumericCellValue());
                assertEquals("濮政〔2019〕12号", first.getCell(1).getStringCellValue());
                assertEquals("濮阳市城市绿化管理办法", first.getCell(2).getStringCellValue());
                assertEquals("濮阳市人民政府", first.getCell(3).getStringCellValue());
                assertEquals("政府规范性文件", first.getCell(4).getStringCellValue());
                assertEquals("现行有效", first.getCell(5).getStringCellValue());
                assertTrue(DateUtil.isCellDateFormatted(first.getCell(6)));
                assertEquals(LocalDate.of(2019, 12, 20), first.getCell(6).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(LocalDate.of(2025, 1, 19), first.getCell(8).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(5, (int) sheet.getRow(5).getCell(0).getNumericCellValue());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void csv_has_a_bom_crlf_lines_and_quotes_cells_with_commas_and_quotes(DatabaseKind kind) throws Exception {
        try (var r = open(kind)) {
            RegisterExportService exports = new RegisterExportService(r.search, Messages.load(Locale.SIMPLIFIED_CHINESE));
            Path file = tempDir.resolve("all.csv");
            var summary = exports.export(DocumentQuery.all(), ExportFormat.CSV, file, Progress.NONE);
            assertEquals(7, summary.rows());
            byte[] bytes = Files.readAllBytes(file);
            assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertTrue(text.endsWith("\r\n"));
            List<List<String>> rows = parseCsv(text);
            assertEquals(8, rows.size());
            assertEquals(HEADER, rows.get(0));
            assertEquals(List.of("1", "清政〔2020〕2号", "清丰县农村宅基地管理办法", "清丰县人民政府", "政府规范性文件", "现行有效",
                    "2020-02-10", "2020-02-10", "2020-12-31"), rows.get(1));
            assertTrue(rows.stream().anyMatch(row -> row.get(2).equals("关于“放管服”改革，优化营商环境的意见")));
            assertTrue(rows.stream().anyMatch(row -> row.get(5).equals("已废止") && row.get(8).isEmpty()));

            Path quoted = tempDir.resolve("quoted.csv");
            exports.export(DocumentQuery.text("100%"), ExportFormat.CSV, quoted, Progress.NONE);
            assertEquals("污水处理100%达标实施方案（试行）", parseCsv(Files.readString(quoted).substring(1)).get(1).get(2));
            assertEquals("a,\"b\"", parseCsv(RegisterExportService.csvCell("a,\"b\"") + "\r\n").get(0).get(0));
            assertThrows(DomainException.class, () -> ExportFormat.parse("pdf"));
        }
    }

    /** A strict RFC 4180 reader, written out here so the test does not trust the writer's own quoting. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
