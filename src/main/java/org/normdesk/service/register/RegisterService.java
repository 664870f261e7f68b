package org.normdesk.service.register;

import org.normdesk.domain.account.Role;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.domain.document.DocumentField;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.DocumentValidationException;
import org.normdesk.domain.document.DuplicateDocumentException;
import org.normdesk.domain.document.FieldError;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.StatusChange;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.store.Database;
import org.normdesk.store.DocumentStore;
import org.normdesk.store.IssuerStore;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/** The register (台账): adding, editing and searching documents and moving them through their lifecycle. */
public final class RegisterService {
    /** System-written reasons are message keys (prefixed with @) so they show in the reader's language. */
    public static final String REASON_CREATED = "@reason.created";

    private final Database db;
    private final DocumentStore documents;
    private final IssuerStore issuers;
    private final Clock clock;
    private final Supplier<String> currentUser;
    private final AuditService audit;
    private volatile Consumer<List<Long>> changeListener = ids -> { };

    /** Whose roles the protected operations check. */
    private final CurrentUser access;

    public RegisterService(Database db, Clock clock, Supplier<String> currentUser) {
        this.access = CurrentUser.of(currentUser);
        this.db = db;
        this.documents = new DocumentStore(db);
        this.issuers = new IssuerStore(db);
        this.clock = clock;
        this.currentUser = currentUser;
        this.audit = new AuditService(db, clock, currentUser);
    }

    /**
     * Told the ids of documents this service added, edited or moved, once the transaction that did it has
     * committed (the search index uses it to stay current within the same call).
     */
    public void setChangeListener(Consumer<List<Long>> listener) {
        this.changeListener = listener == null ? ids -> { } : listener;
    }

    private void changed(long id) {
        db.afterCommit(() -> changeListener.accept(List.of(id)));
    }

    public List<Issuer> issuers() {
        return issuers.findAll();
    }

    public Issuer addIssuer(Issuer issuer) {
        access.require(Role.REGISTRAR, "add an issuer");
        return db.transaction(() -> {
            Issuer added = issuers.insert(issuer);
            audit.record("issuer.add", "issuer", added.id(), null, added);
            return added;
        });
    }

    /**
     * Adds many issuers at once (an import naming bodies the register does not know yet), each audited as
     * {@link #addIssuer} would; returns them with their ids, in order. Joins the caller's transaction.
     */
    public List<Issuer> addIssuers(List<Issuer> fresh) {
        access.require(Role.REGISTRAR, "add an issuer");
        if (fresh.isEmpty()) {
            return List.of();
        }
        return db.transaction(() -> {
            List<Issuer> added = issuers.insertAll(fresh);
            audit.recordAll(added.stream().map(i -> new AuditService.Change("issuer.add", "issuer", i.id(), null, i))
                    .toList());
            return added;
        });
    }

    public List<DocumentSummary> search(DocumentQuery query) {
        return documents.search(query);
    }

    /** Register rows of these documents, in that order; ids no longer in the register are left out. */
    public List<DocumentSummary> summaries(List<Long> ids) {
        return documents.summariesByIds(ids);
    }

    public int count(DocumentQuery query) {
        return documents.count(query);
    }

    public int count() {
        return documents.count();
    }

    public Map<LifecycleStatus, Integer> countByStatus() {
        return documents.countByStatus();
    }

    public NormativeDocument get(long id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException("document", id));
    }

    /** Oldest first. */
    public List<StatusChange> history(long id) {
        return documents.history(id);
    }

    /**
     * Adds a document and its first history entry in one transaction.
     *
     * @throws DocumentValidationException naming every wrong field, including a duplicate 文号
     */
    public NormativeDocument add(DocumentInput input) {
        access.require(Role.REGISTRAR, "add a document");
        return db.transaction(() -> {
            Instant now = clock.instant();
            NormativeDocument doc = input.toDocument(resolveIssuers(input), today(), null, 0, null, null);
            refuseDuplicateNumber(doc, null);
            NormativeDocument stored = documents.insert(doc, now);
            documents.appendStatusChange(new StatusChange(null, stored.id(), null, stored.status(), since(stored), now,
                    currentUser.get(), REASON_CREATED, null));
            audit.record("document.add", "document", stored.id(), null, stored);
            changed(stored.id());
            return stored;
        });
    }

    /**
     * Adds many checked documents at once (a ledger import): multi-row inserts, their first history entries, and one
     * audit entry naming how many and which ids — one statement per row would make a 20,000-row ledger take
     * minutes. Joins the caller's transaction. The caller has checked the rows for duplicates; the database's
     * unique 文号 per issuer still refuses one it missed, and then nothing is kept.
     *
     * @param reason the history entries' reason (a message key with @, or text)
     */
    public List<NormativeDocument> addAll(List<NormativeDocument> docs, String reason) {
        return addAll(docs, reason, count -> { });
    }

    /** {@link #addAll(List, String)}, telling {@code storedSoFar} how many documents are in (every 1,000). */
    public List<NormativeDocument> addAll(List<NormativeDocument> docs, String reason, IntConsumer storedSoFar) {
        if (docs.isEmpty()) {
            return List.of();
        }
        return db.transaction(() -> {
            Instant now = clock.instant();
            List<NormativeDocument> stored = documents.insertAll(docs, java.util.Collections.nCopies(docs.size(), now),
                    storedSoFar);
            List<StatusChange> first = new ArrayList<>(stored.size());
            for (NormativeDocument doc : stored) {
                first.add(new StatusChange(null, doc.id(), null, doc.status(), since(doc), now, currentUser.get(),
                        reason, null));
            }
            documents.appendStatusChanges(first);
            List<Long> ids = stored.stream().map(NormativeDocument::id).toList();
            audit.record("document.addAll", "document", null, null,
                    Map.of("count", ids.size(), "ids", idRanges(ids), "reason", reason));
            db.afterCommit(() -> changeListener.accept(ids));
            return stored;
        });
    }

    /** 5,6,7,9 → "5-7,9": an audit entry stays short for thousands of consecutive ids. */
    static String idRanges(List<Long> ids) {
        List<Long> sorted = ids.stream().sorted().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            out.append(out.isEmpty() ? "" : ",").append(sorted.get(i));
            if (j > i) {
                out.append('-').append(sorted.get(j));
            }
            i = j + 1;
        }
        return out.toString();
    }

    /**
     * Saves edited fields of a document read at {@code version}; the status is not changed here, only
     * through {@link #changeStatus}, so that every status change has its history entry.
     */
    public NormativeDocument update(long id, int version, DocumentInput input) {
        access.require(Role.REGISTRAR, "edit a document");
        return db.transaction(() -> {
            NormativeDocument current = get(id);
            NormativeDocument edited = input.toDocument(resolveIssuers(input), today(), id, version, current.status(),
                    current.registrationNo());
            refuseDuplicateNumber(edited, id);
            NormativeDocument saved = documents.update(edited, clock.instant());
            audit.record("document.update", "document", id, current, saved);
            changed(id);
            return saved;
        });
    }

    /**
     * Moves a document to {@code to}; an illegal move is refused and nothing changes.
     *
     * @param causedBy the amending / repealing document, if any
     */
    public NormativeDocument changeStatus(long id, int expectedVersion, LifecycleStatus to, LocalDate effectiveOn,
                                          String reason, Long causedBy) {
        access.require(Role.REGISTRAR, "change a document's status");
        return changeStatusAlreadyAuthorized(id, expectedVersion, to, effectiveOn, reason, causedBy);
    }

    /**
     * {@link #changeStatus} for the lifecycle rules, which check their own role: expiry (no role, a system job) and a
     * correction's corrective document linked by the 审查员.
     */
    NormativeDocument changeStatusAlreadyAuthorized(long id, int expectedVersion, LifecycleStatus to,
                                                    LocalDate effectiveOn, String reason, Long causedBy) {
        return db.transaction(() -> {
            NormativeDocument current = get(id);
            if (causedBy != null) {
                get(causedBy);
            }
            Instant now = clock.instant();
            StatusChange change = new StatusChange(null, id, current.status(), to,
                    effectiveOn == null ? today() : effectiveOn, now, currentUser.get(), reason, causedBy);
            documents.updateStatus(id, expectedVersion, to, now);
            StatusChange stored = documents.appendStatusChange(change);
            audit.record("document.status", "document", id, current.status(), stored);
            changed(id);
            return get(id);
        });
    }

    private List<Issuer> resolveIssuers(DocumentInput input) {
        Map<Long, Issuer> found = issuers.findAll(input.issuerIds());
        List<Issuer> ordered = new ArrayList<>();
        for (Long issuerId : input.issuerIds()) {
            Issuer issuer = found.get(issuerId);
            if (issuer == null) {
                throw new DocumentValidationException(List.of(new FieldError(DocumentField.ISSUERS,
                        new NotFoundException("issuer", issuerId))));
            }
            ordered.add(issuer);
        }
        return ordered;
    }

    private void refuseDuplicateNumber(NormativeDocument doc, Long ownId) {
        DocNumber number = doc.docNumber();
        if (number == null) {
            return;
        }
        documents.findByNumber(doc.leadIssuer().id(), number.normalized())
                .filter(existing -> ownId == null || existing.id() != ownId)
                .ifPresent(existing -> {
                    throw new DocumentValidationException(List.of(new FieldError(DocumentField.DOC_NUMBER,
                            new DuplicateDocumentException(number.normalized(), doc.leadIssuer().name(),
                                    existing.id(), existing.title()))));
                });
    }

    /**
     * The day a new document's first status holds from: its effective date; for a document not yet in force its
     * publication (or today), since it is 尚未施行 until the effective date, when the daily job records 现行有效.
     */
    private LocalDate since(NormativeDocument doc) {
        if (doc.status() == LifecycleStatus.NOT_YET_EFFECTIVE) {
            LocalDate from = firstNonNull(doc.publishedDate(), today());
            return doc.effectiveDate() != null && from.isAfter(doc.effectiveDate()) ? doc.effectiveDate() : from;
        }
        return firstNonNull(doc.effectiveDate(), doc.publishedDate(), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
