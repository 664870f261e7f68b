package org.normdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.cli.CliRun.Result;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `normdesk encrypt --change-password`, both passwords from standard input or the environment, as a script would. */
class CliChangePasswordTest {
    private static final String TITLE = "濮阳市城市绿化管理办法";

    @TempDir
    Path tempDir;

    private Result run(Path dataDir, Map<String, String> env, String stdin, String... args) {
        return CliRun.run(Clock.systemUTC(), env::get, stdin, CliRun.args(dataDir, "zh", args));
    }

    @Test
    void the_password_is_changed_from_a_script_and_only_the_new_one_opens_the_register() throws Exception {
        Path data = tempDir.resolve("office");
        assertEquals(0, run(data, Map.of(), "", "add-issuer", "--name", "濮阳市人民政府", "--code", "濮政",
                "--level", "city", "--kind", "government").exitCode());
        assertEquals(0, run(data, Map.of(), "", "add", "--title", TITLE, "--number", "濮政〔2019〕12号", "--issuer",
                "濮阳市人民政府", "--type", "government-normative", "--published", "2019-12-20").exitCode());

        Result plain = run(data, Map.of(), "旧密码备案2026\n新密码审查2027\n", "--db-password-stdin", "encrypt",
                "--change-password");
        assertEquals(1, plain.exitCode());
        assertTrue(plain.err().contains("没有加密"), plain.err());

        assertEquals(0, run(data, Map.of("NORMDESK_NEW_PASSWORD", "旧密码备案2026"), "", "encrypt").exitCode());
        String keyBefore = Files.readString(data.resolve("normdesk.key"));

        Result wrongOld = run(data, Map.of(), "旧密码备案2025\n新密码审查2027\n", "--db-password-stdin", "encrypt",
                "--change-password");
        assertEquals(1, wrongOld.exitCode());
        assertEquals("加密台账的密码不正确，请重新输入", wrongOld.err().strip());
        Result noNew = run(data, Map.of(), "旧密码备案2026\n", "--db-password-stdin", "encrypt", "--change-password");
        assertEquals(1, noNew.exitCode());
        assertTrue(noNew.err().contains("第二行没有新密码"), noNew.err());
        Result tooShort = run(data, Map.of(), "旧密码备案2026\nshort\n", "--db-password-stdin", "encrypt",
                "--change-password");
        assertEquals(1, tooShort.exitCode());
        assertTrue(tooShort.err().contains("至少需要 8 个字符"), tooShort.err());
        assertEquals(keyBefore, Files.readString(data.resolve("normdesk.key")), "refusals leave the key file alone");

        Result changed = run(data, Map.of(), "旧密码备案2026\n新密码审查2027\n", "--db-password-stdin", "encrypt",
                "--change-password");
        assertEquals(0, changed.exitCode(), changed.err());
        assertTrue(changed.out().contains("加密密码已修改"), changed.out());
        assertTrue(changed.err().contains("100%"), "progress is shown: " + changed.err());

        Result old = run(data, Map.of("NORMDESK_DB_PASSWORD", "旧密码备案2026"), "", "list");
        assertEquals(1, old.exitCode());
        assertEquals("加密台账的密码不正确，请重新输入", old.err().strip());
        Result fresh = run(data, Map.of("NORMDESK_DB_PASSWORD", "新密码审查2027"), "", "list");
        assertEquals(0, fresh.exitCode(), fresh.err());
        assertTrue(fresh.out().contains(TITLE), fresh.out());

        // and again from the environment, back to a third password
        Result viaEnv = run(data, Map.of("NORMDESK_DB_PASSWORD", "新密码审查2027",
                "NORMDESK_NEW_PASSWORD", "第三个密码2028"), "", "encrypt", "--change-password");
        assertEquals(0, viaEnv.exitCode(), viaEnv.err());
        Result audit = run(data, Map.of("NORMDESK_DB_PASSWORD", "第三个密码2028"), "", "audit", "verify");
        assertEquals(0, audit.exitCode(), audit.err() + audit.out());
    }
}
