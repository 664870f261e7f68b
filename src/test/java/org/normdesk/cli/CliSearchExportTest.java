package org.normdesk.cli;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.cli.CliRun.Result;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `normdesk search`, `views` and `export` on a real data folder. */
class CliSearchExportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private Result run(String... args) {
        return CliRun.run(CLOCK, dataDir, args);
    }

    @Test
    void documents_are_searched_saved_as_a_view_and_exported() throws Exception {
        run("add-issuer", "--name", "濮阳市人民政府", "--code", "濮政", "--level", "city", "--kind", "government");
        run("add", "--title", "濮阳市城市绿化管理办法", "--number", "濮政〔2019〕12号", "--issuer", "濮阳市人民政府",
                "--type", "government-normative", "--published", "2019-12-20", "--effective", "2020-01-20");
        run("add", "--title", "濮阳市燃气管理办法", "--number", "濮政〔2018〕4号", "--issuer", "濮阳市人民政府",
                "--type", "government-normative", "--published", "2018-07-22", "--effective", "2018-08-01");
        run("status", "2", "--to", "repealed", "--reason", "废止", "--on", "2019-06-01");

        Result found = run("search", "濮政(2019)12号");
        assertEquals(0, found.exitCode(), found.err());
        assertTrue(found.out().contains("濮阳市城市绿化管理办法"), found.out());
        assertTrue(found.out().contains("共 1 件"), found.out());
        Result words = run("search", "管理办法", "--status", "repealed", "--facets");
        assertTrue(words.out().contains("濮阳市燃气管理办法") && !words.out().contains("绿化"), words.out());
        assertTrue(words.out().contains("已废止 1"), words.out());
        assertEquals(0, run("search", "\"(濮政", "*").exitCode());
        assertTrue(Files.isDirectory(dataDir.resolve("index")), "the index lives in the data folder");

        Result saved = run("views", "save", "2019年废止", "--status", "repealed", "--status-changed-in", "2019");
        assertEquals(0, saved.exitCode(), saved.err());
        assertTrue(saved.out().contains("当前 1 件"), saved.out());
        assertTrue(run("views", "list").out().contains("2019年废止\t1"));

        Path xlsx = dataDir.resolve("exports/repealed.xlsx");
        Result exported = run("export", "--view", "2019年废止", "--format", "xlsx", "--out", xlsx.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("濮阳市燃气管理办法", book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue());
        }
        Path csv = dataDir.resolve("all.csv");
        assertEquals(0, run("export", "--status", "valid,repealed", "--format", "csv", "--out", csv.toString()).exitCode());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("\uFEFF序号,文号,标题"), lines.get(0));

        Result noFilter = run("export", "--format", "csv", "--out", csv.toString());
        assertEquals(1, noFilter.exitCode());
        assertTrue(noFilter.err().contains("--view"), noFilter.err());
        Result badFormat = run("export", "--view", "2019年废止", "--format", "pdf", "--out", csv.toString());
        assertEquals(1, badFormat.exitCode());
        assertTrue(badFormat.err().contains("不支持的导出格式"), badFormat.err());
        assertTrue(run("views", "delete", "2019年废止").out().contains("已删除"));
    }
}
