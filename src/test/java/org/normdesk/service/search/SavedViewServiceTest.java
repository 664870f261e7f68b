package org.normdesk.service.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.ConcurrentChangeException;
import org.normdesk.domain.common.DateRange;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.domain.common.RelativePeriod;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.store.DatabaseKind;
import org.normdesk.store.SavedViewStore;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Saved views on a real database: CRUD, live counts, relative periods, versioned definitions. */
class SavedViewServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    private SearchServiceTest.Register open(DatabaseKind kind) {
        return new SearchServiceTest.Register(TestDatabases.fresh(kind, tempDir), null).fill();
    }

    private static SavedViewService views(SearchServiceTest.Register r) {
        return new SavedViewService(r.db, () -> r.search, CLOCK, () -> "tester");
    }

    static ViewFilter countyExpiringThisYear() {
        return ViewFilter.of(DocumentQuery.all().withIssuerLevels(Set.of(OrgLevel.COUNTY))
                        .withStatuses(Set.of(LifecycleStatus.VALID, LifecycleStatus.AMENDED)))
                .withValidUntilPeriod(RelativePeriod.THIS_YEAR);
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_view_is_saved_listed_with_its_live_count_renamed_and_deleted(DatabaseKind kind) {
        try (SearchServiceTest.Register r = open(kind)) {
            SavedViewService views = views(r);
            SavedView county = views.create("县级今年到期文件", countyExpiringThisYear());
            SavedView repealed = views.create("2019年废止", ViewFilter.of(DocumentQuery.all()
                    .withStatuses(Set.of(LifecycleStatus.REPEALED)).withStatusChanged(DateRange.year(2019))));

            List<SavedViewService.ViewCount> listed = views.listWithCounts();
            assertEquals(List.of("2019年废止", "县级今年到期文件"), listed.stream().map(v -> v.view().name()).toList());
            assertEquals(List.of(1, 1), listed.stream().map(SavedViewService.ViewCount::count).toList());
            assertEquals("清丰县农村宅基地管理办法", views.open(county, 0, 10).hits().get(0).document().title());
            assertEquals(county.filter(), views.byName(" 县级今年到期文件 ").filter(), "read back as saved");

            SavedView renamed = views.update(repealed.id(), repealed.version(), "2019年废止的文件", repealed.filter());
            assertEquals("2019年废止的文件", views.get(repealed.id()).name());
            assertThrows(ConcurrentChangeException.class,
                    () -> views.update(repealed.id(), repealed.version(), "又改名", repealed.filter()));
            views.delete(renamed.id());
            assertEquals(List.of("县级今年到期文件"), views.list().stream().map(SavedView::name).toList());
            assertThrows(NotFoundException.class, () -> views.get(renamed.id()));
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_view_count_follows_an_edit_of_the_register(DatabaseKind kind) {
        try (SearchServiceTest.Register r = open(kind)) {
            SavedViewService views = views(r);
            SavedView county = views.create("县级今年到期文件", countyExpiringThisYear());
            assertEquals(1, views.count(county));
            r.register.update(r.homestead.id(), r.homestead.version(), r.input("清丰县农村宅基地管理办法", "清政〔2020〕2号",
                    r.county, DocumentType.GOVERNMENT_NORMATIVE, "自然资源", "2020-02-10", "2020-02-10", "2022-02-09"));
            assertEquals(0, views.count(county));
            SavedView repealed = views.create("2019年废止", ViewFilter.of(DocumentQuery.all()
                    .withStatuses(Set.of(LifecycleStatus.REPEALED)).withStatusChanged(DateRange.year(2019))));
            assertEquals(1, views.count(repealed));
            r.register.changeStatus(r.countyAssets.id(), r.countyAssets.version(), LifecycleStatus.REPEALED,
                    java.time.LocalDate.of(2019, 11, 1), "清理废止", null);
            assertEquals(2, views.count(repealed));
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void names_must_be_given_and_unique_and_a_newer_definition_is_refused(DatabaseKind kind) {
        try (SearchServiceTest.Register r = open(kind)) {
            SavedViewService views = views(r);
            views.create("全部", ViewFilter.of(DocumentQuery.all()));
            assertEquals("view.name.blank", assertThrows(DomainException.class,
                    () -> views.create("  ", ViewFilter.of(DocumentQuery.all()))).messageKey());
            assertEquals("view.name.duplicate", assertThrows(DomainException.class,
                    () -> views.create(" 全部", ViewFilter.of(DocumentQuery.all()))).messageKey());
            r.db.transaction(() -> new SavedViewStore(r.db).insert("未来", "{\"v\":2,\"magic\":true}", 2, "x",
                    Instant.now()));
            assertEquals("view.definition.newer", assertThrows(DomainException.class, views::list).messageKey());
        }
    }

    @Test
    void a_definition_round_trips_through_its_json_and_ignores_fields_it_does_not_know() {
        ViewFilter filter = ViewFilter.of(DocumentQuery.text("绿化").withStatuses(Set.of(LifecycleStatus.VALID))
                        .withTypes(Set.of(DocumentType.GOVERNMENT_RULE)).withYear(2019).withIssuerId(7L)
                        .withLeadIssuerIds(Set.of(3L)).withSubjectAreas(Set.of("城市管理"))
                        .withStatusChanged(DateRange.year(2019)))
                .withValidUntilPeriod(RelativePeriod.NEXT_6_MONTHS);
        String json = SavedViewService.write(filter);
        assertEquals(filter, SavedViewService.read(json, 1, "v"));
        assertEquals(filter, SavedViewService.read(json.replace("{", "{\"addedLater\":1,"), 1, "v"));
        assertEquals(DateRange.year(2020), countyExpiringThisYear().on(java.time.LocalDate.of(2020, 3, 2)).validUntil());
        assertEquals(DateRange.year(2021), countyExpiringThisYear().on(java.time.LocalDate.of(2021, 1, 5)).validUntil());
    }
}
