package org.normdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.cli.CliRun.Result;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.settings.UnitSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `normdesk package export|import` between two real data folders. */
class CliPackageTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    private Result run(Path data, String... args) {
        return CliRun.run(CLOCK, data, args);
    }

    private static Issuer seed(Path data, String unit) {
        try (Workspace ws = Workspace.openEmbedded(new DataFolder(data), CLOCK)) {
            ws.settings().save(new UnitSettings(unit, "清", new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT),
                    MaterialKind.defaultRequired(), Set.of()));
            Issuer government = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
            ws.register().addIssuer(new Issuer(null, "清丰县司法局", "清司", OrgLevel.COUNTY, OrgKind.DEPARTMENT, government.id()));
            return government;
        }
    }

    private static void retitle(Path data, String title) {
        try (Workspace ws = Workspace.openEmbedded(new DataFolder(data), CLOCK)) {
            long id = ws.register().search(org.normdesk.domain.document.DocumentQuery.all().page(0, 10)).get(0).id();
            NormativeDocument d = ws.register().get(id);
            ws.register().update(id, d.version(), new DocumentInput(title, d.docNumber().raw(),
                    List.of(d.leadIssuer().id()), d.type(), null, null, d.publishedDate().toString(),
                    d.effectiveDate().toString(), null, null));
        }
    }

    @Test
    void a_dry_run_prints_the_report_then_conflicts_need_a_choice_on_the_command_line() throws Exception {
        Path county = tempDir.resolve("county");
        Path city = tempDir.resolve("city");
        Issuer government = seed(county, "清丰县司法局");
        try (Workspace ws = Workspace.openEmbedded(new DataFolder(county), CLOCK)) {
            ws.register().add(new DocumentInput("清丰县城市绿化管理办法", "清政〔2019〕5号", List.of(government.id()),
                    DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-06-01", "2019-06-01", null, null));
        }
        seed(city, "濮阳市司法局");
        Path first = tempDir.resolve("清丰-2020.ndpkg");
        Result exported = run(county, "package", "export", "--to-unit", "濮阳市司法局", "--all", "--out", first.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(exported.out().contains("文件 1 件"), exported.out());
        assertTrue(Files.exists(first));

        Result dry = run(city, "package", "import", first.toString(), "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("[新增] #1 清丰县城市绿化管理办法 清政〔2019〕5号"), dry.out());
        assertTrue(dry.out().contains("核对结果：新增 1，对方已修改 0，未变 0，冲突 0"), dry.out());
        assertFalse(dry.out().contains("已导入"), "a dry run applies nothing");
        Result applied = run(city, "package", "import", first.toString());
        assertTrue(applied.out().contains("已导入：新增 1，采用对方修改 0"), applied.out());

        retitle(county, "清丰县城市绿化条例实施办法");
        retitle(city, "清丰县城市园林绿化管理办法");
        Path second = tempDir.resolve("second.ndpkg");
        assertEquals(0, run(county, "package", "export", "--to-unit", "濮阳市司法局", "--since-last", "--out",
                second.toString()).exitCode());
        Result conflict = run(city, "package", "import", second.toString());
        assertEquals(1, conflict.exitCode());
        assertTrue(conflict.out().contains("[冲突（双方都已修改）] #1"), conflict.out());
        assertTrue(conflict.out().contains("标题：本方「清丰县城市园林绿化管理办法」 ↔ 对方「清丰县城市绿化条例实施办法」"), conflict.out());
        // the refusal stands on a line of its own after the progress lines of the dry run and the apply
        assertTrue(lastLine(conflict.err()).startsWith("请先为每个冲突选择保留本方（mine）或采用对方（theirs）：1"), conflict.err());
        Result bad = run(city, "package", "import", second.toString(), "--resolve", "1=maybe");
        assertEquals(1, bad.exitCode());
        assertTrue(lastLine(bad.err()).startsWith("请写成 --resolve 编号=mine 或 编号=theirs，而不是 1=maybe"), bad.err());
        Result resolved = run(city, "package", "import", second.toString(), "--resolve", "1=theirs");
        assertEquals(0, resolved.exitCode(), resolved.err());
        assertTrue(resolved.out().contains("已导入：新增 0，采用对方修改 1，保留本方 0"), resolved.out());
        Result again = run(city, "package", "import", second.toString());
        assertTrue(again.out().contains("该交换包此前已导入"), again.out());
        assertTrue(again.out().contains("已导入：新增 0，采用对方修改 0，保留本方 0，未变 1"), again.out());
    }

    /** The last line a command wrote to a stream (progress lines before it redraw themselves with a carriage return). */
    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }
}
