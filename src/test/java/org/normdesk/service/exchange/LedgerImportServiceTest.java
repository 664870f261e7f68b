package org.normdesk.service.exchange;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.account.AccessDeniedException;
import org.normdesk.domain.account.Principal;
import org.normdesk.domain.account.Role;
import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.demo.DemoRegister;
import org.normdesk.service.demo.DemoRegisterService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Imports of the messy ledgers under src/test/resources/ledgers into real registers (H2 file, PostgreSQL). */
class LedgerImportServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2020-12-31T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Path LEDGERS = Path.of("src/test/resources/ledgers");
    private static final Messages ZH = Messages.load(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path tempDir;

    private Workspace open(DatabaseKind kind, CurrentUser user) {
        return Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("attachments"), null, CLOCK, user);
    }

    private Workspace open(DatabaseKind kind) {
        return open(kind, new CurrentUser(Principal.singleUser("clerk")));
    }

    private static Workspace withDemo(Workspace ws) {
        ws.demo().importRegister(DemoRegisterService.readShipped(), Progress.NONE);
        return ws;
    }

    private static ImportPlan plan(Workspace ws, Ledger ledger) {
        LedgerImportService imports = ws.ledgerImport();
        return imports.plan(ledger, imports.propose(ledger), Progress.NONE);
    }

    /** Found by LedgerImportProperties on PostgreSQL, which refused the NUL in an issuer's name mid-import. */
    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void control_characters_in_cells_are_dropped_and_the_rows_go_in(DatabaseKind kind) throws Exception {
        Path csv = tempDir.resolve("控制字符.csv");
        Files.writeString(csv, "序号,文件名称,发文字号,制定机关,印发日期\r\n"
                + "1,关于\u0000加强\u0007档案管理的通知,清政〔2019〕3号,清丰县\u0000人民政府\u001B,2019年3月1日\r\n"
                + "2,\"多行\n标题\u007F\",,\u0000清丰县教育局,2019-04-01\r\n", StandardCharsets.UTF_8);
        try (Workspace ws = open(kind)) {
            LedgerImportService imports = ws.ledgerImport();
            Ledger ledger = imports.read(csv);
            ImportPlan plan = imports.plan(ledger, imports.propose(ledger), Progress.NONE);
            assertEquals(2, plan.count(RowState.NEW), plan.rows().toString());
            ImportResult result = imports.importLedger(ledger, imports.propose(ledger), Progress.NONE);
            assertEquals(2, result.added());
            Set<String> titles = new HashSet<>();
            Set<String> issuers = new HashSet<>();
            for (DocumentSummary s : ws.register().search(DocumentQuery.all().page(0, 10))) {
                NormativeDocument doc = ws.register().get(s.id());
                titles.add(doc.title());
                doc.issuers().forEach(i -> issuers.add(i.name()));
            }
            assertEquals(Set.of("关于加强档案管理的通知", "多行\n标题"), titles, "a line break inside a cell stays");
            assertEquals(Set.of("清丰县人民政府", "清丰县教育局"), issuers);
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_gbk_csv_goes_into_an_empty_register_without_mojibake_and_a_second_import_adds_nothing(DatabaseKind kind) {
        try (Workspace ws = open(kind)) {
            LedgerImportService imports = ws.ledgerImport();
            Ledger ledger = imports.read(LEDGERS.resolve("city-2019-gbk.csv"));
            assertEquals("GB18030", ledger.encoding());
            ColumnMapping mapping = imports.propose(ledger);
            assertEquals(Map.of(LedgerField.SEQ, "序号", LedgerField.TITLE, "文件名称", LedgerField.DOC_NUMBER, "发文字号",
                    LedgerField.ISSUER, "发文单位", LedgerField.PUBLISHED, "印发日期", LedgerField.EFFECTIVE, "施行日期",
                    LedgerField.VALID_UNTIL, "有效期", LedgerField.STATUS, "清理结果", LedgerField.REMARK, "备注"),
                    mapping.columns());

            ImportPlan plan = imports.plan(ledger, mapping, Progress.NONE);
            List<DemoRegister.DocumentEntry> demo = LedgerFixtures.published(2019);
            assertEquals(demo.size(), plan.count(RowState.NEW));
            assertEquals(2, plan.count(RowState.SKIPPED), "the blank separator row and the 合计 row");
            assertEquals(Set.of("ledger.row.blank", "ledger.row.subtotal"), plan.rows(RowState.SKIPPED).stream()
                    .map(r -> r.notes().get(0).message().messageKey()).collect(Collectors.toSet()));
            assertEquals(0, ws.register().count(), "a dry run writes nothing");

            ImportResult result = imports.importLedger(ledger, mapping, Progress.NONE);
            assertEquals(demo.size(), result.added());
            assertEquals(demo.size(), ws.register().count());
            Map<String, NormativeDocument> byTitle = new HashMap<>();
            for (DocumentSummary s : ws.register().search(DocumentQuery.all().page(0, 1_000))) {
                byTitle.put(s.title(), ws.register().get(s.id()));
            }
            for (DemoRegister.DocumentEntry d : demo) {
                NormativeDocument stored = byTitle.get(d.title());
                assertTrue(stored != null, "stored exactly as titled, without trailing blanks: " + d.title());
                assertEquals(DocNumber.parse(d.docNumber()).map(DocNumber::normalized).orElse(null),
                        stored.docNumber() == null ? null : stored.docNumber().normalized());
                assertEquals(LocalDate.parse(d.publishedDate()), stored.publishedDate());
                assertEquals(d.effectiveDate() == null ? null : LocalDate.parse(d.effectiveDate()), stored.effectiveDate());
                assertEquals(d.validUntil() == null ? null : LocalDate.parse(d.validUntil()), stored.validUntil());
                assertEquals(LifecycleStatus.valueOf(LedgerFixtures.status(d)), stored.status());
                assertEquals(LedgerFixtures.issuerNames(d), stored.issuers().stream().map(Issuer::name)
                        .collect(Collectors.joining("、")));
                assertFalse(stored.title().contains("\uFFFD"));
            }
            Issuer city = ws.register().issuers().stream().filter(i -> i.name().equals("濮阳市人民政府")).findFirst()
                    .orElseThrow();
            assertEquals(OrgKind.GOVERNMENT, city.kind());
            assertEquals(OrgLevel.CITY, city.level());
            assertEquals("濮政", city.code());
            Issuer county = ws.register().issuers().stream().filter(i -> i.name().equals("范县人民政府办公室")).findFirst()
                    .orElseThrow();
            assertEquals(OrgKind.GENERAL_OFFICE, county.kind());
            assertEquals(OrgLevel.COUNTY, county.level());

            long auditBefore = ws.audit().count();
            ImportResult again = imports.importLedger(imports.read(LEDGERS.resolve("city-2019-gbk.csv")), mapping,
                    Progress.NONE);
            assertTrue(again.changedNothing());
            assertEquals(demo.size(), again.duplicates());
            assertEquals(demo.size(), ws.register().count());
            assertEquals(auditBefore, ws.audit().count(), "an import that changes nothing writes no audit entry");
            assertTrue(ws.audit().verify().intact());
        }
    }

    @Test
    void gbk_bytes_are_never_taken_for_utf8() throws Exception {
        byte[] gbk = Files.readAllBytes(LEDGERS.resolve("city-2019-gbk.csv"));
        assertEquals(Charset.forName("GB18030"), LedgerReader.detectEncoding(gbk));
        byte[] utf8 = Files.readAllBytes(LEDGERS.resolve("utf8-no-bom.csv"));
        assertEquals(StandardCharsets.UTF_8, LedgerReader.detectEncoding(utf8));
        byte[] bom = ("\uFEFF" + "文件名称,文号\r\n濮阳市城市绿化管理办法,濮政〔2019〕12号\r\n").getBytes(StandardCharsets.UTF_8);
        Ledger withBom = LedgerReader.read("bom.csv", bom);
        assertEquals("文件名称", withBom.headers().get(0), "the BOM is not part of the first header");
        assertEquals("濮阳市城市绿化管理办法", withBom.sheets().get(0).rows().get(0).cell(0));
        // the same GBK ledger, decoded wrongly on purpose, would hold replacement characters
        assertTrue(new String(gbk, StandardCharsets.UTF_8).contains("\uFFFD"));
        Ledger read = LedgerReader.read(LEDGERS.resolve("city-2019-gbk.csv"));
        assertTrue(read.sheets().get(0).rows().stream().flatMap(r -> r.cells().stream()).noneMatch(c -> c.contains("\uFFFD")));
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_merged_title_ledger_against_the_demo_register_shows_each_row_state_with_its_reasons(DatabaseKind kind)
            throws Exception {
        try (Workspace ws = withDemo(open(kind))) {
            List<DemoRegister.DocumentEntry> county = LedgerFixtures.countyDocuments();
            // the register moved on since the ledger was written: one title corrected, one document amended
            DocumentSummary retitled = find(ws, county.get(0).title());
            NormativeDocument before = ws.register().get(retitled.id());
            ws.register().update(before.id(), before.version(), input(before, before.title() + "（修订稿）"));
            DemoRegister.DocumentEntry valid = county.stream()
                    .filter(d -> LedgerFixtures.status(d).equals("VALID") && d != county.get(0)).findFirst().orElseThrow();
            NormativeDocument amended = ws.register().get(find(ws, valid.title()).id());
            ws.register().changeStatus(amended.id(), amended.version(), LifecycleStatus.AMENDED,
                    LocalDate.of(2020, 12, 1), "被修改", null);

            Ledger ledger = ws.ledgerImport().read(LEDGERS.resolve("county-merged-title.xlsx"));
            LedgerSheet sheet = ledger.sheets().get(0);
            assertEquals(4, sheet.headerRowNumber(), "the second header row, under the merged 日期 cell");
            assertEquals(List.of("序号", "文件名称", "文号", "制定机关", "发布日期", "施行日期", "有效期至", "效力状态", "备注"),
                    sheet.headers());
            ImportPlan plan = plan(ws, ledger);
            assertEquals(county.size() - 2, plan.count(RowState.DUPLICATE));
            assertEquals(1, plan.count(RowState.UPDATE));
            assertEquals(1, plan.count(RowState.NEW));
            assertEquals(3, plan.count(RowState.REJECTED));
            assertEquals(4, plan.count(RowState.SKIPPED), "three yearly 小计 rows and the 总计 row");

            PlannedRow update = plan.rows(RowState.UPDATE).get(0);
            assertEquals(retitled.id(), update.existing().id());
            assertEquals(county.get(0).title(), update.document().title());
            assertEquals(List.of(LedgerField.TITLE), update.notes().stream().map(RowNote::field).toList());

            PlannedRow fresh = plan.rows(RowState.NEW).get(0);
            assertEquals(LedgerFixtures.NEW_TITLE, fresh.document().title());
            assertEquals(LedgerFixtures.NEW_NUMBER, fresh.document().docNumber().normalized());
            assertEquals(LocalDate.of(2026, 1, 9), fresh.document().validUntil(), "5年 from 2021-01-10");
            assertEquals(LifecycleStatus.NOT_YET_EFFECTIVE, fresh.document().status());
            assertEquals("清丰县人民政府", fresh.document().leadIssuer().name());
            assertTrue(fresh.document().leadIssuer().id() != null, "an issuer the register knows");

            Map<String, String> reasons = plan.rows(RowState.REJECTED).stream().collect(Collectors.toMap(
                    r -> r.source().cell(1), r -> LedgerErrors.reasons(r, plan.mapping(), ZH)));
            assertEquals("效力状态：台账中 #" + amended.id() + " 为“已修改”，不能改为“现行有效”", reasons.get(valid.title()));
            assertEquals("发布日期：不存在的日期：2020年13月5日", reasons.get("南乐县城区停车管理暂行办法"));
            assertEquals("制定机关：没有填写制定机关；效力状态：无法识别的效力状态：暂停执行（可用：现行有效、已修改、已失效、已废止、已撤销、尚未施行）",
                    reasons.get("台前县河道采砂管理办法"));
            // merged 制定机关 cells: every row under a merged range has the issuer
            assertTrue(plan.rows(RowState.DUPLICATE).stream().allMatch(r -> !r.source().cell(3).isBlank()));

            int documentsBefore = ws.register().count();
            ImportResult result = ws.ledgerImport().importLedger(ledger, plan.mapping(), Progress.NONE);
            assertEquals(1, result.added());
            assertEquals(1, result.updated());
            assertEquals(documentsBefore + 1, ws.register().count());
            assertEquals(county.get(0).title(), ws.register().get(retitled.id()).title());
            assertEquals(LifecycleStatus.AMENDED, ws.register().get(amended.id()).status(), "a refused row changed nothing");
            assertTrue(ws.audit().verify().intact());

            // the error workbook: original row and the reason; fixed by the clerk, it imports
            Path errors = tempDir.resolve("out/errors.xlsx");
            assertEquals(3, LedgerErrors.write(plan, ZH, errors));
            try (InputStream in = Files.newInputStream(errors); XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet rows = book.getSheetAt(0);
                List<String> header = LedgerReader.read(errors).headers();
                assertEquals(List.of("序号", "文件名称", "文号", "制定机关", "发布日期", "施行日期", "有效期至", "效力状态", "备注",
                        "原位置", "未导入原因"), header);
                assertEquals(4, rows.getPhysicalNumberOfRows());
                Row bad = rows.getRow(2);
                assertEquals("南乐县城区停车管理暂行办法", bad.getCell(1).getStringCellValue());
                assertEquals("县区文件 第 " + plan.rows(RowState.REJECTED).get(1).source().rowNumber() + " 行",
                        bad.getCell(9).getStringCellValue());
                assertEquals("发布日期：不存在的日期：2020年13月5日", bad.getCell(10).getStringCellValue());
                bad.getCell(4).setCellValue("2020年12月5日");
                Row noIssuer = rows.getRow(3);
                noIssuer.createCell(3).setCellValue("台前县人民政府");
                noIssuer.getCell(7).setCellValue("现行有效");
                rows.removeRow(rows.getRow(1));
                try (OutputStream out = Files.newOutputStream(tempDir.resolve("fixed.xlsx"))) {
                    book.write(out);
                }
            }
            Ledger fixed = ws.ledgerImport().read(tempDir.resolve("fixed.xlsx"));
            ImportResult second = ws.ledgerImport().importLedger(fixed, ws.ledgerImport().propose(fixed), Progress.NONE);
            assertEquals(2, second.added());
            assertEquals(documentsBefore + 3, ws.register().count());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void truncated_and_password_protected_workbooks_are_refused_by_name_and_the_register_is_untouched(DatabaseKind kind) {
        try (Workspace ws = withDemo(open(kind))) {
            int before = ws.register().count();
            DomainException truncated = assertThrows(DomainException.class,
                    () -> ws.ledgerImport().read(LEDGERS.resolve("truncated.xlsx")));
            assertEquals("ledger.unreadable", truncated.messageKey());
            assertTrue(ZH.format(truncated).startsWith("无法读取 truncated.xlsx：文件不完整或已损坏"));
            DomainException locked = assertThrows(DomainException.class,
                    () -> ws.ledgerImport().read(LEDGERS.resolve("password.xlsx")));
            assertEquals("ledger.encrypted", locked.messageKey());
            assertTrue(ZH.format(locked).startsWith("password.xlsx 设有打开密码"));
            DomainException missing = assertThrows(DomainException.class,
                    () -> ws.ledgerImport().read(LEDGERS.resolve("nothing-here.xlsx")));
            assertEquals("ledger.notFound", missing.messageKey());
            DomainException notALedger = assertThrows(DomainException.class,
                    () -> LedgerReader.read("notes.csv", "会议纪要\r\n今天开会\r\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals("ledger.noHeader", notALedger.messageKey());
            assertEquals(before, ws.register().count());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void an_xls_with_a_sheet_per_year_is_read_whole_and_one_mapping_fits_both_sheets(DatabaseKind kind) {
        try (Workspace ws = open(kind)) {
            Ledger ledger = ws.ledgerImport().read(LEDGERS.resolve("departments-2018-2019.xls"));
            assertEquals("xls", ledger.format());
            assertEquals(List.of("2018年", "2019年"), ledger.sheets().stream().map(LedgerSheet::name).toList());
            ImportPlan plan = plan(ws, ledger);
            int expected = LedgerFixtures.departmentDocuments(2018).size() + LedgerFixtures.departmentDocuments(2019).size();
            assertEquals(expected, plan.count(RowState.NEW));
            assertEquals(LedgerField.TYPE, plan.mapping().columns().entrySet().stream()
                    .filter(e -> e.getValue().equals("类别")).findFirst().orElseThrow().getKey());
            ws.ledgerImport().importLedger(ledger, plan.mapping(), Progress.NONE);
            assertEquals(expected, ws.register().count());
            assertTrue(ws.register().search(DocumentQuery.all().page(0, 1_000)).stream()
                    .allMatch(d -> d.type() == org.normdesk.domain.document.DocumentType.DEPARTMENT_NORMATIVE));
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_user_without_the_registrar_role_cannot_import(DatabaseKind kind) {
        CurrentUser reviewer = new CurrentUser(new Principal("li", "李审查", Set.of(Role.REVIEWER)));
        try (Workspace ws = open(kind, reviewer)) {
            Ledger ledger = ws.ledgerImport().read(LEDGERS.resolve("utf8-no-bom.csv"));
            ImportPlan plan = plan(ws, ledger);
            assertEquals(5, plan.count(RowState.NEW), "anyone may look at a dry run");
            assertThrows(AccessDeniedException.class,
                    () -> ws.ledgerImport().importLedger(ledger, plan.mapping(), Progress.NONE));
            assertEquals(0, ws.register().count());
            assertEquals(0, ws.register().issuers().size());
        }
    }

    @Test
    void a_mapping_is_saved_as_json_and_a_wrong_one_is_refused_by_name() throws Exception {
        Ledger ledger = LedgerReader.read(LEDGERS.resolve("city-2019-gbk.csv"));
        ColumnMapping proposed = ColumnMapping.propose(ledger.headers());
        Path file = tempDir.resolve("m.json");
        proposed.write(file);
        assertEquals(proposed, ColumnMapping.read(file));
        assertTrue(Files.readString(file).contains("\"TITLE\" : \"文件名称\""));

        ColumnMapping moved = proposed.with(LedgerField.REMARK, "清理结果");
        assertEquals("清理结果", moved.columns().get(LedgerField.REMARK));
        assertNull(moved.columns().get(LedgerField.STATUS), "one column feeds one field");

        Files.writeString(file, "{\"columns\": {\"TITEL\": \"文件名称\"}}");
        assertEquals("ledger.mapping.unknownField", assertThrows(DomainException.class, () -> ColumnMapping.read(file))
                .messageKey());
        Files.writeString(file, "not json");
        assertEquals("ledger.mapping.unreadable", assertThrows(DomainException.class, () -> ColumnMapping.read(file))
                .messageKey());
        DomainException noTitle = assertThrows(DomainException.class,
                () -> new ColumnMapping(Map.of(LedgerField.DOC_NUMBER, "发文字号")).checkAgainst(ledger));
        assertEquals("ledger.mapping.noTitle", noTitle.messageKey());
        DomainException missing = assertThrows(DomainException.class,
                () -> proposed.with(LedgerField.TYPE, "文件类型").checkAgainst(ledger));
        assertEquals("列对应中的列“文件类型”（类型）在这个台账中没有", ZH.format(missing));
    }

    @Test
    void header_names_and_their_variants_are_recognised() {
        ColumnMapping m = ColumnMapping.propose(List.of("序  号", "规范性文件名称", "文 号", "制定机关（单位）", "发布日期（印发日期）",
                "实施日期", "有效期限", "清理意见", "说明"));
        assertEquals(Map.of(LedgerField.SEQ, "序  号", LedgerField.TITLE, "规范性文件名称", LedgerField.DOC_NUMBER, "文 号",
                LedgerField.ISSUER, "制定机关（单位）", LedgerField.PUBLISHED, "发布日期（印发日期）",
                LedgerField.EFFECTIVE, "实施日期", LedgerField.VALID_UNTIL, "有效期限", LedgerField.STATUS, "清理意见",
                LedgerField.REMARK, "说明"), m.columns());
        assertEquals(Map.of(LedgerField.TITLE, "Title", LedgerField.DOC_NUMBER, "Document number",
                LedgerField.ISSUER, "Issuing body"), ColumnMapping.propose(List.of("Title", "Document number",
                "Issuing body")).columns());
    }

    @Test
    void cells_name_statuses_types_validity_and_subtotals_in_the_clerks_words() {
        assertEquals(LifecycleStatus.VALID, LedgerValues.status(" 继续有效 "));
        assertEquals(LifecycleStatus.AMENDED, LedgerValues.status("修改后继续有效"));
        assertEquals(LifecycleStatus.EXPIRED, LedgerValues.status("宣布失效"));
        assertEquals(LifecycleStatus.REPEALED, LedgerValues.status("Repealed"));
        assertEquals(LocalDate.of(2024, 12, 19), LedgerValues.validUntil("5年", LocalDate.of(2019, 12, 20)).orElseThrow());
        assertEquals(LocalDate.of(2021, 12, 19), LedgerValues.validUntil("有效期两年", LocalDate.of(2019, 12, 20)).orElseThrow());
        assertTrue(LedgerValues.validUntil("长期", null).isEmpty());
        assertEquals(LocalDate.of(2024, 12, 19), LedgerValues.validUntil("有效期至2024年12月19日", null).orElseThrow());
        assertEquals("ledger.validity.noStart", assertThrows(DomainException.class,
                () -> LedgerValues.validUntil("3年", null)).messageKey());
        assertTrue(LedgerValues.isSubtotal("合计"));
        assertTrue(LedgerValues.isSubtotal("2019年小计"));
        assertTrue(LedgerValues.isSubtotal("总计：78件"));
        assertFalse(LedgerValues.isSubtotal("合计划生育管理办法"), "a title that merely starts with 合计 is not a subtotal");
        assertEquals(OrgLevel.TOWNSHIP, LedgerValues.guessLevel("城关镇人民政府"));
        assertEquals(OrgLevel.COUNTY, LedgerValues.guessLevel("濮阳市华龙区人民政府"));
        assertEquals(OrgLevel.CITY, LedgerValues.guessLevel("濮阳市住房和城乡建设局"));
        assertEquals(OrgLevel.PROVINCE, LedgerValues.guessLevel("河南省人民政府"));
    }

    private static DocumentSummary find(Workspace ws, String title) {
        return ws.register().search(DocumentQuery.all().page(0, 10_000)).stream()
                .filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    private static DocumentInput input(NormativeDocument d, String title) {
        return new DocumentInput(title, d.docNumber() == null ? null : d.docNumber().raw(),
                d.issuers().stream().map(Issuer::id).toList(), d.type(), d.subjectArea(), iso(d.signedDate()),
                iso(d.publishedDate()), iso(d.effectiveDate()), iso(d.validUntil()), null);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
