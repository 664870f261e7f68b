package org.normdesk.service.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.demo.DemoRegisterService;
import org.normdesk.store.DatabaseKind;
import org.normdesk.store.SearchStore.HistoryStep;
import org.normdesk.testing.MutableClock;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Point in time from the search index gives the same documents, in the same order, as the history SQL — on a
 * hand-built history (amended, repealed, expired, not yet in force, two changes on one day, 联合发文) for every day of
 * seven years, and on the demo register for a day in every month of its nine years; whole register and per issuer.
 */
class PointInTimeIndexTest {
    @TempDir
    Path tempDir;

    private Workspace open(DatabaseKind kind, MutableClock clock) {
        return Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("attachments"),
                tempDir.resolve("index"), clock, () -> "tester");
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_index_answers_as_the_history_does_on_a_hand_built_history(DatabaseKind kind) {
        MutableClock clock = new MutableClock(LocalDate.of(2016, 1, 4));
        try (Workspace ws = open(kind, clock)) {
            Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            Issuer county = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
            NormativeDocument gas = add(ws, "濮阳市燃气管理办法", "濮政〔2015〕3号", List.of(city), "2015-05-01", "2015-06-01", null, null);
            NormativeDocument joint = add(ws, "联合印发的管理办法", "濮政〔2015〕9号", List.of(city, county), "2015-09-01", "2015-09-01", "2018-08-31", null);
            NormativeDocument pending = add(ws, "尚未施行的停车办法", "清政〔2016〕1号", List.of(county), "2015-12-20", "2016-03-01", null, null);
            NormativeDocument imported = add(ws, "已失效的旧办法", "清政〔2010〕2号", List.of(county), "2010-01-01", "2010-01-01", null, LifecycleStatus.EXPIRED);
            NormativeDocument undated = add(ws, "没有发布日期的通知", null, List.of(city), null, null, null, null);
            NormativeDocument sameDay = add(ws, "同日两次变更的办法", "濮政〔2016〕2号", List.of(city), "2016-01-04", "2016-01-04", null, null);

            clock.setDay(LocalDate.of(2017, 6, 1));
            NormativeDocument amending = add(ws, "关于修改燃气管理办法的决定", "濮政〔2017〕5号", List.of(city), "2017-06-01", "2017-06-01", null, null);
            ws.lifecycle().relate(amending.id(), RelationKind.AMENDS, gas.id(), LocalDate.of(2017, 6, 1), null);
            ws.register().changeStatus(sameDay.id(), ws.register().get(sameDay.id()).version(), LifecycleStatus.AMENDED,
                    LocalDate.of(2017, 6, 1), "修改", null);
            ws.register().changeStatus(sameDay.id(), ws.register().get(sameDay.id()).version(), LifecycleStatus.REPEALED,
                    LocalDate.of(2017, 6, 1), "同日废止", null);
            clock.setDay(LocalDate.of(2019, 8, 23));
            NormativeDocument repealing = add(ws, "关于废止燃气管理办法的决定", "濮政〔2019〕9号", List.of(city), "2019-08-23", "2019-08-23", null, null);
            ws.lifecycle().relate(repealing.id(), RelationKind.REPEALS, gas.id(), LocalDate.of(2019, 8, 23), null);
            LifecycleServiceRun.apply(ws); // the pending one came into force, the joint one expired
            assertEquals(LifecycleStatus.VALID, ws.register().get(pending.id()).status());
            assertEquals(LifecycleStatus.EXPIRED, ws.register().get(joint.id()).status());
            NormativeDocument future = add(ws, "明年施行的办法", "清政〔2019〕7号", List.of(county), "2019-08-20", "2020-01-01", null, null);
            assertEquals(LifecycleStatus.NOT_YET_EFFECTIVE, future.status());

            // every week of eleven years, and the day before, of and after each date in the history
            java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
            for (LocalDate day = LocalDate.of(2009, 12, 25); day.isBefore(LocalDate.of(2021, 1, 1)); day = day.plusDays(7)) {
                days.add(day);
            }
            for (String edge : List.of("2010-01-01", "2015-05-01", "2015-06-01", "2015-09-01", "2015-12-20", "2016-01-04",
                    "2016-03-01", "2017-06-01", "2018-08-31", "2018-09-01", "2019-08-20", "2019-08-23", "2020-01-01")) {
                LocalDate d = LocalDate.parse(edge);
                days.addAll(List.of(d.minusDays(1), d, d.plusDays(1)));
            }
            for (LocalDate day : days) {
                compare(ws, day, null);
                compare(ws, day, county.id());
            }
            assertTrue(days.size() > 600);
            assertEquals(List.of(), ws.search().inForceIds(LocalDate.of(2030, 1, 1), null).stream()
                    .filter(id -> id == undated.id() || id == imported.id() || id == sameDay.id()).toList());
            assertEquals(List.of(future.id(), pending.id()), ws.search().inForceIds(LocalDate.of(2020, 1, 1), county.id()),
                    "the county's two documents in force on New Year's Day 2020, the joint one expired");
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_index_answers_as_the_history_does_on_the_demo_register(DatabaseKind kind) {
        MutableClock clock = new MutableClock(LocalDate.of(2020, 12, 31));
        try (Workspace ws = open(kind, clock)) {
            ws.demo().importRegister(DemoRegisterService.readShipped(), Progress.NONE);
            List<Issuer> issuers = ws.register().issuers();
            int compared = 0;
            int inForceSeen = 0;
            for (LocalDate day = LocalDate.of(2011, 12, 31); day.isBefore(LocalDate.of(2021, 2, 1)); day = day.plusDays(29)) {
                inForceSeen += compare(ws, day, null);
                compare(ws, day, issuers.get(compared % issuers.size()).id());
                compared++;
            }
            for (int year = 2012; year <= 2020; year++) {
                compare(ws, LocalDate.of(year, 12, 31), null);
            }
            assertTrue(compared > 100, "days compared: " + compared);
            assertTrue(inForceSeen > 10_000, "documents in force summed over the days: " + inForceSeen);

            // the page the register view shows: first 100, the count and the facets as of the day
            LocalDate yearEnd = LocalDate.of(2019, 12, 31);
            List<DocumentSummary> bySql = ws.lifecycle().inForceOn(yearEnd, null);
            SearchResult page = ws.search().inForceOn(yearEnd, DocumentQuery.all().page(0, 100));
            assertEquals(bySql.size(), page.total());
            assertEquals(bySql.stream().limit(100).map(DocumentSummary::id).toList(),
                    page.hits().stream().map(h -> h.document().id()).toList());
            assertEquals(bySql.size(), page.facets().total());
            long validNow = bySql.stream().filter(d -> d.status() == LifecycleStatus.VALID).count();
            assertEquals(validNow, (long) page.facets().statuses().getOrDefault(LifecycleStatus.VALID, 0));
        }
    }

    @Test
    void intervals_follow_the_last_entry_of_each_day_and_start_at_publication() {
        LocalDate p = LocalDate.of(2019, 1, 10);
        assertEquals(List.of(new InForceIntervals.Interval(day(2019, 2, 1), day(2020, 2, 29))),
                InForceIntervals.of(p, LocalDate.of(2019, 2, 1), List.of(
                        step(2019, 1, 10, "NOT_YET_EFFECTIVE"), step(2019, 2, 1, "VALID"), step(2020, 3, 1, "EXPIRED"))));
        assertEquals(List.of(new InForceIntervals.Interval(day(2019, 2, 1), Long.MAX_VALUE)),
                InForceIntervals.of(p, LocalDate.of(2019, 2, 1), List.of(step(2019, 1, 10, "NOT_YET_EFFECTIVE"))),
                "尚未施行 binds from the effective date before the job records it");
        assertEquals(List.of(new InForceIntervals.Interval(day(2019, 1, 10), day(2019, 5, 31))),
                InForceIntervals.of(p, LocalDate.of(2019, 1, 1), List.of(step(2019, 1, 1, "VALID"),
                        step(2019, 6, 1, "AMENDED"), step(2019, 6, 1, "REPEALED"))),
                "published after the effective date: from publication; the later entry of 1 June decides");
        assertEquals(List.of(new InForceIntervals.Interval(day(2019, 1, 10), day(2019, 5, 31)),
                        new InForceIntervals.Interval(day(2019, 6, 15), Long.MAX_VALUE)),
                InForceIntervals.of(p, LocalDate.of(2019, 6, 15), List.of(step(2019, 1, 10, "VALID"), step(2019, 6, 1, "NOT_YET_EFFECTIVE"),
                        step(2019, 7, 1, "AMENDED"))));
        assertEquals(List.of(), InForceIntervals.of(null, p, List.of(step(2019, 1, 10, "VALID"))), "never published");
        assertEquals(List.of(new InForceIntervals.Interval(day(1965, 3, 1), Long.MAX_VALUE)),
                InForceIntervals.of(LocalDate.of(1965, 3, 1), null, List.of(step(1965, 3, 1, "VALID"))),
                "before 1970 too");
    }

    private static long day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay();
    }

    private static HistoryStep step(int y, int m, int d, String status) {
        return new HistoryStep(LocalDate.of(y, m, d), status);
    }

    /** Same ids in the same order from both paths; returns how many. */
    private static int compare(Workspace ws, LocalDate day, Long issuerId) {
        List<Long> bySql = ws.lifecycle().inForceOn(day, issuerId).stream().map(DocumentSummary::id).toList();
        List<Long> byIndex = ws.search().inForceIds(day, issuerId);
        assertEquals(bySql, byIndex, "in force on " + day + (issuerId == null ? "" : " for issuer " + issuerId));
        return bySql.size();
    }

    private static NormativeDocument add(Workspace ws, String title, String number, List<Issuer> issuers, String published,
                                         String effective, String validUntil, LifecycleStatus status) {
        List<Long> ids = new ArrayList<>();
        issuers.forEach(i -> ids.add(i.id()));
        return ws.register().add(new DocumentInput(title, number, ids, DocumentType.GOVERNMENT_NORMATIVE, null, null,
                published, effective, validUntil, status));
    }

    /** The daily job, as the app runs it. */
    private static final class LifecycleServiceRun {
        static void apply(Workspace ws) {
            ws.lifecycle().applyDue();
        }
    }
}
