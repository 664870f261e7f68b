package org.normdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.cli.CliRun.Result;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `normdesk encrypt`, then every command of the encrypted register with its password from the environment or stdin. */
class CliEncryptTest {
    private static final String TITLE = "濮阳市城市绿化保密管理办法";

    @TempDir
    Path tempDir;

    private Result run(Path dataDir, Map<String, String> env, String stdin, String... args) {
        return CliRun.run(Clock.systemUTC(), env::get, stdin, CliRun.args(dataDir, "zh", args));
    }

    @Test
    void an_encrypted_register_needs_its_password_for_every_command_and_for_restoring_its_backup() {
        Path data = tempDir.resolve("office");
        assertEquals(0, run(data, Map.of(), "", "add-issuer", "--name", "濮阳市人民政府", "--code", "濮政",
                "--level", "city", "--kind", "government").exitCode());
        assertEquals(0, run(data, Map.of(), "", "add", "--title", TITLE, "--number", "濮政〔2019〕12号", "--issuer",
                "濮阳市人民政府", "--type", "government-normative", "--published", "2019-12-20").exitCode());

        Result tooShort = run(data, Map.of("NORMDESK_NEW_PASSWORD", "short"), "", "encrypt");
        assertEquals(1, tooShort.exitCode());
        assertTrue(tooShort.err().contains("至少需要 8 个字符"), tooShort.err());
        assertFalse(Files.exists(data.resolve("normdesk.key")));

        Result encrypted = run(data, Map.of("NORMDESK_NEW_PASSWORD", "备案审查2026"), "", "encrypt");
        assertEquals(0, encrypted.exitCode(), encrypted.err());
        assertTrue(encrypted.out().contains("已加密"), encrypted.out());
        assertTrue(encrypted.err().contains("100%"), "progress is shown: " + encrypted.err());

        Result again = run(data, Map.of("NORMDESK_NEW_PASSWORD", "备案审查2026"), "", "encrypt");
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("已经加密"), again.err());

        Result noPassword = run(data, Map.of(), "", "list");
        assertEquals(1, noPassword.exitCode());
        assertTrue(noPassword.err().contains("NORMDESK_DB_PASSWORD"), noPassword.err());
        Result wrong = run(data, Map.of("NORMDESK_DB_PASSWORD", "备案审查2025"), "", "list");
        assertEquals(1, wrong.exitCode());
        assertEquals("加密台账的密码不正确，请重新输入", wrong.err().strip());
        Result right = run(data, Map.of("NORMDESK_DB_PASSWORD", "备案审查2026"), "", "list");
        assertEquals(0, right.exitCode(), right.err());
        assertTrue(right.out().contains(TITLE), right.out());
        Result fromStdin = run(data, Map.of(), "备案审查2026\n", "--db-password-stdin", "search", "绿化");
        assertEquals(0, fromStdin.exitCode(), fromStdin.err());
        assertTrue(fromStdin.out().contains(TITLE), fromStdin.out());

        Path zip = tempDir.resolve("备份.zip");
        assertEquals(0, run(data, Map.of("NORMDESK_DB_PASSWORD", "备案审查2026"), "", "backup", "--out",
                zip.toString()).exitCode());
        Path home = tempDir.resolve("home");
        Result refused = run(home, Map.of(), "wrong password\n", "--db-password-stdin", "restore", zip.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("密码不正确"), refused.err());
        assertFalse(Files.exists(home.resolve("normdesk.mv.db")));
        Result restored = run(home, Map.of(), "备案审查2026\n", "--db-password-stdin", "restore", zip.toString());
        assertEquals(0, restored.exitCode(), restored.err());
        Result list = run(home, Map.of("NORMDESK_DB_PASSWORD", "备案审查2026"), "", "list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains(TITLE));
    }
}
