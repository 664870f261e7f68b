package org.normdesk.service.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.stats.DashboardService.Dashboard;
import org.normdesk.testing.CleanupFixture;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dashboard's figures from a small register with three filings. */
class DashboardServiceTest {
    @TempDir
    Path dir;

    @Test
    void filings_are_counted_by_month_of_receipt_and_by_unit_and_open_ones_by_deadline() {
        try (CleanupFixture f = new CleanupFixture(dir)) {
            Issuer county = f.workspace.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY,
                    OrgKind.GOVERNMENT, null));
            receive(f, county, "清丰县农村宅基地管理办法", "清政〔2019〕8号", "2019-07-20", "2019-08-01");
            receive(f, county, "清丰县城市供水管理办法", "清政〔2019〕9号", "2019-07-25", "2019-08-12");
            receive(f, f.education, "濮阳市中小学学籍管理办法", "濮教〔2019〕2号", "2019-06-01", "2019-06-20");
            DashboardService service = new DashboardService(f.workspace.filings(), f.workspace.register(),
                    CleanupFixture.CLOCK);

            Dashboard all = service.dashboard(2019, null);
            assertEquals(3, all.received());
            assertEquals(1, all.receivedByMonth().get(5));
            assertEquals(2, all.receivedByMonth().get(7));
            assertEquals(List.of(new DashboardService.UnitCount("清丰县人民政府", 2),
                    new DashboardService.UnitCount("濮阳市教育局", 1)), all.topUnits());
            assertEquals(3, all.health().values().stream().mapToInt(Integer::intValue).sum(), "all three are open");
            assertEquals(9, all.byStatus().get(LifecycleStatus.VALID) + all.byStatus().get(LifecycleStatus.NOT_YET_EFFECTIVE));

            Dashboard county2019 = service.dashboard(2019, county.id());
            assertEquals(2, county2019.received());
            assertEquals(2, county2019.byStatus().values().stream().mapToInt(Integer::intValue).sum());
            assertEquals(0, service.dashboard(2018, null).received());
            assertEquals(2, county2019.health().values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    @Test
    void a_figure_drills_down_to_its_documents_once_each_in_order() {
        try (CleanupFixture f = new CleanupFixture(dir)) {
            DashboardService service = new DashboardService(f.workspace.filings(), f.workspace.register(),
                    CleanupFixture.CLOCK);
            List<Long> ids = f.cityIds();
            var lines = service.documents(List.of(ids.get(2), ids.get(0), ids.get(2)));
            assertEquals(2, lines.size());
            assertEquals(CleanupFixture.CITY_TITLES.get(2), lines.get(0).title());
            assertEquals(CleanupFixture.CITY_NUMBERS.get(0), lines.get(1).docNumber());
            assertEquals("濮阳市人民政府", lines.get(1).issuer());
            assertEquals(List.of(2019, 2018, 2017, 2016, 2015), service.years());
        }
    }

    private static void receive(CleanupFixture f, Issuer unit, String title, String number, String published,
                                String received) {
        f.workspace.filings().receive(new ReceiveRequest(null, new DocumentInput(title, number, List.of(unit.id()),
                DocumentType.GOVERNMENT_NORMATIVE, null, null, published, null, null, null), unit.id(), received,
                FilingChannel.PAPER, MaterialKind.defaultRequired().stream().map(MaterialInput::present).toList(),
                true));
    }
}
