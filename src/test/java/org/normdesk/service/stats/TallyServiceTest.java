package org.normdesk.service.stats;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Workspace;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The 应报备 half of the tally (issued, filed, on time, unfiled, complete on first submission) on a hand-built year,
 * one document per case, on H2 and PostgreSQL.
 */
class TallyServiceTest {
    /** 2020-01-10: the deadlines of documents published up to early December 2019 have passed. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final List<MaterialInput> ALL_REQUIRED = MaterialKind.defaultRequired().stream()
            .map(MaterialInput::present).toList();

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void each_published_document_is_judged_by_its_first_filing_in_scope(DatabaseKind kind) {
        try (Workspace ws = Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("attachments"), CLOCK,
                () -> "clerk")) {
            Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            Issuer county = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
            Issuer other = ws.register().addIssuer(new Issuer(null, "南乐县人民政府", "南政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
            ws.settings().save(new UnitSettings("濮阳市司法局", "濮", new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT),
                    MaterialKind.defaultRequired(), Set.of(city.id())));

            long onTime = receive(ws, county, "清丰县甲办法", "清政〔2019〕1号", "2019-03-01", "2019-03-20", ALL_REQUIRED);
            List<MaterialInput> withoutBasis = ALL_REQUIRED.stream()
                    .filter(m -> m.kind() != MaterialKind.LEGAL_BASIS).toList();
            long lateAndIncomplete = receive(ws, county, "清丰县乙办法", "清政〔2019〕2号", "2019-04-01", "2019-06-03", withoutBasis);
            long neverFiled = add(ws, county, "清丰县丙办法", "清政〔2019〕3号", "2019-05-06");
            long notYetDue = add(ws, county, "清丰县丁办法", "清政〔2019〕4号", "2019-12-20");
            FilingView outOfScope = ws.filings().receive(request(county, "清丰县戊通知", "清政〔2019〕5号", "2019-06-03",
                    "2019-06-12", ALL_REQUIRED));
            ws.filings().reject(outOfScope.filing().id(), outOfScope.filing().version(), false, true, "不属于规范性文件");
            long rejectedOnly = outOfScope.filing().documentId();
            add(ws, city, "濮阳市己办法", "濮政〔2019〕6号", "2019-02-01");
            add(ws, county, "清丰县庚办法", "清政〔2018〕7号", "2018-12-03");
            long otherCounty = add(ws, other, "南乐县辛办法", "南政〔2019〕8号", "2019-07-01");

            Tally all = ws.tally().tally(2019, null);
            assertEquals(sorted(onTime, lateAndIncomplete, neverFiled, notYetDue, rejectedOnly, otherCounty),
                    ids(all, TallyItem.ISSUED), "the own government's document and the 2018 one are not 应报备 in 2019");
            assertEquals(List.of(onTime, lateAndIncomplete), ids(all, TallyItem.FILED),
                    "a filing rejected as out of scope is not a filing");
            assertEquals(List.of(onTime), ids(all, TallyItem.FILED_ON_TIME));
            assertEquals(sorted(neverFiled, rejectedOnly, otherCounty), ids(all, TallyItem.UNFILED),
                    "the late-December document is not yet due on 2020-01-10");
            assertEquals(List.of(onTime), ids(all, TallyItem.FIRST_TIME_COMPLETE),
                    "the second document's first package lacked the legal basis");
            assertEquals(List.of(onTime, lateAndIncomplete, rejectedOnly), ids(all, TallyItem.RECEIVED));
            assertEquals(List.of(lateAndIncomplete), ids(all, TallyItem.LATE));

            Tally ofCounty = ws.tally().tally(2019, county.id());
            assertEquals(sorted(onTime, lateAndIncomplete, neverFiled, notYetDue, rejectedOnly), ids(ofCounty, TallyItem.ISSUED));
            assertEquals(List.of(onTime, lateAndIncomplete), ids(ofCounty, TallyItem.FILED));
            assertEquals(List.of(onTime), ids(ofCounty, TallyItem.FIRST_TIME_COMPLETE));

            Tally ofOther = ws.tally().tally(2019, other.id());
            assertEquals(List.of(otherCounty), ids(ofOther, TallyItem.ISSUED));
            assertEquals(List.of(), ids(ofOther, TallyItem.FILED));
            assertEquals(List.of(otherCounty), ids(ofOther, TallyItem.UNFILED));
        }
    }

    private static List<Long> ids(Tally tally, TallyItem item) {
        return tally.counts().get(item).documentIds();
    }

    private static List<Long> sorted(Long... ids) {
        return java.util.Arrays.stream(ids).sorted().toList();
    }

    private static long receive(Workspace ws, Issuer unit, String title, String number, String published, String received,
                                List<MaterialInput> materials) {
        return ws.filings().receive(request(unit, title, number, published, received, materials)).filing().documentId();
    }

    private static ReceiveRequest request(Issuer unit, String title, String number, String published, String received,
                                          List<MaterialInput> materials) {
        return new ReceiveRequest(null, new DocumentInput(title, number, List.of(unit.id()), DocumentType.GOVERNMENT_NORMATIVE,
                null, null, published, null, null, null), unit.id(), received, FilingChannel.PAPER, materials, true);
    }

    private static long add(Workspace ws, Issuer issuer, String title, String number, String published) {
        NormativeDocument doc = ws.register().add(new DocumentInput(title, number, List.of(issuer.id()),
                DocumentType.GOVERNMENT_NORMATIVE, null, null, published, null, null, null));
        return doc.id();
    }
}
