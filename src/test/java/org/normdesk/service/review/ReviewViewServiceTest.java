package org.normdesk.service.review;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.audit.AuditEntry;
import org.normdesk.domain.common.ConcurrentChangeException;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.service.search.ViewFilter;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.store.SavedViewStore;
import org.normdesk.testing.ReviewFixture;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saved views of the review queue on a real database: save, live counts, rename, delete, versioned definitions. */
class ReviewViewServiceTest {
    @TempDir
    Path tempDir;

    private static List<String> names(List<ReviewViewService.ViewCount> listed) {
        return listed.stream().map(c -> c.view().name()).toList();
    }

    private static List<Integer> counts(List<ReviewViewService.ViewCount> listed) {
        return listed.stream().map(ReviewViewService.ViewCount::count).toList();
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void views_are_saved_counted_live_renamed_and_deleted(DatabaseKind kind) {
        try (ReviewFixture f = new ReviewFixture(TestDatabases.fresh(kind, tempDir), tempDir)) {
            ReviewViewService views = f.workspace.reviewViews();
            ReviewQueueView mine = views.create(" 我的审查 ", new ReviewQueueFilter(null, false, true));
            views.create("超期", new ReviewQueueFilter("", true, false));
            views.create("清丰县", new ReviewQueueFilter(" 清丰县 ", false, false));

            List<ReviewViewService.ViewCount> listed = views.listWithCounts();
            assertEquals(List.of("我的审查", "清丰县", "超期"), names(listed), "by name, trimmed");
            assertEquals(Arrays.asList(0, 2, 1), counts(listed), "nothing assigned to wang yet");
            assertEquals(new ReviewQueueFilter("清丰县", false, false), views.filterOf(listed.get(1).view().id()));

            f.workspace.reviews().assign(f.dogFiling, "wang");
            assertEquals(Arrays.asList(1, 2, 1), counts(views.listWithCounts()), "the count follows the queue");
            f.as(ReviewFixture.HEAD);
            assertEquals(Arrays.asList(0, 2, 1), counts(views.listWithCounts()), "mine only means the signed-in user");
            f.as(ReviewFixture.REVIEWER);

            DomainException dup = assertThrows(DomainException.class,
                    () -> views.create("超期", new ReviewQueueFilter("", false, false)));
            assertEquals("view.name.duplicate", dup.messageKey());
            assertEquals("view.name.blank", assertThrows(DomainException.class,
                    () -> views.create("  ", ReviewQueueFilter.NONE)).messageKey());
            assertEquals(3, views.list().size(), "nothing half-saved");

            ReviewQueueView renamed = views.rename(mine.id(), mine.version(), "王审查的");
            assertEquals("王审查的", views.get(mine.id()).name());
            assertEquals(mine.filter(), renamed.filter(), "a rename keeps the filters");
            assertThrows(ConcurrentChangeException.class, () -> views.rename(mine.id(), mine.version(), "又改名"));
            assertEquals("view.name.duplicate", assertThrows(DomainException.class,
                    () -> views.rename(mine.id(), renamed.version(), "清丰县")).messageKey());

            views.delete(renamed.id());
            assertEquals(List.of("清丰县", "超期"), names(views.listWithCounts()));
            assertThrows(NotFoundException.class, () -> views.get(renamed.id()));

            List<String> audited = f.workspace.audit().history("saved_view", mine.id()).stream()
                    .map(AuditEntry::action).toList();
            assertEquals(List.of("review.view.create", "review.view.rename", "review.view.delete"), audited);
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_register_and_the_queue_keep_their_own_views(DatabaseKind kind) {
        try (ReviewFixture f = new ReviewFixture(TestDatabases.fresh(kind, tempDir), tempDir)) {
            f.workspace.views().create("超期", ViewFilter.of(DocumentQuery.all()));
            ReviewQueueView queueView = f.workspace.reviewViews().create("超期", new ReviewQueueFilter("", true, false));
            assertEquals(List.of("超期"), f.workspace.views().list().stream().map(v -> v.name()).toList());
            assertEquals(List.of("超期"), f.workspace.reviewViews().list().stream().map(ReviewQueueView::name).toList());
            assertThrows(NotFoundException.class, () -> f.workspace.views().get(queueView.id()),
                    "the register does not see the queue's views");
            assertThrows(NotFoundException.class, () -> f.workspace.views().delete(queueView.id()));
            assertEquals(1, f.workspace.reviewViews().list().size());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_view_from_a_newer_version_is_listed_but_refused(DatabaseKind kind) {
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        try (ReviewFixture f = new ReviewFixture(config, tempDir)) {
            f.workspace.reviewViews().create("超期", new ReviewQueueFilter("", true, false));
            try (Database db = Database.open(config)) {
                new SavedViewStore(db, SavedViewStore.REVIEW_QUEUE).insert("将来的视图",
                        "{\"v\":2,\"overdueOnly\":true,\"state\":[\"X\"]}", 2, "someone", Instant.now());
            }
            ReviewViewService views = f.workspace.reviewViews();
            List<ReviewViewService.ViewCount> listed = views.listWithCounts();
            assertEquals(List.of("将来的视图", "超期"), names(listed));
            assertNull(listed.get(0).count(), "not counted: this version does not know its filters");
            assertFalse(listed.get(0).view().readable());
            assertTrue(listed.get(1).view().readable());
            assertEquals(1, listed.get(1).count());
            DomainException refused = assertThrows(DomainException.class,
                    () -> views.filterOf(listed.get(0).view().id()));
            assertEquals("view.definition.newer", refused.messageKey());
        }
    }
}
