package org.normdesk.service.admin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.domain.common.RelativePeriod;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.search.SavedView;
import org.normdesk.service.search.SavedViewService;
import org.normdesk.service.search.ViewFilter;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.store.RegisterCopier;
import org.normdesk.store.StoreException;
import org.normdesk.store.jooq.DefaultSchema;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** From a real H2 file to a real PostgreSQL database. */
class MoveUpServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-10-14T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    @BeforeEach
    void needsPostgres() {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), "moving up needs PostgreSQL (NORMDESK_PG_URL)");
    }

    @Test
    void every_table_of_the_schema_is_in_the_copy_list() {
        Set<String> schema = new TreeSet<>();
        DefaultSchema.DEFAULT_SCHEMA.getTables().forEach(t -> schema.add(t.getName()));
        Set<String> copied = new TreeSet<>();
        RegisterCopier.TABLES_IN_COPY_ORDER.forEach(t -> copied.add(t.getName()));
        assertEquals(schema, copied);
    }

    @Test
    void an_embedded_register_moves_up_whole_and_keeps_working_on_the_server() throws Exception {
        DataFolder pc = new DataFolder(tempDir.resolve("pc"));
        long repealedId;
        try (Workspace ws = Workspace.openEmbedded(pc, CLOCK)) {
            Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            Issuer county = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, city.id()));
            ws.settings().save(new UnitSettings("濮阳市司法局", "濮", new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT),
                    MaterialKind.defaultRequired(), Set.of(city.id())));
            NormativeDocument old = ws.register().add(new DocumentInput("旧办法", "濮政〔2015〕1号", List.of(city.id()),
                    DocumentType.GOVERNMENT_NORMATIVE, null, null, "2015-01-05", "2015-02-01", null, null));
            ws.register().changeStatus(old.id(), old.version(), LifecycleStatus.REPEALED, LocalDate.of(2019, 8, 23), "清理废止", null);
            repealedId = old.id();
            Path report = Files.writeString(tempDir.resolve("备案报告.pdf"), "报告扫描件");
            List<MaterialInput> materials = new ArrayList<>(MaterialKind.defaultRequired().stream().map(MaterialInput::present).toList());
            materials.set(0, new MaterialInput(MaterialKind.FILING_REPORT, true, report));
            FilingView filing = ws.filings().receive(new ReceiveRequest(null, new DocumentInput("清丰县某办法", "清政〔2019〕5号",
                    List.of(county.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-09-20", null, null, null),
                    county.id(), "2019-10-08", FilingChannel.PAPER, materials, false));
            ws.filings().register(filing.filing().id(), filing.filing().version(), true, true);
            ws.calendar().putLocalDay(LocalDate.of(2019, 7, 1), false, "地方防汛放假");
        }

        DatabaseConfig server = TestDatabases.fresh(DatabaseKind.POSTGRESQL, tempDir);
        Path shared = tempDir.resolve("shared-attachments");
        MoveUpService.Report report = MoveUpService.moveUp(pc, server.jdbcUrl(), null, null, shared, Progress.NONE);
        assertEquals(2, report.rowsPerTable().get("ISSUER"));
        assertEquals(2, report.rowsPerTable().get("DOCUMENT"));
        assertEquals(3, report.rowsPerTable().get("STATUS_CHANGE"));
        assertEquals(1, report.rowsPerTable().get("FILING"));
        assertEquals(1, report.attachmentFilesCopied());

        try (Workspace onServer = Workspace.open(server, shared, CLOCK, () -> "reviewer")) {
            assertEquals(LifecycleStatus.REPEALED, onServer.register().get(repealedId).status());
            assertEquals(2, onServer.register().history(repealedId).size());
            assertEquals(1, onServer.register().search(new DocumentQuery("清丰", Set.of(), Set.of(), null, null, 0)).size());
            assertEquals("濮阳市司法局", onServer.settings().unit().unitName());
            assertTrue(onServer.audit().verify().intact(), "the audit chain moved up intact");
            assertTrue(onServer.calendar().localDays().containsKey(LocalDate.of(2019, 7, 1)));
            // identities continue after the copied ids, and numbering after the copied serial
            Issuer zone = onServer.register().addIssuer(new Issuer(null, "濮阳经济技术开发区管理委员会", null, OrgLevel.COUNTY,
                    OrgKind.DISPATCHED_AGENCY, null));
            assertEquals(3L, zone.id());
            FilingView second = onServer.filings().receive(new ReceiveRequest(null, new DocumentInput("开发区某办法",
                    "濮开〔2019〕1号", List.of(zone.id()), DocumentType.DEPARTMENT_NORMATIVE, null, null, "2019-09-25", null,
                    null, null), zone.id(), "2019-10-09", FilingChannel.ONLINE,
                    MaterialKind.defaultRequired().stream().map(MaterialInput::present).toList(), false));
            assertEquals("濮规备字〔2019〕2号", onServer.filings().register(second.filing().id(), second.filing().version(),
                    true, true).filing().registrationNo());
            try (var files = Files.walk(shared)) {
                List<Path> copied = files.filter(Files::isRegularFile).toList();
                assertEquals(1, copied.size());
                assertEquals("报告扫描件", Files.readString(copied.get(0)));
            }
        }

        StoreException again = assertThrows(StoreException.class,
                () -> MoveUpService.moveUp(pc, server.jdbcUrl(), null, null, shared, Progress.NONE));
        assertEquals("moveup.target.notEmpty", again.messageKey());
    }

    @Test
    void saved_views_move_up_with_their_filters_counts_and_versions() throws Exception {
        DataFolder pc = new DataFolder(tempDir.resolve("pc"));
        List<SavedView> before;
        List<Integer> countsBefore;
        try (Workspace ws = Workspace.openEmbedded(pc, CLOCK)) {
            Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            Issuer county = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, city.id()));
            ws.register().add(new DocumentInput("濮阳市城市绿化管理办法", "濮政〔2015〕20号", List.of(city.id()),
                    DocumentType.GOVERNMENT_NORMATIVE, null, null, "2015-03-10", "2015-03-26", "2020-03-25", null));
            ws.register().add(new DocumentInput("清丰县城区绿化管理暂行办法", "清政〔2018〕3号", List.of(county.id()),
                    DocumentType.GOVERNMENT_NORMATIVE, null, null, "2018-01-10", "2018-02-01", "2019-12-31", null));
            ws.register().add(new DocumentInput("清丰县燃气管理办法", "清政〔2017〕9号", List.of(county.id()),
                    DocumentType.GOVERNMENT_NORMATIVE, null, null, "2017-05-10", "2017-06-01", "2022-05-31", null));
            // a level and a period relative to today; an issuer id and text; one renamed (version 1)
            ws.views().create("县级今年到期", ViewFilter.of(DocumentQuery.all().withIssuerLevels(Set.of(OrgLevel.COUNTY))
                    .withStatuses(Set.of(LifecycleStatus.VALID))).withValidUntilPeriod(RelativePeriod.THIS_YEAR));
            SavedView cityGreening = ws.views().create("市政府绿化", ViewFilter.of(DocumentQuery.text("绿化")
                    .withIssuerId(city.id())));
            ws.views().update(cityGreening.id(), cityGreening.version(), "市政府的绿化文件", cityGreening.filter());
            before = ws.views().list();
            countsBefore = ws.views().listWithCounts().stream().map(SavedViewService.ViewCount::count).toList();
        }
        assertEquals(List.of(1, 1), countsBefore);

        DatabaseConfig server = TestDatabases.fresh(DatabaseKind.POSTGRESQL, tempDir);
        MoveUpService.Report report = MoveUpService.moveUp(pc, server.jdbcUrl(), null, null,
                tempDir.resolve("shared"), Progress.NONE);
        assertEquals(2, report.rowsPerTable().get("SAVED_VIEW"));

        try (Workspace onServer = Workspace.open(server, tempDir.resolve("shared"), CLOCK, () -> "reviewer")) {
            List<SavedView> after = onServer.views().list();
            assertEquals(before.stream().map(v -> List.of(v.id(), v.name(), v.filter(), v.createdBy(), v.version()))
                    .toList(), after.stream().map(v -> List.of(v.id(), v.name(), v.filter(), v.createdBy(), v.version()))
                    .toList(), "ids, names, filters, authors and versions as they were");
            assertEquals(countsBefore, onServer.views().listWithCounts().stream()
                    .map(SavedViewService.ViewCount::count).toList(), "the same documents on the server");
            // the moved views keep working: the optimistic lock continues from the copied version, ids continue
            SavedView renamed = onServer.views().byName("市政府的绿化文件");
            onServer.views().update(renamed.id(), renamed.version(), "绿化", renamed.filter());
            assertEquals(3L, onServer.views().create("全部废止", ViewFilter.of(DocumentQuery.all()
                    .withStatuses(Set.of(LifecycleStatus.REPEALED)))).id());
            assertTrue(onServer.audit().verify().intact(), "view changes are in the audit chain, moved up intact");
            assertEquals(List.of("view.create", "view.update", "view.update"), onServer.audit()
                    .history("saved_view", renamed.id()).stream().map(e -> e.action()).toList());
        }
    }

    @Test
    void moving_up_to_another_embedded_file_is_refused() {
        DataFolder pc = new DataFolder(tempDir.resolve("pc"));
        Workspace.openEmbedded(pc, CLOCK).close();
        StoreException e = assertThrows(StoreException.class, () -> MoveUpService.moveUp(pc,
                "jdbc:h2:file:" + tempDir.resolve("other/normdesk"), null, null, tempDir.resolve("a"), Progress.NONE));
        assertEquals("moveup.target.notPostgres", e.messageKey());
    }
}
