package org.normdesk.service.transfer;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.account.Principal;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Workspace;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.service.transfer.Reconciliation.Resolution;
import org.normdesk.service.transfer.Reconciliation.State;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A county register (H2 file) sends packages to a city register (H2 file, and PostgreSQL when NORMDESK_PG_URL is
 * set): the first package, then changes on both sides, a second package of the changes, the reconciliation report,
 * the user's resolutions applied exactly, and the same package again changing nothing.
 */
class PackageExchangeTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final String COUNTY = "清丰县司法局";
    static final String CITY = "濮阳市司法局";

    @TempDir
    Path tempDir;

    static Workspace open(DatabaseConfig config, Path attachments) {
        return Workspace.open(config, attachments, null, CLOCK, new CurrentUser(Principal.singleUser("clerk")));
    }

    /** The county: its government, the justice bureau (this unit), a department and a town. */
    static final class County {
        final Workspace ws;
        final Issuer government;
        final Issuer education;

        County(Workspace ws) {
            this.ws = ws;
            ws.settings().save(new UnitSettings(COUNTY, "清", new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT),
                    MaterialKind.defaultRequired(), Set.of()));
            government = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
            ws.register().addIssuer(new Issuer(null, COUNTY, "清司", OrgLevel.COUNTY, OrgKind.DEPARTMENT, government.id()));
            education = ws.register().addIssuer(new Issuer(null, "清丰县教育局", "清教", OrgLevel.COUNTY, OrgKind.DEPARTMENT, government.id()));
        }
    }

    /** A county register on H2 in {@code dir} with one document, exported for the city as {@code dir/good.ndpkg}. */
    static Path oneDocumentCountyPackage(Path dir) {
        Path good = dir.resolve("good.ndpkg");
        try (Workspace countyWs = open(DatabaseConfig.embedded(dir.resolve("county")), dir.resolve("county-attachments"))) {
            County county = new County(countyWs);
            countyWs.register().add(input(county.government, "清丰县城市绿化管理办法", "清政〔2019〕5号", "2019-06-01"));
            countyWs.packages().export(CITY, false, good);
        }
        return good;
    }

    /** The city as these tests have it: its unit settings, and the county's government and justice bureau as issuers. */
    static Issuer cityKnowsTheCounty(Workspace city) {
        city.settings().save(new UnitSettings(CITY, "濮", new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT),
                MaterialKind.defaultRequired(), Set.of()));
        Issuer government = city.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY,
                OrgKind.GOVERNMENT, null));
        city.register().addIssuer(new Issuer(null, COUNTY, "清司", OrgLevel.COUNTY, OrgKind.DEPARTMENT, government.id()));
        return government;
    }

    static DocumentInput input(Issuer issuer, String title, String number, String published) {
        return new DocumentInput(title, number, List.of(issuer.id()),
                issuer.kind() == OrgKind.GOVERNMENT ? DocumentType.GOVERNMENT_NORMATIVE : DocumentType.DEPARTMENT_NORMATIVE,
                null, null, published, published, null, null);
    }

    static NormativeDocument byNumber(Workspace ws, String number) {
        for (DocumentSummary s : ws.register().search(DocumentQuery.all().page(0, 1_000))) {
            NormativeDocument d = ws.register().get(s.id());
            if (d.docNumber() != null && d.docNumber().normalized().equals(number)) {
                return d;
            }
        }
        throw new AssertionError("no document " + number);
    }

    static NormativeDocument retitle(Workspace ws, NormativeDocument d, String title, String validUntil) {
        return ws.register().update(d.id(), d.version(), new DocumentInput(title, d.docNumber() == null ? null
                : d.docNumber().raw(), d.issuers().stream().map(Issuer::id).toList(), d.type(), d.subjectArea(),
                iso(d.signedDate()), iso(d.publishedDate()), iso(d.effectiveDate()),
                validUntil != null ? validUntil : iso(d.validUntil()), null));
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Documents, their fields and statuses, histories, relations, issuers, audit entries and exchange packages. */
    static String snapshot(Workspace ws) {
        List<String> lines = new ArrayList<>();
        for (DocumentSummary s : ws.register().search(DocumentQuery.all().page(0, 1_000))) {
            NormativeDocument d = ws.register().get(s.id());
            lines.add(d + " history=" + ws.register().history(d.id()).size() + " relations="
                    + ws.lifecycle().relations(d.id()).size());
        }
        lines.sort(String::compareTo);
        lines.add("issuers=" + ws.register().issuers().size());
        lines.add("audit=" + ws.audit().count());
        return String.join("\n", lines);
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_county_package_reconciles_at_the_city_conflicts_are_resolved_as_chosen_and_a_second_import_changes_nothing(
            DatabaseKind cityKind) throws Exception {
        Path countyFiles = tempDir.resolve("county-attachments");
        try (Workspace countyWs = open(DatabaseConfig.embedded(tempDir.resolve("county")), countyFiles);
             Workspace city = open(TestDatabases.fresh(cityKind, tempDir), tempDir.resolve("city-attachments"))) {
            County county = new County(countyWs);
            // the county registers a department's filing, with the official text as a file
            Path text = Files.writeString(tempDir.resolve("清教〔2019〕1号.txt"), "清丰县中小学学籍管理办法 正文");
            FilingView filing = countyWs.filings().receive(new ReceiveRequest(null,
                    input(county.education, "清丰县中小学学籍管理办法", "清教〔2019〕1号", "2019-09-02"),
                    county.education.id(), "2019-09-20", FilingChannel.PAPER,
                    MaterialKind.defaultRequired().stream().map(k -> k == MaterialKind.OFFICIAL_TEXT
                            ? new MaterialInput(k, true, text) : MaterialInput.present(k)).toList(), true));
            countyWs.filings().register(filing.filing().id(), filing.filing().version(), true, true);
            NormativeDocument b = countyWs.register().add(input(county.government, "清丰县城市绿化管理办法", "清政〔2019〕5号", "2019-06-01"));
            NormativeDocument c = countyWs.register().add(input(county.government, "清丰县殡葬管理办法", "清政〔2019〕6号", "2019-07-01"));
            NormativeDocument g = countyWs.register().add(input(county.government, "清丰县物业管理办法", "清政〔2019〕7号", "2019-08-01"));
            countyWs.lifecycle().relate(c.id(), RelationKind.BASED_ON, b.id(), LocalDate.of(2019, 7, 1), "依据");

            // the city knows the county and received two of its government's documents on paper
            Issuer cityCounty = cityKnowsTheCounty(city);
            city.filings().receive(new ReceiveRequest(null, input(cityCounty, "清丰县城市绿化管理办法", "清政〔2019〕5号", "2019-06-01"),
                    cityCounty.id(), "2019-06-20", FilingChannel.PAPER, List.of(), true));
            city.filings().receive(new ReceiveRequest(null, input(cityCounty, "清丰县集贸市场管理办法", "清政〔2019〕9号", "2019-10-01"),
                    cityCounty.id(), "2019-10-15", FilingChannel.PAPER, List.of(), true));

            // first package: the whole county register
            Path first = tempDir.resolve("first.ndpkg");
            PackageService.ExportResult exported = countyWs.packages().export(CITY, false, first);
            assertEquals(4L, exported.manifest().counts().get("documents"));
            assertEquals(1L, exported.manifest().counts().get("attachments"));
            assertEquals(COUNTY, exported.manifest().sourceUnitName());
            String cityBefore = snapshot(city);
            Reconciliation report = city.packages().reconcile(first);
            assertEquals(cityBefore, snapshot(city), "the report writes nothing");
            assertEquals(Set.of("清教〔2019〕1号", "清政〔2019〕6号", "清政〔2019〕7号"), numbers(report, State.NEW));
            assertEquals(Set.of("清政〔2019〕5号"), numbers(report, State.UNCHANGED), "entered on both sides, the same");
            assertEquals(0, report.count(State.CONFLICT));
            assertEquals(List.of("清政〔2019〕9号"), report.paperOnly().stream().map(Reconciliation.PaperFiling::docNumber).toList(),
                    "filed with the city on paper, missing from the county's register");
            assertTrue(report.missingSerials().isEmpty(), report.missingSerials().toString());

            PackageService.ApplyResult applied = city.packages().apply(first, Map.of());
            assertEquals(3, applied.added());
            assertEquals(1, applied.issuersAdded(), "清丰县教育局");
            assertEquals(1, applied.relationsAdded());
            assertEquals(5, city.register().count());
            NormativeDocument cityA = byNumber(city, "清教〔2019〕1号");
            assertEquals("清丰县教育局", cityA.leadIssuer().name());
            assertEquals(countyWs.register().get(filing.document().id()).registrationNo(), cityA.registrationNo());
            assertEquals(countyWs.register().history(filing.document().id()).size(), city.register().history(cityA.id()).size());
            assertEquals(1, city.lifecycle().relations(byNumber(city, "清政〔2019〕6号").id()).size());

            // the same package again: nothing changes
            String afterFirst = snapshot(city);
            Reconciliation again = city.packages().reconcile(first);
            assertTrue(again.alreadyImported());
            assertEquals(4, again.count(State.UNCHANGED));
            assertTrue(city.packages().apply(first, Map.of()).changedNothing());
            assertEquals(afterFirst, snapshot(city));

            // changes: the county edits A, C and G and adds E; the city edits B, C and G its own way
            NormativeDocument countyA = countyWs.register().get(filing.document().id());
            retitle(countyWs, countyA, "清丰县中小学学籍管理规定", null);
            retitle(countyWs, countyWs.register().get(c.id()), "清丰县殡葬管理实施办法", null);
            retitle(countyWs, countyWs.register().get(g.id()), "清丰县住宅物业管理办法", "2024-07-31");
            countyWs.register().add(input(county.government, "清丰县养犬管理办法", "清政〔2019〕12号", "2019-12-01"));
            retitle(city, byNumber(city, "清政〔2019〕5号"), "清丰县城市绿化管理办法", "2024-05-31");
            retitle(city, byNumber(city, "清政〔2019〕6号"), "清丰县殡葬改革管理办法", null);
            retitle(city, byNumber(city, "清政〔2019〕7号"), "清丰县物业服务管理办法", null);

            Path second = tempDir.resolve("second.ndpkg");
            PackageManifest changes = countyWs.packages().export(CITY, true, second).manifest();
            assertFalse(changes.fullRegister());
            assertEquals(exported.manifest().packageId(), changes.sincePackageId());
            assertEquals(4L, changes.counts().get("documents"), "A, C, G and the new E; B did not change at the county");

            report = city.packages().reconcile(second);
            assertEquals(Set.of("清政〔2019〕12号"), numbers(report, State.NEW));
            assertEquals(Set.of("清教〔2019〕1号"), numbers(report, State.CHANGED));
            assertEquals(Set.of("清政〔2019〕6号", "清政〔2019〕7号"), numbers(report, State.CONFLICT));
            Reconciliation.Item changedA = report.items(State.CHANGED).get(0);
            assertEquals(List.of(new Reconciliation.FieldDiff("title", "清丰县中小学学籍管理办法", "清丰县中小学学籍管理规定")),
                    changedA.diffs());
            Reconciliation.Item conflictG = item(report, "清政〔2019〕7号");
            assertEquals(List.of(new Reconciliation.FieldDiff("title", "清丰县物业服务管理办法", "清丰县住宅物业管理办法"),
                    new Reconciliation.FieldDiff("validUntil", "", "2024-07-31")), conflictG.diffs(), "side by side, field by field");
            String keyC = item(report, "清政〔2019〕6号").key();
            String keyG = conflictG.key();

            // never overwritten silently: without a choice for every conflict nothing is applied
            String beforeSecond = snapshot(city);
            DomainException unresolved = assertThrows(DomainException.class,
                    () -> city.packages().apply(second, Map.of(keyC, Resolution.MINE)));
            assertEquals("package.unresolved", unresolved.messageKey());
            DomainException notAConflict = assertThrows(DomainException.class, () -> city.packages().apply(second,
                    Map.of(keyC, Resolution.MINE, keyG, Resolution.THEIRS, changedA.key(), Resolution.MINE)));
            assertEquals("package.resolveNotConflict", notAConflict.messageKey());
            assertEquals(beforeSecond, snapshot(city));

            applied = city.packages().apply(second, Map.of(keyC, Resolution.MINE, keyG, Resolution.THEIRS));
            assertEquals(1, applied.added());
            assertEquals(2, applied.updated(), "A and G");
            assertEquals(1, applied.keptMine());
            assertEquals("清丰县中小学学籍管理规定", byNumber(city, "清教〔2019〕1号").title());
            assertEquals("清丰县殡葬改革管理办法", byNumber(city, "清政〔2019〕6号").title(), "kept as the city had it");
            NormativeDocument cityG = byNumber(city, "清政〔2019〕7号");
            assertEquals("清丰县住宅物业管理办法", cityG.title());
            assertEquals(LocalDate.of(2024, 7, 31), cityG.validUntil());
            NormativeDocument cityB = byNumber(city, "清政〔2019〕5号");
            assertEquals(LocalDate.of(2024, 5, 31), cityB.validUntil(), "the city's own edit stays");
            assertEquals("清丰县养犬管理办法", byNumber(city, "清政〔2019〕12号").title());
            assertEquals(LifecycleStatus.VALID, cityG.status());

            // importing the second package again changes nothing, and neither does the first one now
            String afterSecond = snapshot(city);
            Reconciliation repeat = city.packages().reconcile(second);
            assertEquals(4, repeat.count(State.UNCHANGED), repeat.items().toString());
            assertTrue(city.packages().apply(second, Map.of()).changedNothing());
            assertEquals(afterSecond, snapshot(city));

            // the county changes nothing more: its next package is empty
            PackageManifest none = countyWs.packages().export(CITY, true, tempDir.resolve("third.ndpkg")).manifest();
            assertEquals(0L, none.counts().get("documents"));
        }
    }

    private static Reconciliation.Item item(Reconciliation report, String number) {
        return report.items().stream().filter(i -> number.equals(i.docNumber())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + number + " in " + report.items()));
    }

    private static Set<String> numbers(Reconciliation report, State state) {
        return report.items(state).stream().map(Reconciliation.Item::docNumber).collect(Collectors.toSet());
    }
}
