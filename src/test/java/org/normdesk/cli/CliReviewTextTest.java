package org.normdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.cli.CliRun.Result;
import org.normdesk.service.review.text.TextFixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `normdesk hints text` and `normdesk hints show` (to sit under `review`) against a real data folder. */
class CliReviewTextTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private Result run(String lang, String... args) {
        return CliRun.run(CLOCK, null, null, CliRun.args(dataDir, lang, args));
    }

    @Test
    void a_documents_text_is_imported_and_its_hints_printed_with_article_phrase_rule_and_reason() throws Exception {
        assertEquals(0, run("zh", "add-issuer", "--name", "濮阳市人民政府", "--code", "濮政", "--level", "city",
                "--kind", "government").exitCode());
        assertEquals(0, run("zh", "add", "--title", "濮阳市城市道路挖掘管理办法", "--number", "濮政〔2020〕3号",
                "--issuer", "濮阳市人民政府", "--type", "government-normative", "--published", "2020-02-20",
                "--effective", "2020-03-20").exitCode());

        Result none = run("zh", "hints", "show", "1");
        assertEquals(0, none.exitCode(), none.err());
        assertTrue(none.out().contains("尚未导入正文"), none.out());

        Path docx = TextFixtures.docx(files.resolve("挖掘办法.docx"), Arrays.asList(TextFixtures.SAMPLE.split("\n")));
        Result imported = run("zh", "hints", "text", "1", "--file", docx.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("挖掘办法.docx") && imported.out().contains("6 条"), imported.out());

        Result hints = run("zh", "hints", "show", "1");
        assertEquals(0, hints.exitCode(), hints.err());
        assertTrue(hints.out().contains("3 条提示"), hints.out());
        assertTrue(hints.out().contains("第五条\t行政处罚\t“处5000元以上10000元以下罚款”\t设定行政处罚 [penalty.new-penalty]"),
                hints.out());
        assertTrue(hints.out().contains("行政处罚法第十六条"), "the reason is printed: " + hints.out());
        assertTrue(hints.out().contains("不是审查结论"), "the notice is printed");
        assertFalse(hints.out().contains("第六条"), "article 6 cites its basis");

        Result english = run("en", "hints", "hints", "1");
        assertTrue(english.out().contains("第五条\tPenalty\t\"处5000元以上10000元以下罚款\"\tAdministrative penalty"),
                english.out());
        assertTrue(english.out().contains("Administrative Penalty Law art. 16") && english.out().contains("not a clearance"),
                english.out());
    }

    @Test
    void a_file_is_checked_without_a_register_and_bad_files_and_packs_give_one_sentence() throws Exception {
        Path txt = Files.writeString(files.resolve("征求意见稿.txt"), TextFixtures.SAMPLE);
        Result checked = run("zh", "hints", "show", "--file", txt.toString());
        assertEquals(0, checked.exitCode(), checked.err());
        assertTrue(checked.out().contains("第四条\t收费\t“收取道路挖掘修复费”"), checked.out());

        Path corrupt = TextFixtures.corruptDocx(files.resolve("坏文件.docx"));
        Result refused = run("zh", "hints", "show", "--file", corrupt.toString());
        assertEquals(NormDeskCommand.USER_ERROR, refused.exitCode());
        assertTrue(refused.err().contains("坏文件.docx 已损坏"), refused.err());

        Path scan = TextFixtures.scannedPdf(files.resolve("扫描件.pdf"));
        Result scanned = run("zh", "hints", "show", "--file", scan.toString());
        assertEquals(0, scanned.exitCode(), scanned.err());
        assertTrue(scanned.out().contains("扫描件，没有文字层"), scanned.out());

        Path pack = Files.writeString(files.resolve("pack.json"), "{\n  \"id\": \"x\",\n  \"version\": 1,,\n}");
        Result badPack = run("zh", "hints", "show", "--file", txt.toString(), "--rules", pack.toString());
        assertEquals(NormDeskCommand.USER_ERROR, badPack.exitCode());
        assertTrue(badPack.err().contains("pack.json 第 3 行有错误"), badPack.err());

        assertEquals(2, run("zh", "hints", "show").exitCode(), "a document or a file is needed");
    }
}
