package org.normdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The `normdesk` command line against a real data folder, the way a script would use it. */
class CliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private record Result(int exitCode, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", "zh"));
        all.addAll(List.of(args));
        NormDeskCommand root = new NormDeskCommand((dir, lang) -> {
            throw new AssertionError("the GUI must not start from a subcommand");
        }, CLOCK);
        int code = NormDeskCommand.run(root, new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
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

        Result info = run("db-info");
        assertTrue(info.out().contains("H2"), info.out());
        assertTrue(info.out().contains("文件数：1"), info.out());
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
}
