package org.normdesk.service.search;

import org.normdesk.service.account.CurrentUser;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.normdesk.domain.common.DateRange;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.domain.common.RelativePeriod;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.audit.AuditService;
import org.normdesk.store.Database;
import org.normdesk.store.SavedViewStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Saved views (保存的筛选): create, read, rename, redefine and delete named filter sets, each with a live count
 * from the search index. A definition is stored as versioned JSON: a NormDesk that finds a newer shape than it
 * knows refuses to guess.
 */
public final class SavedViewService {
    /** The shape of the JSON this version writes. */
    public static final int DEFINITION_VERSION = 1;
    private static final int MAX_NAME = 200;

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    private final Database db;
    private final SavedViewStore store;
    private final Supplier<SearchService> search;
    private final Clock clock;
    private final Supplier<String> currentUser;
    private final AuditService audit;

    /** @param search the search service, asked for only when a count or rows are needed */
    /** Whose roles the protected operations check. */
    private final CurrentUser access;

    public SavedViewService(Database db, Supplier<SearchService> search, Clock clock, Supplier<String> currentUser) {
        this.access = CurrentUser.of(currentUser);
        this.db = db;
        this.store = new SavedViewStore(db);
        this.search = search;
        this.clock = clock;
        this.currentUser = currentUser;
        this.audit = new AuditService(db, clock, currentUser);
    }

    /** A view with the number of documents it shows right now. */
    public record ViewCount(SavedView view, int count) {
    }

    /** All views by name. */
    public List<SavedView> list() {
        return store.findAll().stream().map(SavedViewService::toView).toList();
    }

    /** All views by name, each with its live count. */
    public List<ViewCount> listWithCounts() {
        return list().stream().map(v -> new ViewCount(v, count(v))).toList();
    }

    public SavedView get(long id) {
        return store.find(id).map(SavedViewService::toView).orElseThrow(() -> new NotFoundException("saved view", id));
    }

    public SavedView byName(String name) {
        String wanted = name == null ? "" : name.strip();
        return store.findByName(wanted).map(SavedViewService::toView)
                .orElseThrow(() -> new NotFoundException("saved view", wanted));
    }

    /** @throws DomainException for a blank or taken name */
    public SavedView create(String name, ViewFilter filter) {
        access.requireAnyone("save a view");
        String checked = checkName(name, null);
        return db.transaction(() -> {
            SavedViewStore.Row row = store.insert(checked, write(filter), DEFINITION_VERSION, currentUser.get(),
                    clock.instant());
            audit.record("view.create", "saved_view", row.id(), null, Map.of("name", row.name(),
                    "definition", row.definition()));
            return toView(row);
        });
    }

    /** Renames and/or redefines a view read at {@code version}. */
    public SavedView update(long id, int version, String name, ViewFilter filter) {
        access.requireAnyone("change a view");
        String checked = checkName(name, id);
        return db.transaction(() -> {
            SavedViewStore.Row before = store.find(id).orElseThrow(() -> new NotFoundException("saved view", id));
            SavedViewStore.Row after = store.update(id, version, checked, write(filter), DEFINITION_VERSION,
                    clock.instant());
            audit.record("view.update", "saved_view", id, Map.of("name", before.name(), "definition",
                    before.definition()), Map.of("name", after.name(), "definition", after.definition()));
            return toView(after);
        });
    }

    public void delete(long id) {
        access.requireAnyone("delete a view");
        db.transaction(() -> {
            SavedViewStore.Row before = store.find(id).orElseThrow(() -> new NotFoundException("saved view", id));
            store.delete(id);
            audit.record("view.delete", "saved_view", id, Map.of("name", before.name(), "definition",
                    before.definition()), null);
        });
    }

    /** The view's filters as they apply today. */
    public DocumentQuery query(SavedView view) {
        return view.filter().on(LocalDate.now(clock));
    }

    /** How many documents the view shows now. */
    public int count(SavedView view) {
        return search.get().count(query(view));
    }

    /** A page of the view, with facets. */
    public SearchResult open(SavedView view, int offset, int limit) {
        return search.get().search(query(view).page(offset, limit));
    }

    private String checkName(String name, Long ownId) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new DomainException("view.name.blank", "The view needs a name");
        }
        if (stripped.length() > MAX_NAME) {
            throw new DomainException("view.name.tooLong", "The name is longer than " + MAX_NAME + " characters", MAX_NAME);
        }
        store.findByName(stripped).filter(existing -> ownId == null || existing.id() != ownId).ifPresent(existing -> {
            throw new DomainException("view.name.duplicate", "A view named " + stripped + " exists", stripped);
        });
        return stripped;
    }

    // --- the stored shape, version 1 -----------------------------------------------------------------------

    /** Version 1 of the stored JSON; new optional fields may be added without a new version. */
    record Definition(int v, String text, Set<LifecycleStatus> statuses, Set<DocumentType> types, Integer year,
                      Long issuerId, Set<OrgLevel> issuerLevels, Set<Long> leadIssuerIds, Set<String> subjectAreas,
                      LocalDate validUntilFrom, LocalDate validUntilTo, RelativePeriod validUntilPeriod,
                      LocalDate statusChangedFrom, LocalDate statusChangedTo, RelativePeriod statusChangedPeriod) {
    }

    static String write(ViewFilter filter) {
        DocumentQuery q = filter.query();
        DateRange until = q.validUntil();
        DateRange changed = q.statusChanged();
        Definition d = new Definition(DEFINITION_VERSION, q.text(), q.statuses(), q.types(), q.year(), q.issuerId(),
                q.issuerLevels(), q.leadIssuerIds(), q.subjectAreas(), until == null ? null : until.from(),
                until == null ? null : until.to(), filter.validUntilPeriod(), changed == null ? null : changed.from(),
                changed == null ? null : changed.to(), filter.statusChangedPeriod());
        try {
            return JSON.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ViewFilter read(String json, int definitionVersion, String viewName) {
        if (definitionVersion > DEFINITION_VERSION) {
            throw new DomainException("view.definition.newer", "The view " + viewName
                    + " was saved by a newer NormDesk", viewName);
        }
        Definition d;
        try {
            d = JSON.readValue(json, Definition.class);
        } catch (JsonProcessingException e) {
            throw new DomainException("view.definition.unreadable", "The view " + viewName + " cannot be read",
                    viewName);
        }
        DocumentQuery q = new DocumentQuery(d.text(), d.statuses(), d.types(), d.year(), d.issuerId(),
                DocumentQuery.DEFAULT_LIMIT, d.issuerLevels(), d.leadIssuerIds(), d.subjectAreas(),
                range(d.validUntilFrom(), d.validUntilTo()), range(d.statusChangedFrom(), d.statusChangedTo()), 0);
        return new ViewFilter(q, d.validUntilPeriod(), d.statusChangedPeriod());
    }

    private static DateRange range(LocalDate from, LocalDate to) {
        return from == null && to == null ? null : new DateRange(from, to);
    }

    private static SavedView toView(SavedViewStore.Row r) {
        return new SavedView(r.id(), r.name(), read(r.definition(), r.definitionVersion(), r.name()), r.createdBy(),
                r.createdAt(), r.updatedAt(), r.version());
    }
}
