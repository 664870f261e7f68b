package org.normdesk.service.exchange;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated ledgers — CSV and .xlsx, shuffled columns, good cells mixed with junk (impossible dates, formulas,
 * 合计 rows, control characters, 10,000-character cells, numbers and booleans where text belongs) — on every
 * database: each row of the file ends in exactly one planned state, every rejected or duplicate row carries a
 * reason whose message exists in Chinese and English, nothing throws but the documented {@link DomainException},
 * the dry run writes nothing, and the import then adds exactly the planned new rows with the audit chain intact.
 * Damaged workbooks (truncated, bytes flipped) are refused with a clear error. Tries per property are on each
 * (kept low: every try imports into H2 and PostgreSQL).
 */
class LedgerImportProperties {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final List<String> HEADERS = List.of("序号", "文件名称", "文号", "制定机关", "发布日期", "施行日期",
            "有效期至", "效力状态", "类型", "备注");
    private static final Properties ZH = bundle("i18n/messages.properties");
    private static final Properties EN = bundle("i18n/messages_en.properties");

    private static Path tempDir;
    private static final Map<DatabaseKind, Workspace> OPEN = new EnumMap<>(DatabaseKind.class);

    @BeforeContainer
    static void open() throws IOException {
        tempDir = Files.createTempDirectory("ledger-properties");
        for (DatabaseKind kind : TestDatabases.kinds().toList()) {
            OPEN.put(kind, Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("attachments-" + kind),
                    CLOCK, () -> "clerk"));
        }
    }

    @AfterContainer
    static void close() {
        OPEN.values().forEach(Workspace::close);
        OPEN.clear();
    }

    @Property(tries = 15)
    void every_row_gets_a_state_and_a_reason_the_dry_run_writes_nothing_and_the_import_adds_the_plan(
            @ForAll("ledgers") List<List<Object>> rows, @ForAll boolean asWorkbook, @ForAll Random order) throws Exception {
        List<Integer> columns = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        Collections.shuffle(columns, order);
        byte[] file = asWorkbook ? xlsx(columns, rows) : csv(columns, rows);
        String name = asWorkbook ? "台账.xlsx" : "台账.csv";
        for (Map.Entry<DatabaseKind, Workspace> open : OPEN.entrySet()) {
            Workspace ws = open.getValue();
            LedgerImportService imports = ws.ledgerImport();
            Ledger ledger;
            try {
                ledger = LedgerReader.read(name, file);
            } catch (DomainException refused) {
                assertKnown(refused.messageKey());
                continue;
            }
            ColumnMapping mapping = imports.propose(ledger);
            int documents = ws.register().count();
            long audit = ws.audit().count();
            int issuers = ws.register().issuers().size();

            ImportPlan plan = imports.plan(ledger, mapping, Progress.NONE);

            assertEquals(ledger.rowCount(), plan.rows().size(), "one planned row per ledger row");
            for (PlannedRow row : plan.rows()) {
                if (row.state() == RowState.REJECTED || row.state() == RowState.DUPLICATE) {
                    assertFalse(row.notes().isEmpty(), row.state() + " without a reason: " + row.source());
                }
                row.notes().forEach(note -> assertKnown(note.message().messageKey()));
                if (row.state() == RowState.NEW || row.state() == RowState.UPDATE) {
                    assertTrue(row.document() != null, "a row to write has its document");
                }
            }
            assertEquals(documents, ws.register().count(), open.getKey() + ": the dry run wrote nothing");
            assertEquals(audit, ws.audit().count());
            assertEquals(issuers, ws.register().issuers().size());

            ImportResult result = imports.importLedger(ledger, mapping, Progress.NONE);
            assertEquals(plan.count(RowState.NEW), result.added(), open.getKey().toString());
            assertEquals(plan.count(RowState.UPDATE), result.updated());
            assertEquals(documents + result.added(), ws.register().count());
            assertEquals(issuers + plan.newIssuers().size(), ws.register().issuers().size());
        }
    }

    @Property(tries = 30)
    void a_damaged_workbook_is_refused_with_a_clear_error(@ForAll("ledgers") List<List<Object>> rows,
                                                         @ForAll Random damage) throws Exception {
        byte[] good = xlsx(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), rows);
        byte[] bad = damage.nextBoolean()
                ? java.util.Arrays.copyOf(good, damage.nextInt(good.length))
                : flipped(good, damage);
        try {
            Ledger read = LedgerReader.read("台账.xlsx", bad);
            assertTrue(read.rowCount() >= 0);
        } catch (DomainException refused) {
            assertKnown(refused.messageKey());
        }
    }

    @Provide
    Arbitrary<List<List<Object>>> ledgers() {
        return row().list().ofMinSize(0).ofMaxSize(15);
    }

    private Arbitrary<List<Object>> row() {
        Arbitrary<Object> junk = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.of("", " ", "合计", "小计", "=SUM(A1:A3)", "=1/0", "#N/A", "\u0000\u0007", "\"", "a,b\nc",
                        "2019-02-30", "二〇一九年十三月一日", "长期", "已废止", "继续有效", "现行有效", "失效", "文件名称", "文号"),
                Arbitraries.just("长".repeat(10_000)),
                Arbitraries.doubles().between(-1e6, 1e6).map(d -> (Object) d),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE));
        Arbitrary<Object> title = Arbitraries.oneOf(junk, Arbitraries.integers().between(1, 40)
                .map(i -> (Object) ("清丰县第" + i + "号管理办法")));
        Arbitrary<Object> number = Arbitraries.oneOf(junk, Arbitraries.integers().between(1, 40)
                .map(i -> (Object) ("清政〔2019〕" + i + "号")));
        Arbitrary<Object> issuer = Arbitraries.oneOf(junk, Arbitraries.of("清丰县人民政府", "清丰县教育局", "清丰县人民政府、清丰县教育局")
                .map(s -> (Object) s));
        Arbitrary<Object> date = Arbitraries.oneOf(junk, Arbitraries.of("2019-03-01", "2019年3月1日", "二〇一九年三月一日",
                "2019.3", "43525", "2099-01-01").map(s -> (Object) s), Arbitraries.integers().between(1, 80_000)
                .map(i -> (Object) (double) i));
        Arbitrary<Object> status = Arbitraries.oneOf(junk, Arbitraries.of("现行有效", "已废止", "失效", "已修改", "valid")
                .map(s -> (Object) s));
        Arbitrary<Object> type = Arbitraries.oneOf(junk, Arbitraries.of("政府规章", "行政规范性文件", "部门规范性文件")
                .map(s -> (Object) s));
        return net.jqwik.api.Combinators.combine(List.of(Arbitraries.integers().between(1, 99).map(i -> (Object) i),
                title, number, issuer, date, date, date, status, type, junk)).as(List::copyOf);
    }

    private static byte[] csv(List<Integer> columns, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        out.append(columns.stream().map(HEADERS::get).map(LedgerImportProperties::quoted).collect(Collectors.joining(",")))
                .append("\r\n");
        for (List<Object> row : rows) {
            out.append(columns.stream().map(c -> quoted(String.valueOf(row.get(c)))).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static byte[] xlsx(List<Integer> columns, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("台账");
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(columns.get(i)));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = rows.get(r).get(columns.get(i));
                    if (value instanceof Double d) {
                        row.createCell(i).setCellValue(d);
                    } else if (value instanceof Integer n) {
                        row.createCell(i).setCellValue(n);
                    } else if (value instanceof Boolean b) {
                        row.createCell(i).setCellValue(b);
                    } else {
                        String text = value.toString();
                        if (text.startsWith("=") && text.length() > 1) {
                            row.createCell(i).setCellFormula(text.substring(1));
                        } else {
                            // the control characters XML cannot hold are what Excel would refuse too
                            row.createCell(i).setCellValue(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "")
                                    .replaceAll("[\\uD800-\\uDFFF]", ""));
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] flipped(byte[] good, Random random) {
        byte[] bad = good.clone();
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
            bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return bad;
    }

    private static void assertKnown(String key) {
        assertTrue(ZH.containsKey(key), "a Chinese message for " + key);
        assertTrue(EN.containsKey(key), "an English message for " + key);
    }

    private static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = LedgerImportProperties.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
