package org.normdesk.service.upward;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.domain.upward.UpwardState;
import org.normdesk.service.Workspace;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A city government rule filed with its four bodies, on H2 and PostgreSQL. */
class UpwardServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-08-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Set<MaterialKind> ALL = MaterialKind.defaultRequired();

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_city_rule_goes_to_four_bodies_and_each_is_sent_and_acknowledged(DatabaseKind kind) {
        try (Workspace ws = Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("a"), CLOCK, () -> "clerk")) {
            Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            Issuer county = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
            ws.settings().save(new UnitSettings("濮阳市司法局", "濮", new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT),
                    ALL, Set.of(city.id())));
            NormativeDocument rule = ws.register().add(new DocumentInput("濮阳市燃气管理办法", "濮阳市人民政府令第24号",
                    List.of(city.id()), DocumentType.GOVERNMENT_RULE, null, null, "2019-07-22", "2019-09-01", null, null));

            List<UpwardFiling> proposed = ws.upward().propose(rule.id());
            assertEquals(List.of("国务院", "省人大常委会", "省人民政府", "市人大常委会"),
                    proposed.stream().map(UpwardFiling::destination).toList().stream().sorted(
                            java.util.Comparator.comparingInt(List.of("国务院", "省人大常委会", "省人民政府", "市人大常委会")::indexOf)).toList());
            assertEquals(LocalDate.of(2019, 8, 21), proposed.get(0).dueDate(), "30 days after 07-22");
            assertEquals(4, ws.upward().propose(rule.id()).size(), "proposing again adds nothing");
            assertEquals(4, ws.upward().due(5).size());

            UpwardFiling first = proposed.get(0);
            assertEquals("upward.sent.beforePublished", assertThrows(DomainException.class,
                    () -> ws.upward().markSent(first.id(), first.version(), "2019-07-01", FilingChannel.POST, ALL)).messageKey());
            assertEquals("upward.materials.missing", assertThrows(DomainException.class,
                    () -> ws.upward().markSent(first.id(), first.version(), "2019-08-01", FilingChannel.POST,
                            EnumSet.of(MaterialKind.FILING_REPORT))).messageKey());
            assertEquals(UpwardState.TO_PREPARE, ws.upward().get(first.id()).state(), "nothing half-saved");
            assertEquals("upward.destination.notAllowed", assertThrows(DomainException.class,
                    () -> ws.upward().addDestination(rule.id(), "县（区）人大常委会")).messageKey());

            for (UpwardFiling f : proposed) {
                UpwardFiling sent = ws.upward().markSent(f.id(), f.version(), "2019年8月1日", FilingChannel.POST, ALL);
                ws.upward().acknowledge(sent.id(), sent.version(), "2019-08-10", "准予备案");
            }
            UpwardTally tally = ws.upward().tally(2019);
            assertEquals(List.of(rule.id()), tally.onTime());
            assertEquals(100.0, tally.filingRate());
            assertEquals(1, tally.destinations().get("国务院").onTime().size());
            assertEquals(0, ws.upward().due(30).size());

            NormativeDocument countyDoc = ws.register().add(new DocumentInput("清丰县某办法", "清政〔2019〕2号",
                    List.of(county.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-07-22", null, null, null));
            assertEquals("upward.notOwn", assertThrows(DomainException.class,
                    () -> ws.upward().propose(countyDoc.id())).messageKey());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void an_own_document_is_registered_with_its_destinations_or_not_at_all(DatabaseKind kind) {
        try (Workspace ws = Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("b"), CLOCK, () -> "clerk")) {
            Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            Issuer county = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
            ws.settings().save(new UnitSettings("濮阳市司法局", "濮", new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT),
                    ALL, Set.of(city.id())));
            NormativeDocument earlier = ws.register().add(new DocumentInput("濮阳市物业管理办法", "濮政〔2019〕5号",
                    List.of(city.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-07-01", null, null, null));
            ws.register().add(new DocumentInput("清丰县某办法", "清政〔2019〕2号",
                    List.of(county.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-07-22", null, null, null));
            assertEquals(List.of(earlier.id()), ws.upward().ownWithoutDestinations().stream().map(d -> d.id()).toList(),
                    "only the own government's document, before destinations are proposed");
            assertEquals(List.of("省人民政府", "市人大常委会"), ws.upward().allowedDestinations(earlier.id()).stream().sorted(
                    java.util.Comparator.comparingInt(List.of("省人民政府", "市人大常委会")::indexOf)).toList());

            List<UpwardFiling> four = ws.upward().registerOwn(new DocumentInput("濮阳市燃气管理办法", "濮阳市人民政府令第24号",
                    List.of(city.id()), DocumentType.GOVERNMENT_RULE, null, null, "2019-07-22", "2019-09-01", null, null));
            assertEquals(4, four.size());
            assertEquals(List.of(earlier.id()), ws.upward().ownWithoutDestinations().stream().map(d -> d.id()).toList());

            int before = ws.register().count();
            assertEquals("upward.notOwn", assertThrows(DomainException.class, () -> ws.upward().registerOwn(
                    new DocumentInput("清丰县另一办法", "清政〔2019〕3号", List.of(county.id()),
                            DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-07-22", null, null, null))).messageKey());
            assertEquals("upward.noPublished", assertThrows(DomainException.class, () -> ws.upward().registerOwn(
                    new DocumentInput("濮阳市无日期办法", "濮政〔2019〕9号", List.of(city.id()),
                            DocumentType.GOVERNMENT_NORMATIVE, null, null, null, null, null, null))).messageKey());
            assertEquals(before, ws.register().count(), "a refused own document is not kept in the register");
        }
    }
}
