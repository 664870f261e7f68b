package org.normdesk.service.register;

import org.normdesk.domain.account.Role;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.JobLocks;
import org.normdesk.service.audit.AuditService;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.Relation;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.document.ValidityRules;
import org.normdesk.store.Database;
import org.normdesk.store.DocumentStore;
import org.normdesk.store.RelationStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The life of documents in force (立改废): amend / repeal / replace chains, automatic expiry at the end of
 * validity, and what was in force on a given day.
 */
public final class LifecycleService {
    public static final String REASON_VALIDITY_ENDED = "@reason.validityEnded";
    /** The reason of the entry that brings a 尚未施行 document into force on its effective date. */
    public static final String REASON_CAME_INTO_FORCE = "@reason.cameIntoForce";
    /** The job lock under which expiry runs: two workstations of a shared register never expire at once. */
    public static final String EXPIRY_JOB = "expiry";

    private final Database db;
    private final DocumentStore documents;
    private final RelationStore relations;
    private final RegisterService register;
    private final Clock clock;
    private final Supplier<ValidityRules> validityRules;
    private final Supplier<String> currentUser;
    private final AuditService audit;
    private final JobLocks jobs;

    /** Whose roles the protected operations check. */
    private final CurrentUser access;

    public LifecycleService(Database db, RegisterService register, Clock clock, ValidityRules validityRules,
                            Supplier<String> currentUser) {
        this(db, register, clock, () -> validityRules, currentUser);
    }

    /** @param validityRules read at each use: the register's settings, which an administrator may change */
    public LifecycleService(Database db, RegisterService register, Clock clock, Supplier<ValidityRules> validityRules,
                            Supplier<String> currentUser) {
        this.access = CurrentUser.of(currentUser);
        this.db = db;
        this.documents = new DocumentStore(db);
        this.relations = new RelationStore(db);
        this.register = register;
        this.clock = clock;
        this.validityRules = validityRules;
        this.currentUser = currentUser;
        this.audit = new AuditService(db, clock, currentUser);
        this.jobs = new JobLocks(db, clock, currentUser);
    }

    /**
     * Records that {@code fromId} amends / repeals / replaces / is based on {@code toId}, and moves the target's
     * status accordingly — in one transaction. A circular chain, a relation to itself, a repeal of a repealed
     * document are refused and change nothing.
     */
    public NormativeDocument relate(long fromId, RelationKind kind, long toId, LocalDate effectiveOn, String reason) {
        access.require(Role.REGISTRAR, "relate documents");
        return relateChecked(fromId, kind, toId, effectiveOn, reason);
    }

    /**
     * {@link #relate} for a service that has checked its own role: the review's correction follow-up, where the
     * 审查员 links the corrective document the filing unit issued.
     */
    public NormativeDocument relateAsCorrection(long fromId, RelationKind kind, long toId, LocalDate effectiveOn,
                                                String reason) {
        return relateChecked(fromId, kind, toId, effectiveOn, reason);
    }

    private NormativeDocument relateChecked(long fromId, RelationKind kind, long toId, LocalDate effectiveOn,
                                            String reason) {
        return db.transaction(() -> {
            if (fromId == toId) {
                throw new DomainException("relation.self", "A document cannot act on itself");
            }
            NormativeDocument from = register.get(fromId);
            NormativeDocument to = register.get(toId);
            if (relations.exists(fromId, kind, toId)) {
                throw new DomainException("relation.duplicate", "Already recorded", from.title(), kind, to.title());
            }
            if (kind != RelationKind.BASED_ON && reaches(toId, fromId)) {
                throw new DomainException("relation.circular", "《" + to.title() + "》 already acts on 《" + from.title()
                        + "》 through a chain; this would make it circular", to.title(), from.title());
            }
            LocalDate on = effectiveOn != null ? effectiveOn
                    : from.effectiveDate() != null ? from.effectiveDate() : LocalDate.now(clock);
            relations.insert(fromId, kind, toId, on, currentUser.get(), clock.instant());
            audit.record("document.relate", "document", toId, null,
                    Map.of("from", fromId, "kind", kind.name(), "to", toId, "effectiveOn", on.toString()));
            if (kind.targetStatus() == null) {
                return to;
            }
            String why = reason == null || reason.isBlank() ? "@reason." + kind.name().toLowerCase() : reason;
            return register.changeStatusAlreadyAuthorized(toId, to.version(), kind.targetStatus(), on, why, fromId);
        });
    }

    /** Both directions: what this document acts on, and what acts on it. */
    public List<Relation> relations(long documentId) {
        return relations.of(documentId);
    }

    /** What one daily run changed: documents that came into force, and documents that expired. */
    public record DailyRun(List<NormativeDocument> enteredForce, List<NormativeDocument> expired) {
        public DailyRun {
            enteredForce = List.copyOf(enteredForce);
            expired = List.copyOf(expired);
        }

        public boolean isEmpty() {
            return enteredForce.isEmpty() && expired.isEmpty();
        }
    }

    /**
     * The daily lifecycle job: every 尚未施行 document whose effective date has come becomes 现行有效 (history entry
     * effective on that date), then every document whose validity ended before today becomes 已失效, with a
     * history entry saying why. Running it again changes nothing more. Runs under the {@link #EXPIRY_JOB} lock,
     * so another workstation doing the same at the same moment is refused ({@code job.locked}) instead of
     * colliding.
     */
    public DailyRun applyDue() {
        // no role: the job applies the dates recorded at registration, on start-up before anyone signs in
        return jobs.run(EXPIRY_JOB, () -> db.transaction(() -> {
            LocalDate today = LocalDate.now(clock);
            List<NormativeDocument> entered = new ArrayList<>();
            for (NormativeDocument doc : documents.pendingEffectiveBy(today)) {
                entered.add(register.changeStatusAlreadyAuthorized(doc.id(), doc.version(), LifecycleStatus.VALID,
                        doc.effectiveDate(), REASON_CAME_INTO_FORCE, null));
            }
            List<NormativeDocument> expired = new ArrayList<>();
            for (NormativeDocument doc : documents.validityEndedBefore(today)) {
                expired.add(register.changeStatusAlreadyAuthorized(doc.id(), doc.version(), LifecycleStatus.EXPIRED,
                        doc.validUntil().plusDays(1), REASON_VALIDITY_ENDED, null));
            }
            return new DailyRun(entered, expired);
        }));
    }

    /**
     * {@link #applyDue()}, answering with the documents that expired (those that came into force are changed too).
     *
     * @return the documents that expired now
     */
    public List<NormativeDocument> expireDue() {
        return applyDue().expired();
    }

    /** 尚未施行 documents whose effective date has come: what {@link #applyDue()} brings into force today. */
    public List<NormativeDocument> dueToEnterForce() {
        return documents.pendingEffectiveBy(LocalDate.now(clock));
    }

    /** What {@link #expireDue()} would change today, without changing anything. */
    public List<NormativeDocument> dueForExpiry() {
        return documents.validityEndedBefore(LocalDate.now(clock));
    }

    /** Documents in force whose validity ends within {@code months} months from today. */
    public List<DocumentSummary> expiringWithin(int months) {
        LocalDate today = LocalDate.now(clock);
        return documents.validityEndingBetween(today, today.plusMonths(months));
    }

    /** 评估: documents in force whose validity ends within the evaluation window (the earliest reminder, 6 months). */
    public List<DocumentSummary> evaluationDue() {
        return expiringWithin(validityRules.get().evaluationWindowMonths());
    }

    /** What was in force on {@code day}, for the whole register or one issuer. */
    public List<DocumentSummary> inForceOn(LocalDate day, Long issuerId) {
        return documents.inForceOn(day, issuerId, Integer.MAX_VALUE);
    }

    /** The rules that compute a validity end nobody entered. */
    public ValidityRules validityRules() {
        return validityRules.get();
    }

    /** The validity end the rules give, for a form's "calculate" button. */
    public Optional<LocalDate> suggestValidUntil(String title, String text, LocalDate effective) {
        return validityRules.get().validUntil(title, text, effective);
    }

    /** True if {@code start} acts, directly or through a chain, on {@code target}. */
    private boolean reaches(long start, long target) {
        Deque<Long> open = new ArrayDeque<>(List.of(start));
        Set<Long> seen = new HashSet<>();
        while (!open.isEmpty()) {
            long current = open.pop();
            if (current == target) {
                return true;
            }
            if (seen.add(current)) {
                open.addAll(relations.actedOnBy(current));
            }
        }
        return false;
    }
}
