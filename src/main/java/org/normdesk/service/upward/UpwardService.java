package org.normdesk.service.upward;

import org.normdesk.domain.account.Role;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.domain.calendar.DeadlineRule;
import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.DeadlineKind;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.domain.upward.UpwardState;
import org.normdesk.domain.account.Role;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.service.calendar.CalendarService;
import org.normdesk.service.register.RegisterService;
import org.normdesk.service.settings.SettingsService;
import org.normdesk.store.Database;
import org.normdesk.store.UpwardStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Upward filing (向上报备): the unit's own government's rules and normative documents, filed on time with every
 * body the routing rules name; sending, receipts, returns, and the year's upward counts.
 */
public final class UpwardService {
    private final Database db;
    private final UpwardStore store;
    private final RegisterService register;
    private final CalendarService calendar;
    private final SettingsService settings;
    private final Clock clock;
    private final AuditService audit;

    /** Whose roles the protected operations check. */
    private final CurrentUser access;

    public UpwardService(Database db, RegisterService register, CalendarService calendar, SettingsService settings,
                         Clock clock, Supplier<String> currentUser) {
        this.access = CurrentUser.of(currentUser);
        this.db = db;
        this.store = new UpwardStore(db);
        this.register = register;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
        this.audit = new AuditService(db, clock, currentUser);
    }

    /** Creates the destinations the routing rules give for this own document (idempotent). */
    public List<UpwardFiling> propose(long documentId) {
        access.require(Role.REGISTRAR, "propose upward filings");
        return db.transaction(() -> {
            NormativeDocument doc = ownDocument(documentId);
            Set<String> existing = store.forDocument(documentId).stream().map(UpwardFiling::destination)
                    .collect(Collectors.toSet());
            for (String destination : routes(doc)) {
                if (!existing.contains(destination)) {
                    store.insert(documentId, destination, due(doc), clock.instant());
                }
            }
            List<UpwardFiling> filings = store.forDocument(documentId);
            audit.record("upward.propose", "document", documentId, null, filings);
            return filings;
        });
    }

    /**
     * Registers a new document of the unit's own government and proposes its destinations, all or nothing: a
     * document of another body, or one without a publication date, is refused and not kept in the register.
     */
    public List<UpwardFiling> registerOwn(DocumentInput input) {
        access.require(Role.REGISTRAR, "register an own document");
        return db.transaction(() -> {
            NormativeDocument doc = register.add(input);
            requireOwn(doc);
            return propose(doc.id());
        });
    }

    /** The destinations the routing rules allow for this own document (some may already be proposed). */
    public List<String> allowedDestinations(long documentId) {
        return routes(ownDocument(documentId));
    }

    /**
     * The unit's own government's documents in the register that have no upward destination yet: issued, and
     * counted as not filed until destinations are proposed and sent.
     */
    public List<DocumentSummary> ownWithoutDestinations() {
        Set<Long> own = settings.unit().ownIssuerIds();
        if (own.isEmpty()) {
            return List.of();
        }
        Set<Long> proposed = store.all().stream().map(UpwardFiling::documentId).collect(Collectors.toSet());
        return register.search(new DocumentQuery(null, Set.of(), Set.of(), null, null, DocumentQuery.DEFAULT_LIMIT,
                        Set.of(), own, Set.of(), null, null, 0)).stream()
                .filter(d -> !proposed.contains(d.id())).toList();
    }

    /** Adds one destination the routing rules allow for this document. */
    public List<UpwardFiling> addDestination(long documentId, String destination) {
        access.require(Role.REGISTRAR, "add an upward destination");
        return db.transaction(() -> {
            NormativeDocument doc = ownDocument(documentId);
            if (!routes(doc).contains(destination)) {
                throw new DomainException("upward.destination.notAllowed", destination + " is not a destination for "
                        + doc.type() + " of a " + doc.leadIssuer().level() + " body", destination, doc.type(),
                        doc.leadIssuer().level());
            }
            if (store.forDocument(documentId).stream().noneMatch(f -> f.destination().equals(destination))) {
                store.insert(documentId, destination, due(doc), clock.instant());
                audit.record("upward.add", "document", documentId, null, destination);
            }
            return store.forDocument(documentId);
        });
    }

    public List<UpwardFiling> forDocument(long documentId) {
        return store.forDocument(documentId);
    }

    /**
     * 已报送: refused when the sent date is before publication or in the future, or a required material is
     * missing; nothing is saved then.
     */
    public UpwardFiling markSent(long upwardId, int version, String sentOn, FilingChannel how, Set<MaterialKind> present) {
        access.require(Role.REGISTRAR, "send an upward filing");
        return db.transaction(() -> {
            UpwardFiling filing = get(upwardId);
            requireMove(filing, UpwardState.SENT);
            LocalDate sent = DateParser.parseDay(sentOn);
            if (filing.publishedDate() != null && sent.isBefore(filing.publishedDate())) {
                throw new DomainException("upward.sent.beforePublished", "Sent on " + sent + ", before publication on "
                        + filing.publishedDate(), sent, filing.publishedDate());
            }
            if (sent.isAfter(LocalDate.now(clock))) {
                throw new DomainException("upward.sent.future", "Sent on " + sent + " is in the future", sent);
            }
            Set<MaterialKind> missing = EnumSet.noneOf(MaterialKind.class);
            missing.addAll(settings.unit().requiredMaterials());
            missing.removeAll(present);
            if (!missing.isEmpty()) {
                throw new DomainException("upward.materials.missing", "Required materials are missing: " + missing,
                        List.copyOf(missing));
            }
            store.setMaterials(upwardId, present);
            store.update(withVersion(filing, version), UpwardState.SENT, sent, how, null, null);
            return audited("upward.sent", filing);
        });
    }

    /** 回执: the destination acknowledged (filed) it. */
    public UpwardFiling acknowledge(long upwardId, int version, String on, String feedback) {
        access.require(Role.REGISTRAR, "record feedback");
        return db.transaction(() -> {
            UpwardFiling filing = get(upwardId);
            requireMove(filing, UpwardState.ACKNOWLEDGED);
            LocalDate day = DateParser.parseDay(on);
            if (day.isBefore(filing.sentOn())) {
                throw new DomainException("upward.ack.beforeSent", "Acknowledged " + day + " before it was sent on "
                        + filing.sentOn(), day, filing.sentOn());
            }
            store.update(withVersion(filing, version), UpwardState.ACKNOWLEDGED, filing.sentOn(), filing.sentHow(), day,
                    feedback);
            return audited("upward.acknowledged", filing);
        });
    }

    /** The destination returned it for correction. */
    public UpwardFiling returned(long upwardId, int version, String feedback) {
        access.require(Role.REGISTRAR, "record a return");
        return db.transaction(() -> {
            UpwardFiling filing = get(upwardId);
            requireMove(filing, UpwardState.RETURNED);
            store.update(withVersion(filing, version), UpwardState.RETURNED, filing.sentOn(), filing.sentHow(), null,
                    feedback);
            return audited("upward.returned", filing);
        });
    }

    /** Sent again after correction; the first sending date stays, for the on-time judgement. */
    public UpwardFiling resend(long upwardId, int version) {
        access.require(Role.REGISTRAR, "resend an upward filing");
        return db.transaction(() -> {
            UpwardFiling filing = get(upwardId);
            requireMove(filing, UpwardState.RESENT);
            store.update(withVersion(filing, version), UpwardState.RESENT, filing.sentOn(), filing.sentHow(), null,
                    filing.feedback());
            return audited("upward.resent", filing);
        });
    }

    /** Every upward filing, soonest due first. */
    public List<UpwardFiling> all() {
        return store.all();
    }

    /** Not sent yet and due within {@code days} days (or overdue). */
    public List<UpwardFiling> due(int days) {
        return store.unsentDueBy(LocalDate.now(clock).plusDays(days));
    }

    /** The year's upward counts: documents, and per destination. */
    public UpwardTally tally(int year) {
        List<UpwardFiling> all = store.ofDocumentsPublishedIn(year);
        Map<Long, List<UpwardFiling>> byDocument = all.stream()
                .collect(Collectors.groupingBy(UpwardFiling::documentId, TreeMap::new, Collectors.toList()));
        // an own document nobody proposed destinations for is issued and not filed, not missing from the count
        for (long id : store.documentsOfIssuersPublishedIn(settings.unit().ownIssuerIds(), year)) {
            byDocument.putIfAbsent(id, List.of());
        }
        List<Long> issued = List.copyOf(byDocument.keySet());
        List<Long> filed = issued.stream().filter(id -> !byDocument.get(id).isEmpty()
                && byDocument.get(id).stream().allMatch(f -> f.state().sent())).toList();
        List<Long> onTime = filed.stream().filter(id -> byDocument.get(id).stream().allMatch(UpwardFiling::onTime)).toList();
        Map<String, UpwardTally.Destination> destinations = new LinkedHashMap<>();
        all.stream().map(UpwardFiling::destination).distinct().sorted().forEach(destination -> {
            List<UpwardFiling> rows = all.stream().filter(f -> f.destination().equals(destination)).toList();
            destinations.put(destination, new UpwardTally.Destination(destination,
                    ids(rows), ids(rows.stream().filter(f -> f.state().sent()).toList()),
                    ids(rows.stream().filter(UpwardFiling::onTime).toList())));
        });
        return new UpwardTally(year, issued, filed, onTime, destinations);
    }

    private static List<Long> ids(List<UpwardFiling> rows) {
        return rows.stream().map(UpwardFiling::documentId).toList();
    }

    private UpwardFiling audited(String action, UpwardFiling before) {
        UpwardFiling after = get(before.id());
        audit.record(action, "upward", before.id(), before, after);
        return after;
    }

    private NormativeDocument ownDocument(long documentId) {
        NormativeDocument doc = register.get(documentId);
        requireOwn(doc);
        return doc;
    }

    /** Refuses a document that is not the unit's own government's: those are filed here, not upward. */
    void requireOwn(NormativeDocument doc) {
        if (!settings.unit().ownIssuerIds().contains(doc.leadIssuer().id())) {
            throw new DomainException("upward.notOwn", "《" + doc.title() + "》 is not a document of this unit's own "
                    + "government; it is filed here, not upward", doc.title());
        }
    }

    private List<String> routes(NormativeDocument doc) {
        return store.routes(doc.type(), doc.leadIssuer().level());
    }

    private LocalDate due(NormativeDocument doc) {
        if (doc.publishedDate() == null) {
            throw new DomainException("upward.noPublished", "《" + doc.title() + "》 has no publication date to count from",
                    doc.title());
        }
        DeadlineRule rule = calendar.deadlineRules().get(DeadlineKind.FILING_DUE);
        return rule.dueDate(doc.publishedDate(), calendar.calendar());
    }

    /** One upward filing by its id. */
    public UpwardFiling get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("upward filing", id));
    }

    private static void requireMove(UpwardFiling filing, UpwardState to) {
        if (!filing.state().canMoveTo(to)) {
            throw new DomainException("upward.state.refused", "It is " + filing.state() + " and cannot become " + to,
                    filing.state(), to);
        }
    }

    private static UpwardFiling withVersion(UpwardFiling f, int version) {
        return new UpwardFiling(f.id(), f.documentId(), f.documentTitle(), f.docNumber(), f.publishedDate(),
                f.destination(), f.dueDate(), f.state(), f.sentOn(), f.sentHow(), f.acknowledgedOn(), f.feedback(),
                f.materialsPresent(), version);
    }
}
