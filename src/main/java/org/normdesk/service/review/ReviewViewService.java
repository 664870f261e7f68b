package org.normdesk.service.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.store.Database;
import org.normdesk.store.SavedViewStore;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saved views of the review queue (审查 section): the queue's filters under a name, listed with the number of
 * queue rows each gives now; renamed and deleted. Stored in the register's saved-view table under their own kind,
 * as versioned JSON: a NormDesk that finds a newer shape than it knows refuses to apply it.
 */
public final class ReviewViewService {
    /** The shape of the JSON this version writes. */
    public static final int DEFINITION_VERSION = 1;
    private static final int MAX_NAME = 200;
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Database db;
    private final SavedViewStore store;
    private final ReviewService reviews;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final AuditService audit;

    public ReviewViewService(Database db, ReviewService reviews, Clock clock, CurrentUser currentUser) {
        this.db = db;
        this.store = new SavedViewStore(db, SavedViewStore.REVIEW_QUEUE);
        this.reviews = reviews;
        this.clock = clock;
        this.currentUser = currentUser;
        this.audit = new AuditService(db, clock, currentUser);
    }

    /** A view with the number of queue rows it gives now; {@code count} is null for a view that cannot be read. */
    public record ViewCount(ReviewQueueView view, Integer count) {
    }

    /** All views by name. */
    public List<ReviewQueueView> list() {
        return store.findAll().stream().map(ReviewViewService::toView).toList();
    }

    /** All views by name, each counted against the queue as it is now (read once for all of them). */
    public List<ViewCount> listWithCounts() {
        List<ReviewQueueView> views = list();
        if (views.isEmpty()) {
            return List.of();
        }
        List<ReviewQueueRow> queue = reviews.queue();
        String me = currentUser.name();
        return views.stream().map(v -> new ViewCount(v, v.readable()
                ? (int) queue.stream().filter(r -> v.filter().matches(r, me)).count() : null)).toList();
    }

    /** How many queue rows the filter gives now, for the signed-in user. */
    public int count(ReviewQueueFilter filter) {
        String me = currentUser.name();
        return (int) reviews.queue().stream().filter(r -> filter.matches(r, me)).count();
    }

    public ReviewQueueView get(long id) {
        return store.find(id).map(ReviewViewService::toView)
                .orElseThrow(() -> new NotFoundException("saved view", id));
    }

    /**
     * The view's filters, to apply to the queue.
     *
     * @throws DomainException when the view was saved by a newer NormDesk
     */
    public ReviewQueueFilter filterOf(long id) {
        ReviewQueueView view = get(id);
        if (!view.readable()) {
            throw newer(view.name());
        }
        return view.filter();
    }

    /** @throws DomainException for a blank, over-long or taken name (among the queue's views) */
    public ReviewQueueView create(String name, ReviewQueueFilter filter) {
        currentUser.requireAnyone("save a view of the review queue");
        String checked = checkName(name, null);
        String definition = write(filter == null ? ReviewQueueFilter.NONE : filter);
        return db.transaction(() -> {
            SavedViewStore.Row row = store.insert(checked, definition, DEFINITION_VERSION, currentUser.name(),
                    clock.instant());
            audit.record("review.view.create", "saved_view", row.id(), null,
                    Map.of("name", row.name(), "definition", row.definition()));
            return toView(row);
        });
    }

    /** Renames a view read at {@code version}; its filters stay as they are. */
    public ReviewQueueView rename(long id, int version, String name) {
        currentUser.requireAnyone("rename a view of the review queue");
        String checked = checkName(name, id);
        return db.transaction(() -> {
            SavedViewStore.Row before = store.find(id).orElseThrow(() -> new NotFoundException("saved view", id));
            SavedViewStore.Row after = store.update(id, version, checked, before.definition(),
                    before.definitionVersion(), clock.instant());
            audit.record("review.view.rename", "saved_view", id, Map.of("name", before.name()),
                    Map.of("name", after.name()));
            return toView(after);
        });
    }

    public void delete(long id) {
        currentUser.requireAnyone("delete a view of the review queue");
        db.transaction(() -> {
            SavedViewStore.Row before = store.find(id).orElseThrow(() -> new NotFoundException("saved view", id));
            store.delete(id);
            audit.record("review.view.delete", "saved_view", id,
                    Map.of("name", before.name(), "definition", before.definition()), null);
        });
    }

    private String checkName(String name, Long ownId) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new DomainException("view.name.blank", "The view needs a name");
        }
        if (stripped.length() > MAX_NAME) {
            throw new DomainException("view.name.tooLong", "The name is longer than " + MAX_NAME + " characters",
                    MAX_NAME);
        }
        store.findByName(stripped).filter(existing -> ownId == null || existing.id() != ownId).ifPresent(existing -> {
            throw new DomainException("view.name.duplicate", "A view named " + stripped + " exists", stripped);
        });
        return stripped;
    }

    // --- the stored shape, version 1 -----------------------------------------------------------------------

    static String write(ReviewQueueFilter filter) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("v", DEFINITION_VERSION);
        if (!filter.text().isEmpty()) {
            d.put("text", filter.text());
        }
        d.put("overdueOnly", filter.overdueOnly());
        d.put("mineOnly", filter.mineOnly());
        try {
            return JSON.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Version 1 of the stored JSON; new optional fields may be added without a new version. */
    record Definition(int v, String text, boolean overdueOnly, boolean mineOnly) {
    }

    static ReviewQueueFilter read(String json, String viewName) {
        try {
            Definition d = JSON.readValue(json, Definition.class);
            return new ReviewQueueFilter(d.text(), d.overdueOnly(), d.mineOnly());
        } catch (JsonProcessingException e) {
            throw new DomainException("view.definition.unreadable", "The view " + viewName + " cannot be read",
                    viewName);
        }
    }

    private static DomainException newer(String viewName) {
        return new DomainException("view.definition.newer", "The view " + viewName + " was saved by a newer NormDesk",
                viewName);
    }

    private static ReviewQueueView toView(SavedViewStore.Row r) {
        ReviewQueueFilter filter = r.definitionVersion() > DEFINITION_VERSION ? null : read(r.definition(), r.name());
        return new ReviewQueueView(r.id(), r.name(), filter, r.definitionVersion(), r.createdBy(), r.updatedAt(),
                r.version());
    }
}
