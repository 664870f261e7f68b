package org.normdesk.service.transfer;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.transfer.Reconciliation.Resolution;
import org.normdesk.service.transfer.Reconciliation.State;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normdesk.service.transfer.PackageExchangeTest.CITY;
import static org.normdesk.service.transfer.PackageExchangeTest.COUNTY;
import static org.normdesk.service.transfer.PackageExchangeTest.byNumber;
import static org.normdesk.service.transfer.PackageExchangeTest.input;
import static org.normdesk.service.transfer.PackageExchangeTest.open;
import static org.normdesk.service.transfer.PackageExchangeTest.retitle;
import static org.normdesk.service.transfer.PackageExchangeTest.snapshot;

/**
 * The county renumbers a document to a 文号 the city already uses for another document: the dry run names both
 * documents, and taking the sender's version is refused with that sentence before anything is written (never a
 * database constraint error); kept as ours, the conflict imports. Both registers on H2, and on PostgreSQL when
 * NORMDESK_PG_URL is set.
 */
class PackageNumberClashTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_number_the_city_uses_for_another_document_is_named_in_the_report_and_refused(DatabaseKind kind)
            throws Exception {
        try (Workspace countyWs = open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("county-files"));
             Workspace city = open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("city-files"))) {
            PackageExchangeTest.County county = new PackageExchangeTest.County(countyWs);
            countyWs.register().add(input(county.government, "清丰县城市绿化管理办法", "清政〔2019〕5号", "2019-06-01"));
            NormativeDocument g = countyWs.register().add(input(county.government, "清丰县物业管理办法", "清政〔2019〕7号", "2019-08-01"));

            Issuer cityCounty = PackageExchangeTest.cityKnowsTheCounty(city);
            // the city entered a county document from paper that the county's register does not have
            NormativeDocument market = city.register().add(input(cityCounty, "清丰县集贸市场管理办法", "清政〔2019〕9号", "2019-10-01"));

            Path first = tempDir.resolve("first.ndpkg");
            countyWs.packages().export(CITY, false, first);
            assertEquals(2, city.packages().apply(first, Map.of()).added());

            // the county corrects G's 文号 to 清政[2019]9号 — the one the city has for the market rules
            NormativeDocument countyG = countyWs.register().get(g.id());
            countyWs.register().update(countyG.id(), countyG.version(), new org.normdesk.domain.document.DocumentInput(
                    countyG.title(), "清政[2019]9号", countyG.issuers().stream().map(Issuer::id).toList(), countyG.type(),
                    null, null, "2019-08-01", "2019-08-01", null, null));
            Path second = tempDir.resolve("second.ndpkg");
            countyWs.packages().export(CITY, true, second);

            String before = snapshot(city);
            Reconciliation report = city.packages().reconcile(second);
            assertEquals(1, report.count(State.CHANGED));
            assertEquals(1, report.numberClashes().size(), report.numberClashes().toString());
            Reconciliation.NumberClash clash = report.numberClashes().get(0);
            assertEquals(String.valueOf(g.id()), clash.key());
            assertEquals("清政〔2019〕9号", clash.docNumber());
            assertEquals(market.id(), clash.otherLocalId());
            assertNull(clash.otherKey());
            assertEquals("清丰县集贸市场管理办法", clash.otherTitle());

            DomainException refused = assertThrows(DomainException.class, () -> city.packages().apply(second, Map.of()));
            assertEquals("package.numberClash", refused.messageKey());
            String zh = Messages.load(Locale.SIMPLIFIED_CHINESE).format(refused);
            String en = Messages.load(Locale.ENGLISH).format(refused);
            for (String sentence : List.of(zh, en)) {
                assertTrue(sentence.contains("清丰县物业管理办法") && sentence.contains("清丰县集贸市场管理办法")
                        && sentence.contains("清政〔2019〕9号") && sentence.contains("#" + market.id()), sentence);
            }
            assertTrue(zh.contains("未导入任何内容"), zh);
            assertTrue(en.contains("Nothing was imported"), en);
            assertEquals(before, snapshot(city), "nothing applied");

            // the city edits G too: a conflict; taken as theirs it is refused, kept as ours it imports
            retitle(city, byNumber(city, "清政〔2019〕7号"), "清丰县住宅物业管理办法", null);
            Reconciliation conflict = city.packages().reconcile(second);
            assertEquals(1, conflict.count(State.CONFLICT));
            assertEquals(1, conflict.numberClashes().size());
            String key = conflict.items(State.CONFLICT).get(0).key();
            String beforeConflict = snapshot(city);
            assertEquals("package.numberClash", assertThrows(DomainException.class,
                    () -> city.packages().apply(second, Map.of(key, Resolution.THEIRS))).messageKey());
            assertEquals(beforeConflict, snapshot(city));
            PackageService.ApplyResult kept = city.packages().apply(second, Map.of(key, Resolution.MINE));
            assertEquals(1, kept.keptMine());
            assertEquals("清丰县住宅物业管理办法", byNumber(city, "清政〔2019〕7号").title());
            assertEquals("清丰县集贸市场管理办法", byNumber(city, "清政〔2019〕9号").title());
        }
    }
}
