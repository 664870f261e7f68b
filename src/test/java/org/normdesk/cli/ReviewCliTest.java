package org.normdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.cli.CliRun.Result;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `normdesk review …`: one filing from the queue to the closed correction, the way a script would do it. */
class ReviewCliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private Result run(String... args) {
        return CliRun.run(CLOCK, dataDir, args);
    }

    private Result ok(String... args) {
        Result r = run(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + ": " + r.err());
        return r;
    }

    @Test
    void a_filing_is_reviewed_its_opinion_approved_and_the_correction_closed_by_the_amending_decision() throws IOException {
        ok("add-issuer", "--name", "清丰县人民政府", "--code", "清政", "--level", "county", "--kind", "government");
        ok("filings", "receive", "--unit", "清丰县人民政府", "--received", "2020-02-21",
                "--title", "清丰县城区养犬管理办法", "--number", "清政〔2020〕2号", "--type", "government-normative",
                "--published", "2020-02-10", "--material",
                "filing-report,official-text,drafting-explanation,legal-basis,legality-review-opinion");
        ok("filings", "register", "1");

        Result queue = ok("review", "queue");
        // registered Mon 2 Mar 2020: 20 working days end on Mon 30 Mar
        assertTrue(queue.out().contains("#1\t清丰县城区养犬管理办法\t清政〔2020〕2号\t清丰县人民政府\t审查期限 2020-03-30（剩余 28 天，20 个工作日）\t未分办"),
                queue.out());

        Result early = run("review", "outcome", "1", "correction-required");
        assertEquals(1, early.exitCode());
        assertTrue(early.err().contains("尚未分办"), early.err());

        ok("review", "assign", "1");
        Result unchecked = run("review", "outcome", "1", "correction-required");
        assertEquals(1, unchecked.exitCode());
        assertTrue(unchecked.err().contains("还有 12 个审查要点未标记"), unchecked.err());

        ok("review", "check", "1", "all", "pass");
        Result problem = ok("review", "check", "1", "penalties", "problem", "--article", "第十二条",
                "--comment", "设定了五千元罚款，超出上位法规定的幅度");
        assertTrue(problem.out().contains("行政处罚\t存在问题\t第十二条\t设定了五千元罚款"), problem.out());

        Result decided = ok("review", "outcome", "1", "correction-required", "--feedback-due", "2020-04-01");
        assertTrue(decided.out().contains("待负责人审批"), decided.out());
        assertTrue(ok("review", "opinion", "1").out().contains("于2020年4月1日前将纠正情况书面反馈我局"));
        Path edited = dataDir.resolve("opinion.txt");
        Files.writeString(edited, "该文件存在以下问题：\n（一）关于行政处罚（第十二条）：罚款幅度超出上位法。\n请于2020年4月1日前自行纠正并反馈。\n");
        ok("review", "opinion", "1", "--text", edited.toString());

        Result approved = ok("review", "approve", "1");
        assertTrue(approved.out().contains("审查办结") || approved.out().contains("已审批"), approved.out());
        assertTrue(approved.out().contains("纠错 #1"), approved.out());
        Result written = ok("review", "opinion", "1", "--out", dataDir.resolve("out").toString());
        assertTrue(written.out().contains(".docx") && written.out().contains(".pdf"), written.out());
        assertFalse(ok("review", "queue").out().contains("养犬"), "concluded reviews leave the queue");

        assertTrue(ok("review", "correction", "list").out().contains("反馈期限 2020-04-01"));
        ok("review", "correction", "feedback", "1", "--on", "2020-03-02", "--text", "已修改第十二条");
        ok("add", "--title", "清丰县人民政府关于修改《清丰县城区养犬管理办法》的决定", "--number", "清政〔2020〕9号",
                "--issuer", "清丰县人民政府", "--type", "government-normative", "--published", "2020-03-01");
        ok("review", "correction", "link", "1", "amends", "2");
        Result closed = ok("review", "correction", "close", "1", "self-amended");
        assertTrue(closed.out().contains("已办结") && closed.out().contains("自行修改"), closed.out());
        assertEquals("", ok("review", "correction", "list").out().strip());
        assertTrue(ok("list", "--status", "amended").out().contains("清丰县城区养犬管理办法"),
                "the original is 已修改 in the register");
    }
}
