package org.normdesk.service.transfer;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.service.Workspace;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.transfer.Reconciliation.State;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normdesk.service.transfer.PackageExchangeTest.CITY;
import static org.normdesk.service.transfer.PackageExchangeTest.COUNTY;
import static org.normdesk.service.transfer.PackageExchangeTest.byNumber;
import static org.normdesk.service.transfer.PackageExchangeTest.input;
import static org.normdesk.service.transfer.PackageExchangeTest.open;

/**
 * A --since-last package holds every document of which anything changed since the last package to that unit: not
 * only its own fields, but also its status history, its 立改废 links and its filings; the city takes the new link.
 * County and city on H2, and both on PostgreSQL when NORMDESK_PG_URL is set.
 */
class PackageSinceLastTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_change_only_to_history_relations_or_filings_puts_the_document_in_the_next_package(DatabaseKind kind)
            throws Exception {
        try (Workspace countyWs = open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("county-files"));
             Workspace city = open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("city-files"))) {
            PackageExchangeTest.County county = new PackageExchangeTest.County(countyWs);
            NormativeDocument b = countyWs.register().add(input(county.government, "清丰县城市绿化管理办法", "清政〔2019〕5号", "2019-06-01"));
            NormativeDocument c = countyWs.register().add(input(county.government, "清丰县殡葬管理办法", "清政〔2019〕6号", "2019-07-01"));
            countyWs.register().add(input(county.government, "清丰县物业管理办法", "清政〔2019〕7号", "2019-08-01"));

            PackageExchangeTest.cityKnowsTheCounty(city);

            Path first = tempDir.resolve("first.ndpkg");
            assertEquals(3L, countyWs.packages().export(CITY, false, first).manifest().counts().get("documents"));
            assertEquals(3, city.packages().apply(first, Map.of()).added());

            // nothing changed: the next package is empty
            assertEquals(0L, countyWs.packages().export(CITY, true, tempDir.resolve("empty.ndpkg")).manifest()
                    .counts().get("documents"));

            // only a link (C is based on B) and only a filing (B received on paper): no field of B or C changes
            countyWs.lifecycle().relate(c.id(), RelationKind.BASED_ON, b.id(), LocalDate.of(2019, 7, 1), "依据");
            countyWs.filings().receive(new ReceiveRequest(b.id(), null, county.government.id(), "2019-06-20",
                    FilingChannel.PAPER, List.of(), true));
            assertEquals(b.version(), countyWs.register().get(b.id()).version(), "B's own fields are untouched");

            Path second = tempDir.resolve("second.ndpkg");
            PackageManifest changes = countyWs.packages().export(CITY, true, second).manifest();
            assertEquals(2L, changes.counts().get("documents"), "B (its filing) and C (its link)");
            assertEquals(1L, changes.counts().get("relations"));
            assertEquals(1L, changes.counts().get("filings"));

            Reconciliation report = city.packages().reconcile(second);
            assertEquals(Set.of("清政〔2019〕5号", "清政〔2019〕6号"), report.items(State.UNCHANGED).stream()
                    .map(Reconciliation.Item::docNumber).collect(Collectors.toSet()), "the same fields on both sides");
            PackageService.ApplyResult applied = city.packages().apply(second, Map.of());
            assertEquals(1, applied.relationsAdded(), "the city takes the new link");
            NormativeDocument cityC = byNumber(city, "清政〔2019〕6号");
            assertEquals(1, city.lifecycle().relations(cityC.id()).size());
            assertTrue(city.packages().apply(second, Map.of()).changedNothing(), "twice changes nothing");

            // a status change is history and a field: in the next package too; after it nothing is left
            NormativeDocument g = byNumber(countyWs, "清政〔2019〕7号");
            countyWs.register().changeStatus(g.id(), g.version(), org.normdesk.domain.document.LifecycleStatus.REPEALED,
                    LocalDate.of(2019, 12, 1), "废止", null);
            assertEquals(1L, countyWs.packages().export(CITY, true, tempDir.resolve("third.ndpkg")).manifest()
                    .counts().get("documents"));
            assertEquals(0L, countyWs.packages().export(CITY, true, tempDir.resolve("fourth.ndpkg")).manifest()
                    .counts().get("documents"));
        }
    }
}
