package org.normdesk.service.transfer;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.service.Workspace;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normdesk.service.transfer.PackageExchangeTest.CITY;
import static org.normdesk.service.transfer.PackageExchangeTest.COUNTY;

/**
 * A county register on H2 can hold a NUL character in a title (from a ledger imported before ledger cells were
 * cleaned); PostgreSQL cannot store one. The city — on H2 and on PostgreSQL — takes the package with the title
 * without it, and the same package again changes nothing.
 */
class PackageTextTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_nul_in_a_county_title_does_not_stop_the_city_taking_the_package(DatabaseKind cityKind) throws Exception {
        try (Workspace countyWs = PackageExchangeTest.open(TestDatabases.fresh(DatabaseKind.H2, tempDir),
                tempDir.resolve("county-files"));
             Workspace city = PackageExchangeTest.open(TestDatabases.fresh(cityKind, tempDir),
                     tempDir.resolve("city-files"))) {
            PackageExchangeTest.County county = new PackageExchangeTest.County(countyWs);
            NormativeDocument odd = countyWs.register().add(PackageExchangeTest.input(county.government,
                    "清丰县\u0000档案管理办法", "清政〔2019〕8号", "2019-06-01"));
            assertEquals("清丰县\u0000档案管理办法", countyWs.register().get(odd.id()).title(), "the county kept it");

            PackageExchangeTest.cityKnowsTheCounty(city);

            Path pkg = tempDir.resolve("county.ndpkg");
            countyWs.packages().export(CITY, false, pkg);
            assertEquals(1, city.packages().apply(pkg, Map.of()).added());
            assertEquals("清丰县档案管理办法", city.register().get(city.register()
                    .search(DocumentQuery.all().page(0, 10)).get(0).id()).title());
            assertTrue(city.packages().apply(pkg, Map.of()).changedNothing(), "the same package again");
        }
    }
}
