package org.normdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.cli.CliRun.Result;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignTrigger;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.testing.MutableClock;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `normdesk tally` and `normdesk upward package` on a small register whose every figure is known: two counties' filings (one on time and
 * registered, one late and returned), one county document never filed, a cleanup finalized in the year, and one
 * own rule filed upward with one of its four bodies.
 */
class CliTallyTest {
    private static final LocalDate TODAY = LocalDate.of(2020, 3, 2);
    private static final List<MaterialInput> COMPLETE = MaterialKind.defaultRequired().stream()
            .map(MaterialInput::present).toList();

    @TempDir
    java.nio.file.Path dataDir;

    private long onTimeDoc;
    private long lateDoc;
    private long unfiledDoc;
    private long ownRule;
    private final List<Long> kept = new ArrayList<>();
    private long repealed;

    private Result run(String... args) {
        return CliRun.run(java.time.Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai")), dataDir, args);
    }

    @BeforeEach
    void register() {
        MutableClock clock = new MutableClock(LocalDate.of(2019, 1, 2));
        try (Workspace ws = Workspace.openEmbedded(DataFolder.resolve(dataDir), clock)) {
            Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            Issuer qingfeng = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY,
                    OrgKind.GOVERNMENT, null));
            Issuer nanle = ws.register().addIssuer(new Issuer(null, "南乐县人民政府", "南政", OrgLevel.COUNTY,
                    OrgKind.GOVERNMENT, null));
            ws.settings().save(new UnitSettings("濮阳市司法局", "濮", new RegistrationNumberTemplate(
                    RegistrationNumberTemplate.DEFAULT), MaterialKind.defaultRequired(), Set.of(city.id())));

            onTimeDoc = receive(ws, clock, qingfeng, "清丰县农村集体资产管理办法", "2019-03-01", LocalDate.of(2019, 3, 10), true);
            lateDoc = receive(ws, clock, nanle, "南乐县城市道路占用管理规定", "2019-04-01", LocalDate.of(2019, 6, 20), false);
            unfiledDoc = ws.register().add(new DocumentInput("清丰县集贸市场管理办法", "清政〔2019〕9号",
                    List.of(qingfeng.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-05-01", "2019-05-01",
                    null, null)).id();

            for (int i = 0; i < 3; i++) {
                long id = ws.register().add(new DocumentInput("濮阳市旧管理办法第" + (i + 1) + "号", "濮政〔2010〕" + (i + 1) + "号",
                        List.of(city.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2010-05-0" + (i + 1),
                        "2010-05-0" + (i + 1), null, LifecycleStatus.VALID)).id();
                (i < 2 ? kept : new ArrayList<Long>()).add(id);
                if (i == 2) {
                    repealed = id;
                }
            }
            clock.setDay(LocalDate.of(2019, 7, 1));
            Campaign campaign = ws.campaigns().create("2019年清理", null, CampaignTrigger.ROUTINE, null);
            List<Long> scope = new ArrayList<>(kept);
            scope.add(repealed);
            ws.campaigns().addToScope(campaign.id(), scope);
            ws.campaigns().decide(campaign.id(), kept, Disposition.CONTINUE, "仍然适用", null);
            ws.campaigns().decide(campaign.id(), List.of(repealed), Disposition.REPEAL, "上位法已废止", null);
            ws.campaigns().finalizeCampaign(campaign.id(), ws.campaigns().get(campaign.id()).version(), "市政府常务会议",
                    LocalDate.of(2019, 8, 23), null, Progress.NONE);

            clock.setDay(LocalDate.of(2019, 2, 1));
            ownRule = ws.register().add(new DocumentInput("濮阳市城市绿化管理办法", "濮阳市人民政府令第60号",
                    List.of(city.id()), DocumentType.GOVERNMENT_RULE, null, null, "2019-02-01", "2019-03-01", null,
                    null)).id();
            List<UpwardFiling> destinations = ws.upward().propose(ownRule);
            assertEquals(4, destinations.size());
            UpwardFiling province = destinations.stream().filter(f -> f.destination().equals("省人民政府"))
                    .findFirst().orElseThrow();
            clock.setDay(LocalDate.of(2019, 2, 20));
            ws.upward().markSent(province.id(), province.version(), "2019-02-20", FilingChannel.POST,
                    MaterialKind.defaultRequired());
        }
    }

    private static long receive(Workspace ws, MutableClock clock, Issuer filer, String title, String published,
                                LocalDate receivedOn, boolean register) {
        clock.setDay(receivedOn);
        FilingView filing = ws.filings().receive(new ReceiveRequest(null, new DocumentInput(title,
                filer.code() + "〔2019〕" + receivedOn.getDayOfYear() + "号", List.of(filer.id()),
                DocumentType.GOVERNMENT_NORMATIVE, null, null, published, published, null, null), filer.id(),
                receivedOn.toString(), FilingChannel.PAPER, COMPLETE, true));
        clock.setDay(receivedOn.plusDays(2));
        if (register) {
            ws.filings().register(filing.filing().id(), filing.filing().version(), true, true);
        } else {
            ws.filings().returnForCorrection(filing.filing().id(), filing.filing().version(), List.of("缺少起草说明"));
        }
        return filing.filing().documentId();
    }

    @Test
    void json_gives_every_figure_with_its_formula_and_the_documents_it_counts() throws Exception {
        Result r = run("tally", "--year", "2019", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(2019, json.get("year").asInt());
        assertTrue(json.get("unit").isNull());

        assertFigure(json, "RECEIVED", "2", List.of(onTimeDoc, lateDoc));
        assertFigure(json, "REGISTERED", "1", List.of(onTimeDoc));
        assertFigure(json, "RETURNED", "1", List.of(lateDoc));
        assertFigure(json, "LATE", "1", List.of(lateDoc));
        assertFigure(json, "ISSUED", "3", List.of(onTimeDoc, lateDoc, unfiledDoc));
        assertFigure(json, "FILED", "2", List.of(onTimeDoc, lateDoc));
        assertFigure(json, "FILED_ON_TIME", "1", List.of(onTimeDoc));
        assertFigure(json, "UNFILED", "1", List.of(unfiledDoc));
        assertFigure(json, "FIRST_TIME_COMPLETE", "2", List.of(onTimeDoc, lateDoc));
        JsonNode rate = figure(json, "FILING_RATE");
        assertEquals("66.67%", rate.get("value").asText());
        assertEquals("报备率 = 实际报备数 ÷ 应报备数 = 2 ÷ 3", rate.get("formula").asText());
        assertEquals("33.33%", figure(json, "ON_TIME_RATE").get("value").asText());

        assertFigure(json, "cleanup.CONTINUE", "2", kept);
        assertFigure(json, "cleanup.REPEAL", "1", List.of(repealed));
        assertEquals("合计 = 继续有效 + 修改 + 宣布失效 + 废止 + 已明令废止 = 2 + 0 + 0 + 1 + 0",
                figure(json, "cleanup.TOTAL").get("formula").asText());

        assertFigure(json, "upward.issued", "1", List.of(ownRule));
        assertFigure(json, "upward.filed", "0", List.of());
        assertFigure(json, "upward.notFiled", "1", List.of(ownRule));
        assertFigure(json, "upward.省人民政府.sent", "1", List.of(ownRule));
        assertFigure(json, "upward.省人民政府.onTime", "1", List.of(ownRule));
        assertFigure(json, "upward.国务院.notSent", "1", List.of(ownRule));
        assertEquals("0.00%", figure(json, "upward.filingRate").get("value").asText());
        assertEquals("100.00%", figure(json, "upward.省人民政府.filingRate").get("value").asText());
    }

    @Test
    void text_prints_each_figure_beside_its_formula_and_csv_one_row_per_figure() {
        Result text = run("tally", "--year", "2019");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().startsWith("2019 年度备案审查统计（全部报送单位）"), text.out());
        assertTrue(text.out().contains("  报备率\t66.67%\t报备率 = 实际报备数 ÷ 应报备数 = 2 ÷ 3"), text.out());
        assertTrue(text.out().contains("  漏报数\t1\t应报备文件中逾期未报送的"), text.out());
        assertTrue(text.out().contains("本级政府文件向上报备"), text.out());

        Result csv = run("tally", "--year", "2019", "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        List<String> rows = csv.out().lines().toList();
        assertEquals("year,part,key,label,value,formula,document_ids", rows.get(0));
        String issued = rows.stream().filter(l -> l.startsWith("2019,filings,ISSUED,")).findFirst().orElseThrow();
        assertTrue(issued.endsWith(",3,当年公布、应向本机关报备的文件," + onTimeDoc + " " + lateDoc + " " + unfiledDoc), issued);
    }

    @Test
    void one_unit_is_chosen_by_a_part_of_its_name_and_the_upward_part_is_left_out() throws Exception {
        Result r = run("tally", "--year", "2019", "--unit", "清丰", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("清丰县人民政府", json.get("unit").asText());
        assertFigure(json, "RECEIVED", "1", List.of(onTimeDoc));
        assertFigure(json, "ISSUED", "2", List.of(onTimeDoc, unfiledDoc));
        for (JsonNode f : json.get("figures")) {
            assertTrue(!f.get("key").asText().startsWith("upward."), "upward counts are the own government's");
        }
    }

    @Test
    void an_unknown_or_ambiguous_unit_and_a_bad_format_get_one_sentence_and_exit_code_1() {
        Result unknown = run("tally", "--year", "2019", "--unit", "范县");
        assertEquals(1, unknown.exitCode());
        assertEquals("找不到报送单位“范县”；请使用台账中的单位全称或编号", unknown.err().strip());
        Result ambiguous = run("tally", "--year", "2019", "--unit", "县人民政府");
        assertEquals(1, ambiguous.exitCode());
        assertTrue(ambiguous.err().contains("对应多个单位") && ambiguous.err().contains("南乐县人民政府"), ambiguous.err());
        Result format = run("tally", "--year", "2019", "--format", "xml");
        assertEquals(1, format.exitCode());
        assertEquals("不支持的格式“xml”：请使用 text、json 或 csv", format.err().strip());
    }

    @Test
    void an_upward_package_is_prepared_and_sent_from_the_command_line() throws Exception {
        java.nio.file.Path files = java.nio.file.Files.createDirectories(dataDir.resolve("incoming"));
        Result refused = run("upward", "send", String.valueOf(upwardId("国务院")), "--on", "2019-02-20");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().startsWith("尚缺必需的报备材料：备案报告、正式文本、起草说明、制定依据、合法性审核意见"),
                refused.err());
        for (String material : List.of("official-text", "drafting-explanation", "legal-basis", "legality-review-opinion")) {
            java.nio.file.Path file = java.nio.file.Files.writeString(files.resolve(material + ".txt"), material);
            Result attached = run("upward", "attach", String.valueOf(ownRule), "--material", material, file.toString());
            assertEquals(0, attached.exitCode(), attached.err());
        }
        Result wrongBody = run("upward", "package", String.valueOf(ownRule), "--to", "省司法厅", "--out",
                dataDir.resolve("out").toString());
        assertEquals(1, wrongBody.exitCode());
        assertTrue(wrongBody.err().contains("没有报送“省司法厅”的报备记录（现有：国务院、省人大常委会、省人民政府、市人大常委会）"),
                wrongBody.err());

        Result made = run("upward", "package", String.valueOf(ownRule), "--to", "国务院", "--out",
                dataDir.resolve("out").toString());
        assertEquals(0, made.exitCode(), made.err());
        assertTrue(made.out().contains("备案材料（报国务院）.zip"), made.out());
        assertTrue(made.out().contains("  [有] 备案报告（必需）"), made.out());
        assertTrue(made.out().contains("必需材料已齐全，可以标记为已报送。"), made.out());
        assertTrue(java.nio.file.Files.exists(dataDir.resolve("out").resolve(
                "濮阳市人民政府令第60号《濮阳市城市绿化管理办法》备案材料（报国务院）").resolve("1-备案报告.pdf")));

        long council = upwardId("国务院");
        Result sent = run("upward", "send", String.valueOf(council), "--on", "2019-02-25", "--how", "post");
        assertEquals(0, sent.exitCode(), sent.err());
        assertTrue(sent.out().contains("国务院") && sent.out().contains("已报送"), sent.out());
        Result receipt = run("upward", "receipt", String.valueOf(council), "--on", "2019-03-05", "--feedback", "已备案");
        assertEquals(0, receipt.exitCode(), receipt.err());
        assertTrue(receipt.out().contains("已回执"), receipt.out());
    }

    private long upwardId(String destination) {
        try (Workspace ws = Workspace.openEmbedded(DataFolder.resolve(dataDir), new MutableClock(TODAY))) {
            return ws.upward().forDocument(ownRule).stream().filter(f -> f.destination().equals(destination))
                    .findFirst().orElseThrow().id();
        }
    }

    private static JsonNode figure(JsonNode json, String key) {
        for (JsonNode f : json.get("figures")) {
            if (f.get("key").asText().equals(key)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + key + " in " + json);
    }

    private static void assertFigure(JsonNode json, String key, String value, List<Long> ids) {
        JsonNode f = figure(json, key);
        assertEquals(value, f.get("value").asText(), key);
        List<Long> listed = new ArrayList<>();
        f.get("documentIds").forEach(n -> listed.add(n.asLong()));
        assertEquals(ids.stream().sorted().collect(Collectors.toList()), listed.stream().sorted().toList(), key);
        assertTrue(!f.get("formula").asText().isBlank(), key + " has its formula");
    }
}
