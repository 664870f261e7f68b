package org.normdesk.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.normdesk.domain.audit.AuditEntry;
import org.normdesk.domain.audit.ChainCheck;
import org.normdesk.store.AuditStore;
import org.normdesk.store.Database;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The audit trail (审计日志): every service write records who, when, what, before and after — inside the
 * transaction of the change, so a change and its entry are kept or lost together.
 */
public final class AuditService {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    /** Keeps one entry readable and within its column; larger states are summarised by the caller. */
    private static final int MAX_JSON = 19_000;

    private final Database db;
    private final AuditStore store;
    private final Clock clock;
    private final Supplier<String> currentUser;

    public AuditService(Database db, Clock clock, Supplier<String> currentUser) {
        this.db = db;
        this.store = new AuditStore(db);
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /**
     * Appends an entry; call it inside the transaction that makes the change.
     *
     * @param action e.g. {@code document.status}
     * @param entity e.g. {@code document}
     */
    public void record(String action, String entity, Long entityId, Object before, Object after) {
        db.transaction(() -> store.append(clock.instant(), currentUser.get(), action, entity, entityId, json(before),
                json(after)));
    }

    /** One change for {@link #recordAll}. */
    public record Change(String action, String entity, Long entityId, Object before, Object after) {
    }

    /**
     * Appends one entry per change, in order, as {@link #record} would one by one, but with the chain computed in
     * memory and the entries written together (an import of thousands of rows). Call inside the change's transaction.
     */
    public void recordAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        String actor = currentUser.get();
        List<AuditStore.NewEntry> entries = changes.stream().map(c -> new AuditStore.NewEntry(actor, c.action(),
                c.entity(), c.entityId(), json(c.before()), json(c.after()))).toList();
        db.transaction(() -> store.appendAll(clock.instant(), entries));
    }

    /** As {@link #record}, naming {@code actor} instead of the current user (a sign-in attempt, before anyone is in). */
    public void recordAs(String actor, String action, String entity, Long entityId, Object before, Object after) {
        db.transaction(() -> store.append(clock.instant(), actor, action, entity, entityId, json(before), json(after)));
    }

    /** Oldest first: the history tab of one record. */
    public List<AuditEntry> history(String entity, long entityId) {
        return store.forEntity(entity, entityId);
    }

    /** Recomputes the whole chain; reports the first broken entry. */
    public ChainCheck verify() {
        return store.verify();
    }

    /** Writes the trail with its chain head to {@code file} (see {@link AuditExport}); returns what was written. */
    public ChainCheck export(java.nio.file.Path file) {
        return AuditExport.write(store, file);
    }

    /** Checks an exported file on its own, without this register. */
    public static ChainCheck verifyExport(java.nio.file.Path file) {
        return AuditExport.verify(file);
    }

    public long count() {
        return store.count();
    }

    static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            String text = JSON.writeValueAsString(value);
            return text.length() <= MAX_JSON ? text : text.substring(0, MAX_JSON) + "…";
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
