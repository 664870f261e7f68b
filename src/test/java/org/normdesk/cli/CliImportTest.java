package org.normdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.cli.CliRun.Result;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `normdesk import` on a real data folder with the committed messy ledgers. */
class CliImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-12-31T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Path LEDGERS = Path.of("src/test/resources/ledgers");

    @TempDir
    Path dataDir;

    private Result run(String... args) {
        return CliRun.run(CLOCK, dataDir.resolve("data"), args);
    }

    @Test
    void a_dry_run_prints_the_proposed_mapping_and_the_rows_then_the_import_uses_the_saved_mapping() throws Exception {
        Path mapping = dataDir.resolve("m.json");
        Path errors = dataDir.resolve("errors.xlsx");
        Result dry = run("import", LEDGERS.resolve("county-merged-title.xlsx").toString(), "--dry-run",
                "--save-mapping", mapping.toString(), "--errors", errors.toString());
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("文件名称 (TITLE) ← 文件名称"), dry.out());
        assertTrue(dry.out().contains("\"ISSUER\" : \"制定机关\""), dry.out());
        assertTrue(dry.out().contains("县区文件 第 77 行　不能导入　发布日期：不存在的日期：2020年13月5日"), dry.out());
        assertTrue(dry.out().contains("预检：将新增 69，将更新 0，重复 0，不能导入 2，跳过 4"), dry.out());
        assertTrue(dry.out().contains("已把 2 个不能导入的行写入"), dry.out());
        assertTrue(Files.exists(errors));
        assertTrue(Files.readString(mapping).contains("\"VALID_UNTIL\" : \"有效期至\""));

        Result imported = run("import", LEDGERS.resolve("county-merged-title.xlsx").toString(),
                "--mapping", mapping.toString(), "--rows", "0");
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(!imported.out().contains("列对应（按表头名称推荐"), "a given mapping is not proposed again");
        assertTrue(imported.out().contains("已导入：新增 69，更新 0，重复未导入 0，不能导入 2"), imported.out());
        Result again = run("import", LEDGERS.resolve("county-merged-title.xlsx").toString(), "--mapping", mapping.toString());
        assertTrue(again.out().contains("已导入：新增 0，更新 0，重复未导入 69"), again.out());
    }

    @Test
    void a_password_protected_workbook_is_one_sentence_and_exit_code_1() {
        Result locked = run("import", LEDGERS.resolve("password.xlsx").toString());
        assertEquals(1, locked.exitCode());
        assertTrue(locked.err().startsWith("password.xlsx 设有打开密码，无法读取。"), locked.err());
        Result truncated = run("import", LEDGERS.resolve("truncated.xlsx").toString(), "--dry-run");
        assertEquals(1, truncated.exitCode());
        assertTrue(truncated.err().startsWith("无法读取 truncated.xlsx：文件不完整或已损坏"), truncated.err());
    }
}
