package org.normdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.cli.CliRun.Result;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `normdesk users …`, `--user` and the audit export, against a real data folder as a script would use them. */
class CliAccountsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    /** Runs the command with these environment variables (the passwords) and nothing from the real environment. */
    private Result run(Map<String, String> env, String... args) {
        return CliRun.run(CLOCK, env::get, null, CliRun.args(dataDir, "zh", args));
    }

    private Result run(String... args) {
        return run(Map.of(), args);
    }

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void the_first_user_turns_sign_in_on_for_changes_but_not_for_reading() {
        assertEquals(0, run("add-issuer", "--name", "濮阳市人民政府", "--code", "濮政", "--level", "city",
                "--kind", "government").exitCode(), "a register without accounts needs no sign-in");

        Result notAdmin = run(env("NORMDESK_NEW_PASSWORD", "登记员的密码123"), "users", "add", "lisi", "--roles", "registrar");
        assertEquals(1, notAdmin.exitCode());
        assertTrue(notAdmin.err().contains("第一个用户必须是管理员"), notAdmin.err());

        Result admin = run(env("NORMDESK_NEW_PASSWORD", "管理员的密码2020"), "users", "add", "admin", "--name", "王管理",
                "--roles", "admin,registrar");
        assertEquals(0, admin.exitCode(), admin.err());
        assertTrue(admin.out().contains("已创建用户 admin（登记员、管理员）"), admin.out());
        assertTrue(admin.out().contains("--user admin"), admin.out());

        Result anonymous = run("add-issuer", "--name", "清丰县人民政府", "--code", "清政", "--level", "county", "--kind", "government");
        assertEquals(1, anonymous.exitCode());
        assertTrue(anonymous.err().contains("请先登录"), anonymous.err());
        assertTrue(run("issuers").out().contains("濮阳市人民政府"), "reading needs no sign-in");

        Result wrong = run(env("NORMDESK_PASSWORD", "猜的密码猜的密码"), "--user", "admin", "add-issuer", "--name", "清丰县人民政府",
                "--code", "清政", "--level", "county", "--kind", "government");
        assertEquals(1, wrong.exitCode());
        assertTrue(wrong.err().contains("用户名或密码不正确"), wrong.err());

        Result signedIn = run(env("NORMDESK_PASSWORD", "管理员的密码2020", "NORMDESK_NEW_PASSWORD", "审查员的密码123"),
                "--user", "admin", "users", "add", "zhao", "--name", "赵审查", "--roles", "reviewer");
        assertEquals(0, signedIn.exitCode(), signedIn.err());

        Result reviewerWrites = run(env("NORMDESK_PASSWORD", "审查员的密码123"), "--user", "zhao", "add-issuer",
                "--name", "清丰县人民政府", "--code", "清政", "--level", "county", "--kind", "government");
        assertEquals(1, reviewerWrites.exitCode());
        assertTrue(reviewerWrites.err().contains("需要“登记员”角色"), reviewerWrites.err());

        Result list = run(env("NORMDESK_PASSWORD", "管理员的密码2020"), "--user", "admin", "users", "list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("zhao\t赵审查\t审查员\t在用"), list.out());

        assertEquals(0, run(env("NORMDESK_PASSWORD", "管理员的密码2020"), "--user", "admin", "users", "lock", "zhao").exitCode());
        Result locked = run(env("NORMDESK_PASSWORD", "审查员的密码123"), "--user", "zhao", "users", "passwd", "zhao");
        assertEquals(1, locked.exitCode());
        assertTrue(locked.err().contains("已停用"), locked.err());
        assertEquals(0, run(env("NORMDESK_PASSWORD", "管理员的密码2020"), "--user", "admin", "users", "unlock", "zhao").exitCode());

        Result roles = run(env("NORMDESK_PASSWORD", "管理员的密码2020"), "--user", "admin", "users", "roles", "zhao",
                "--roles", "reviewer,head");
        assertEquals(0, roles.exitCode(), roles.err());
        assertTrue(roles.out().contains("审查员、负责人"), roles.out());

        Result passwd = run(env("NORMDESK_PASSWORD", "审查员的密码123", "NORMDESK_NEW_PASSWORD", "新的审查员密码123"),
                "--user", "zhao", "users", "passwd", "zhao");
        assertEquals(0, passwd.exitCode(), passwd.err());
        assertEquals(0, run(env("NORMDESK_PASSWORD", "新的审查员密码123"), "--user", "zhao", "audit", "verify").exitCode());
    }

    @Test
    void an_export_verifies_on_another_pc_and_an_edited_copy_is_caught_at_its_entry() throws Exception {
        run("add-issuer", "--name", "濮阳市人民政府", "--code", "濮政", "--level", "city", "--kind", "government");
        run("add", "--title", "濮阳市城市绿化管理办法", "--number", "濮政〔2019〕12号", "--issuer", "濮阳市人民政府",
                "--type", "government-normative", "--published", "2019-12-20");
        run("status", "1", "--to", "repealed", "--reason", "已被新办法取代");
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-export").resolve("审计日志.jsonl");

        Result exported = run("audit", "export", "--out", file.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(exported.out().contains("已导出 3 条审计记录"), exported.out());

        // "another PC": only the file, in a data folder of its own
        Path elsewhere = dataDir.resolveSibling(dataDir.getFileName() + "-other");
        Result intact = run(List.of("--data-dir", elsewhere.toString()), "audit", "verify", "--file", file.toString());
        assertEquals(0, intact.exitCode(), intact.err());
        assertTrue(intact.out().contains("导出文件完整：共 3 条"), intact.out());

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(4, lines.size(), "a header and three entries");
        Path edited = file.resolveSibling("改过的.jsonl");
        List<String> changed = new ArrayList<>(lines);
        changed.set(2, changed.get(2).replace("濮阳市城市绿化管理办法", "濮阳市城市绿化管理规定"));
        Files.write(edited, changed, StandardCharsets.UTF_8);
        Result broken = run("audit", "verify", "--file", edited.toString());
        assertEquals(AuditCommand.BROKEN, broken.exitCode());
        assertTrue(broken.out().contains("第 2 条起校验失败"), broken.out());

        Path cut = file.resolveSibling("少了一条.jsonl");
        Files.write(cut, lines.subList(0, 3), StandardCharsets.UTF_8);
        Result shortened = run("audit", "verify", "--file", cut.toString());
        assertEquals(AuditCommand.BROKEN, shortened.exitCode());
        assertTrue(shortened.out().contains("第 3 条起校验失败"), shortened.out());

        Files.writeString(cut, "这不是审计日志\n", StandardCharsets.UTF_8);
        Result garbage = run("audit", "verify", "--file", cut.toString());
        assertEquals(1, garbage.exitCode());
        assertTrue(garbage.err().contains("无法读取审计导出文件"), garbage.err());
    }

    private Result run(List<String> before, String... args) {
        List<String> all = new ArrayList<>(before);
        all.addAll(List.of("--lang", "zh"));
        all.addAll(List.of(args));
        return CliRun.run(CLOCK, name -> null, null, all);
    }
}
