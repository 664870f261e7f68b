package org.normdesk.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignTrigger;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.service.stats.Tally;
import org.normdesk.service.stats.TallyItem;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.MutableClock;
import org.normdesk.testing.TestDatabases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seed city's published 2019 figures (../shared/acceptance/seed-city-2019.json), reproduced from a fixture
 * register built through the services the way the bureau would have entered it.
 *
 * <p>The report gives totals only; titles and numbers here are ours. Where it is silent — what happened to the
 * 38 filings that were not registered — this fixture assumes: 26 were returned for correction (退回补正) and
 * not re-filed by the end of 2019, and 12 arrived in December and were still in the formal check on 31 December.
 * The 604 cleaned documents are the city government's own (市政府 and 市政府办公室), published 2000–2018.
 * Upward, the 3 rules go to the four bodies the seed names and the 17 normative documents to the two the default
 * routing gives them (省人民政府, 市人大常委会), each sent 20 days after publication.
 */
class SeedCity2019AcceptanceTest {
    private static final List<String> COUNTIES = List.of("濮阳县", "清丰县", "南乐县", "范县", "台前县");
    private static final List<String> DISTRICTS = List.of("华龙区", "濮阳经济技术开发区", "濮阳工业园区", "濮阳市城乡一体化示范区");
    private static final List<String> DEPARTMENTS = List.of("濮阳市市场监督管理局", "濮阳市住房和城乡建设局",
            "濮阳市生态环境局", "濮阳市教育局", "濮阳市财政局", "濮阳市交通运输局", "濮阳市卫生健康委员会", "濮阳市民政局");
    private static final List<MaterialInput> COMPLETE = MaterialKind.defaultRequired().stream()
            .map(MaterialInput::present).toList();

    @TempDir
    Path tempDir;

    private static JsonNode seed() throws IOException {
        try (InputStream in = SeedCity2019AcceptanceTest.class.getResourceAsStream("/acceptance/seed-city-2019.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void the_copy_in_the_repository_matches_the_shared_acceptance_file_when_it_is_beside_us() throws IOException {
        Path shared = Path.of("..", "shared", "acceptance", "seed-city-2019.json");
        if (Files.exists(shared)) {
            try (InputStream in = SeedCity2019AcceptanceTest.class.getResourceAsStream("/acceptance/seed-city-2019.json")) {
                assertArrayEquals(Files.readAllBytes(shared), in.readAllBytes());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_2019_tally_and_cleanup_catalogues_reproduce_the_published_figures(DatabaseKind kind) throws IOException {
        JsonNode seed = seed();
        int received = seed.at("/filings_received_for_review/received").asInt();
        int registered = seed.at("/filings_received_for_review/registered_准予备案").asInt();
        JsonNode cleanup = seed.at("/cleanup_campaign");
        Map<Disposition, Integer> published = new EnumMap<>(Map.of(
                Disposition.CONTINUE, cleanup.get("continue_in_force_继续有效").asInt(),
                Disposition.AMEND, cleanup.get("amend_修改").asInt(),
                Disposition.EXPIRE, cleanup.get("expired_失效").asInt(),
                Disposition.REPEAL, cleanup.get("repeal_废止").asInt()));
        assertEquals(cleanup.get("total").asInt(), published.values().stream().mapToInt(Integer::intValue).sum());

        MutableClock clock = new MutableClock(LocalDate.of(2019, 1, 2));
        try (Workspace ws = Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("attachments"), clock,
                () -> "fixture")) {
            Issuer cityGovernment = issuer(ws, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT);
            Issuer cityOffice = issuer(ws, "濮阳市人民政府办公室", "濮政办", OrgLevel.CITY, OrgKind.GENERAL_OFFICE);
            List<Issuer> filers = new ArrayList<>();
            COUNTIES.forEach(name -> filers.add(issuer(ws, name + "人民政府", null, OrgLevel.COUNTY, OrgKind.GOVERNMENT)));
            DISTRICTS.forEach(name -> filers.add(issuer(ws, name.endsWith("区") && !name.equals("华龙区")
                    ? name + "管理委员会" : name + "人民政府", null, OrgLevel.COUNTY,
                    name.equals("华龙区") ? OrgKind.GOVERNMENT : OrgKind.DISPATCHED_AGENCY)));
            DEPARTMENTS.forEach(name -> filers.add(issuer(ws, name, null, OrgLevel.CITY, OrgKind.DEPARTMENT)));
            ws.settings().save(new UnitSettings("濮阳市司法局", "濮", new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT),
                    MaterialKind.defaultRequired(), Set.of(cityGovernment.id(), cityOffice.id())));

            // the cleanup: 604 of the city government's own documents, decided and approved on 2019-08-23
            List<Long> cleaned = new ArrayList<>();
            for (int i = 0; i < cleanup.get("total").asInt(); i++) {
                Issuer issuer = i % 3 == 0 ? cityOffice : cityGovernment;
                int year = 2000 + i % 19;
                LocalDate publishedOn = LocalDate.of(year, 1 + i % 12, 1 + i % 28);
                cleaned.add(ws.register().add(new DocumentInput("濮阳市规范性文件清理样本第" + (i + 1) + "号",
                        issuer.code() + "〔" + year + "〕" + (100 + i) + "号", List.of(issuer.id()),
                        DocumentType.GOVERNMENT_NORMATIVE, null, null, publishedOn.toString(), publishedOn.toString(),
                        null, LifecycleStatus.VALID)).id());
            }
            clock.setDay(LocalDate.of(2019, 3, 1));
            Campaign campaign = ws.campaigns().create("2019年市政府规范性文件清理", "国办发〔2018〕37号",
                    CampaignTrigger.ROUTINE, LocalDate.of(2019, 8, 31));
            ws.campaigns().addToScope(campaign.id(), cleaned);
            int next = 0;
            for (Disposition d : List.of(Disposition.CONTINUE, Disposition.AMEND, Disposition.EXPIRE, Disposition.REPEAL)) {
                List<Long> slice = cleaned.subList(next, next + published.get(d));
                ws.campaigns().decide(campaign.id(), slice, d, "清理意见：" + d.name(), null);
                next += slice.size();
            }
            clock.setDay(LocalDate.of(2019, 8, 26));
            ws.campaigns().finalizeCampaign(campaign.id(), campaign.version(), cleanup.get("approved_by").asText(),
                    LocalDate.parse(cleanup.get("approved_on").asText()), "濮政〔2019〕30号", Progress.NONE);

            // 62 filings from counties, districts and departments: 24 registered, 26 returned, 12 still in check
            for (int i = 0; i < received; i++) {
                Issuer filer = filers.get(i % filers.size());
                LocalDate receivedOn = i < 50 ? LocalDate.of(2019, 1 + i / 5, 10 + i % 5) : LocalDate.of(2019, 12, 2 + (i - 50));
                LocalDate publishedOn = receivedOn.minusDays(12);
                clock.setDay(receivedOn);
                FilingView filing = ws.filings().receive(new ReceiveRequest(null, new DocumentInput(
                        filer.name() + "关于规范第" + (i + 1) + "项行政管理事项的通知", "报〔2019〕" + (i + 1) + "号",
                        List.of(filer.id()), DocumentType.DEPARTMENT_NORMATIVE, null, null, publishedOn.toString(),
                        publishedOn.toString(), null, null), filer.id(), receivedOn.toString(), FilingChannel.PAPER,
                        COMPLETE, true));
                clock.setDay(receivedOn.plusDays(2));
                if (i < registered) {
                    ws.filings().register(filing.filing().id(), filing.filing().version(), true, true);
                } else if (i < 50) {
                    ws.filings().returnForCorrection(filing.filing().id(), filing.filing().version(), List.of("缺少起草说明"));
                }
            }

            // upward: the city government's own 3 rules and 17 normative documents, each sent within 30 days
            JsonNode upward = seed.at("/issued_and_filed_upward");
            List<Long> own = new ArrayList<>();
            int rules = upward.get("government_rules").asInt();
            int normative = upward.get("normative_documents").asInt();
            for (int i = 0; i < rules + normative; i++) {
                boolean rule = i < rules;
                LocalDate publishedOn = LocalDate.of(2019, 2 + i / 2, 5 + i % 2 * 10);
                clock.setDay(publishedOn);
                own.add(ws.register().add(new DocumentInput(rule ? "濮阳市第" + (i + 1) + "项管理办法（规章）"
                        : "濮阳市人民政府关于第" + (i + 1) + "项工作的意见", rule ? "濮阳市人民政府令第" + (60 + i) + "号"
                        : "濮政〔2019〕" + (i + 1) + "号", List.of(cityGovernment.id()),
                        rule ? DocumentType.GOVERNMENT_RULE : DocumentType.GOVERNMENT_NORMATIVE, null, null,
                        publishedOn.toString(), publishedOn.toString(), null, null)).id());
                for (var destination : ws.upward().propose(own.get(i))) {
                    clock.setDay(publishedOn.plusDays(20));
                    ws.upward().markSent(destination.id(), destination.version(), publishedOn.plusDays(20).toString(),
                            FilingChannel.POST, MaterialKind.defaultRequired());
                }
            }

            clock.setDay(LocalDate.of(2020, 1, 15));
            var upwardTally = ws.upward().tally(seed.get("year").asInt());
            assertEquals(rules + normative, upwardTally.issued().size());
            assertEquals(rules + normative, upwardTally.filed().size());
            assertEquals(upward.get("all_filed_on_time").asBoolean() ? rules + normative : -1, upwardTally.onTime().size());
            assertEquals(rules, upwardTally.destinations().get("国务院").sent().size());
            assertEquals(rules, upwardTally.destinations().get("省人大常委会").sent().size());
            assertEquals(rules + normative, upwardTally.destinations().get("省人民政府").onTime().size());
            assertEquals(rules + normative, upwardTally.destinations().get("市人大常委会").onTime().size());

            Tally tally = ws.tally().tally(seed.get("year").asInt(), null);
            assertEquals(received, tally.count(TallyItem.RECEIVED));
            assertEquals(registered, tally.count(TallyItem.REGISTERED));
            assertEquals(26, tally.count(TallyItem.RETURNED), "fixture assumption, not a published figure");
            assertEquals(cleanup.get("total").asInt(), tally.cleanupTotal());
            for (Disposition d : published.keySet()) {
                assertEquals(published.get(d), tally.cleanup().get(d).size(), d.name());
                assertEquals(published.get(d), ws.campaigns().catalogue(campaign.id(), d).size(), d.name() + " catalogue");
            }
            // drill-down: the registered figure lists exactly the documents of the registered filings
            NormativeDocument firstRegistered = ws.register().get(tally.counts().get(TallyItem.REGISTERED).documentIds().get(0));
            assertEquals(filers.get(0).name(), firstRegistered.leadIssuer().name());
            // the register after finalizing: expired and repealed documents changed, the others still in force
            assertEquals(published.get(Disposition.EXPIRE),
                    ws.register().countByStatus().getOrDefault(LifecycleStatus.EXPIRED, 0));
            assertEquals(published.get(Disposition.REPEAL),
                    ws.register().countByStatus().getOrDefault(LifecycleStatus.REPEALED, 0));
        }
    }

    private static Issuer issuer(Workspace ws, String name, String code, OrgLevel level, OrgKind kind) {
        return ws.register().addIssuer(new Issuer(null, name, code, level, kind, null));
    }
}
