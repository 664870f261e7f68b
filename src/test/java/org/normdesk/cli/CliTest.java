package org.normdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.normdesk.cli.CliRun.Result;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The `normdesk` command line against a real data folder, the way a script would use it. */
class CliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private Result run(String... args) {
        return CliRun.run(CLOCK, dataDir, args);
    }

    @Test
    void a_document_is_added_listed_repealed_and_its_history_shown() {
        assertEquals(0, run("add-issuer", "--name", "濮阳市人民政府", "--code", "濮政", "--level", "city",
                "--kind", "government").exitCode());
        Result added = run("add", "--title", "濮阳市城市绿化管理办法", "--number", "濮政（2019）１２号",
                "--issuer", "濮阳市人民政府", "--type", "government-normative", "--published", "2019年12月20日",
                "--effective", "2020-01-20");
        assertEquals(0, added.exitCode(), added.err());
        assertTrue(added.out().contains("现行有效"), added.out());
        assertTrue(Files.exists(dataDir.resolve("normdesk.mv.db")), "the embedded database lives in the data folder");

        Result valid = run("list", "--status", "valid", "--format", "csv");
        assertEquals(0, valid.exitCode());
        assertTrue(valid.out().contains("濮阳市城市绿化管理办法"), valid.out());
        assertTrue(valid.out().contains("2019-12-20"), valid.out());

        Result repealed = run("status", "1", "--to", "repealed", "--reason", "已被新办法取代", "--on", "2020-03-01");
        assertEquals(0, repealed.exitCode(), repealed.err());
        assertTrue(repealed.out().contains("现行有效 → 已废止"), repealed.out());
        assertFalse(run("list", "--status", "valid").out().contains("绿化"));
        assertTrue(run("list", "--status", "repealed").out().contains("绿化"));

        Result history = run("history", "1");
        assertTrue(history.out().contains("录入台账"), history.out());
        assertTrue(history.out().contains("已被新办法取代"), history.out());

        Result audit = run("audit", "verify");
        assertEquals(0, audit.exitCode(), audit.out());
        assertTrue(audit.out().contains("审计日志完整：共 3 条"), audit.out());

        Result info = run("db-info");
        assertTrue(info.out().contains("H2"), info.out());
        assertTrue(info.out().contains("文件数：1"), info.out());
    }

    @Test
    void add_saves_the_suggested_validity_end_and_names_the_rule_unless_overridden() {
        run("add-issuer", "--name", "濮阳市人民政府", "--code", "濮政", "--level", "city", "--kind", "government");
        Result provisional = run("add", "--title", "濮阳市停车管理暂行办法", "--number", "濮政〔2019〕20号",
                "--issuer", "濮阳市人民政府", "--type", "government-normative", "--published", "2019-12-20",
                "--effective", "2020-01-20");
        assertEquals(0, provisional.exitCode(), provisional.err());
        assertTrue(provisional.out().contains("有效期至 2022-01-19（暂行、试行文件有效期 2 年）"), provisional.out());

        Result stated = run("add", "--title", "濮阳市扬尘治理办法（有效期3年）", "--number", "濮政〔2019〕21号",
                "--issuer", "濮阳市人民政府", "--type", "government-normative", "--effective", "2020-01-01");
        assertTrue(stated.out().contains("有效期至 2022-12-31（标题所载有效期 3 年）"), stated.out());

        Result typed = run("add", "--title", "濮阳市供水管理办法", "--number", "濮政〔2019〕22号",
                "--issuer", "濮阳市人民政府", "--type", "government-normative", "--effective", "2020-01-01",
                "--validity-end", "2023-06-30");
        assertEquals(0, typed.exitCode(), typed.err());
        assertFalse(typed.out().contains("有效期至"), typed.out());
        Result none = run("add", "--title", "濮阳市排水管理办法", "--number", "濮政〔2019〕23号",
                "--issuer", "濮阳市人民政府", "--type", "government-normative", "--effective", "2020-01-01",
                "--no-validity");
        assertEquals(0, none.exitCode(), none.err());
        assertFalse(none.out().contains("有效期至"), none.out());

        try (Workspace ws = Workspace.openEmbedded(new DataFolder(dataDir), CLOCK)) {
            java.util.Map<String, java.time.LocalDate> ends = new java.util.HashMap<>();
            ws.register().search(DocumentQuery.all()).forEach(d -> ends.put(d.title(), d.validUntil()));
            assertEquals(java.time.LocalDate.of(2022, 1, 19), ends.get("濮阳市停车管理暂行办法"));
            assertEquals(java.time.LocalDate.of(2022, 12, 31), ends.get("濮阳市扬尘治理办法（有效期3年）"));
            assertEquals(java.time.LocalDate.of(2023, 6, 30), ends.get("濮阳市供水管理办法"));
            assertTrue(ends.containsKey("濮阳市排水管理办法"));
            assertEquals(null, ends.get("濮阳市排水管理办法"));
        }

        Result both = run("add", "--title", "某办法", "--issuer", "濮阳市人民政府", "--type", "government-normative",
                "--validity-end", "2023-06-30", "--no-validity");
        assertEquals(1, both.exitCode());
        assertTrue(both.err().contains("--validity-end 与 --no-validity 不能同时使用"), both.err());
        assertFalse(run("list", "--format", "csv").out().contains("某办法"), "nothing added");
    }

    @Test
    void bad_input_gets_one_clear_sentence_and_exit_code_1() {
        run("add-issuer", "--name", "濮阳市人民政府", "--level", "city", "--kind", "government");
        Result badDate = run("add", "--title", "某办法", "--issuer", "濮阳市人民政府", "--type", "government-normative",
                "--published", "2019-02-30");
        assertEquals(1, badDate.exitCode());
        assertTrue(badDate.err().contains("公布日期: 不存在的日期：2019-02-30"), badDate.err());

        run("add", "--title", "某办法", "--issuer", "濮阳市人民政府", "--type", "government-normative");
        run("status", "1", "--to", "repealed", "--reason", "废止");
        Result refused = run("status", "1", "--to", "valid", "--reason", "恢复");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("文件当前为“已废止”，不能变更为“现行有效”"), refused.err());
        assertFalse(refused.err().contains("Exception"), "no stack trace for a user error");

        Result unknownStatus = run("list", "--status", "gone");
        assertEquals(2, unknownStatus.exitCode());
        assertTrue(unknownStatus.err().contains("not-yet-effective"), unknownStatus.err());
    }

    @Test
    void the_calendar_counts_working_days_over_the_2019_national_day() {
        Result result = run("calendar", "add-working-days", "2019-09-27", "5");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("2019-10-10", result.out().strip());
        Result holiday = run("calendar", "is-working-day", "2019年10月3日");
        assertEquals(3, holiday.exitCode());
        assertTrue(holiday.out().contains("法定节假日"), holiday.out());
        assertTrue(holiday.out().contains("国庆节"), holiday.out());
    }

    @Test
    void a_filing_is_received_registered_and_an_overdue_one_listed() {
        run("add-issuer", "--name", "清丰县人民政府", "--code", "清政", "--level", "county", "--kind", "government");
        Result received = run("filings", "receive", "--unit", "清丰县人民政府", "--received", "2020-02-21",
                "--title", "清丰县农村宅基地管理办法", "--number", "清政〔2020〕2号", "--type", "government-normative",
                "--published", "2020-02-10", "--material",
                "filing-report,official-text,drafting-explanation,legal-basis,legality-review-opinion");
        assertEquals(0, received.exitCode(), received.err());
        assertTrue(received.out().contains("已收文"), received.out());
        Result overdue = run("filings", "overdue");
        assertTrue(overdue.out().contains("清丰县农村宅基地管理办法"), "5 working days from 02-21 ended 02-28: " + overdue.out());
        Result registered = run("filings", "register", "1");
        assertEquals(0, registered.exitCode(), registered.err());
        assertTrue(registered.out().contains("规备字〔2020〕1号"), registered.out());
        assertFalse(run("filings", "overdue").out().contains("宅基地"));
    }
}
