package org.normdesk.service.cleanup;

import org.normdesk.domain.account.Role;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignItem;
import org.normdesk.domain.cleanup.CampaignState;
import org.normdesk.domain.cleanup.CampaignTrigger;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.StatusChange;
import org.normdesk.service.JobLocks;
import org.normdesk.service.Progress;
import org.normdesk.service.register.RegisterService;
import org.normdesk.store.CampaignStore;
import org.normdesk.store.Database;
import org.normdesk.store.DocumentStore;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Cleanup campaigns (清理): a scope of documents, one decision each (a proposal until finalized), and the
 * finalize step that applies every decision to the register in one transaction and freezes the campaign.
 */
public final class CampaignService {
    private final Database db;
    private final CampaignStore campaigns;
    private final DocumentStore documents;
    private final RegisterService register;
    private final Clock clock;
    private final Supplier<String> currentUser;
    private final AuditService audit;
    private final JobLocks locks;

    /** Whose roles the protected operations check. */
    private final CurrentUser access;

    public CampaignService(Database db, RegisterService register, Clock clock, Supplier<String> currentUser) {
        this.access = CurrentUser.of(currentUser);
        this.db = db;
        this.campaigns = new CampaignStore(db);
        this.documents = new DocumentStore(db);
        this.register = register;
        this.clock = clock;
        this.currentUser = currentUser;
        this.audit = new AuditService(db, clock, currentUser);
        this.locks = new JobLocks(db, clock, currentUser);
    }

    public Campaign create(String name, String legalBasis, CampaignTrigger trigger, LocalDate deadline) {
        access.require(Role.REVIEWER, "create a campaign");
        return db.transaction(() -> {
            Campaign draft = new Campaign(null, name, legalBasis, trigger, deadline, CampaignState.OPEN, null, null, null, 0);
            if (campaigns.findByName(draft.name()).isPresent()) {
                throw new DomainException("campaign.name.duplicate", "A campaign named " + draft.name() + " exists",
                        draft.name());
            }
            Campaign created = campaigns.insert(draft, clock.instant());
            audit.record("campaign.create", "campaign", created.id(), null, created);
            return created;
        });
    }

    public List<Campaign> all() {
        return campaigns.all();
    }

    public Campaign get(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("campaign", id));
    }

    /** Adds documents to the scope; returns how many were new to it. */
    public int addToScope(long campaignId, Collection<Long> documentIds) {
        access.require(Role.REVIEWER, "change a campaign's scope");
        return db.transaction(() -> {
            requireOpen(get(campaignId));
            int added = campaigns.addItems(campaignId, documentIds);
            audit.record("campaign.scope", "campaign", campaignId, null, Map.of("added", added, "documents", documentIds));
            return added;
        });
    }

    /** Adds every document a register query finds (a saved view, or issuers/years/types/status). */
    public int addToScope(long campaignId, DocumentQuery scope) {
        access.require(Role.REVIEWER, "change a campaign's scope");
        return addToScope(campaignId, register.search(new DocumentQuery(scope.text(), scope.statuses(), scope.types(),
                scope.year(), scope.issuerId(), Integer.MAX_VALUE)).stream().map(DocumentSummary::id).toList());
    }

    /** A document found during the campaign that was never registered: added to the register and the scope. */
    public NormativeDocument addFoundDocument(long campaignId, DocumentInput input) {
        access.require(Role.REVIEWER, "add a found document");
        return db.transaction(() -> {
            requireOpen(get(campaignId));
            NormativeDocument added = register.add(input);
            campaigns.addItems(campaignId, List.of(added.id()));
            return added;
        });
    }

    public List<CampaignItem> items(long campaignId) {
        return campaigns.items(campaignId);
    }

    /**
     * The same decision for a selection of documents; a proposal until the campaign is finalized.
     *
     * @return what the selection held before, for {@link #undo}
     */
    public DecisionUndo decide(long campaignId, Collection<Long> documentIds, Disposition decision, String reason,
                               Long basisDocumentId) {
        access.require(Role.REVIEWER, "decide on documents");
        return db.transaction(() -> {
            requireOpen(get(campaignId));
            if (decision != null && (reason == null || reason.isBlank())) {
                throw new DomainException("campaign.decision.noReason", "A cleanup decision needs a reason");
            }
            if (basisDocumentId != null) {
                register.get(basisDocumentId);
            }
            List<CampaignItem> before = items(campaignId).stream().filter(i -> documentIds.contains(i.documentId())).toList();
            if (before.size() != documentIds.size()) {
                throw new DomainException("campaign.item.notInScope", "Some documents are not in this campaign");
            }
            campaigns.decide(campaignId, documentIds, decision, reason == null ? null : reason.strip(), basisDocumentId,
                    currentUser.get(), clock.instant());
            audit.record("campaign.decide", "campaign", campaignId, before, Map.of("documents", documentIds,
                    "decision", String.valueOf(decision), "reason", reason == null ? "" : reason.strip()));
            return new DecisionUndo(campaignId, before);
        });
    }

    /** Puts back the decisions a {@link #decide} call replaced. */
    public void undo(DecisionUndo undo) {
        access.require(Role.REVIEWER, "undo decisions");
        db.transaction(() -> {
            requireOpen(get(undo.campaignId()));
            for (CampaignItem item : undo.previous()) {
                campaigns.decide(undo.campaignId(), List.of(item.documentId()), item.decision(), item.reason(),
                        item.basisDocumentId(), currentUser.get(), clock.instant());
            }
            audit.record("campaign.undo", "campaign", undo.campaignId(), null, undo.previous());
        });
    }

    /** Decided / undecided per lead issuer, for the progress view. */
    public Map<String, int[]> progressByIssuer(long campaignId) {
        Map<String, int[]> progress = new TreeMap<>();
        for (CampaignItem item : items(campaignId)) {
            int[] counts = progress.computeIfAbsent(item.leadIssuer(), k -> new int[2]);
            counts[item.decided() ? 0 : 1]++;
        }
        return progress;
    }

    /** How many documents got each decision. */
    public Map<Disposition, Integer> totals(long campaignId) {
        Map<Disposition, Integer> totals = new EnumMap<>(Disposition.class);
        for (Disposition d : Disposition.values()) {
            totals.put(d, 0);
        }
        items(campaignId).stream().filter(CampaignItem::decided).forEach(i -> totals.merge(i.decision(), 1, Integer::sum));
        return totals;
    }

    /** The published catalogue for one decision: 序号, 文件名称, 文号, 制定机关, 清理结果, 说明. */
    public List<CampaignItem> catalogue(long campaignId, Disposition decision) {
        return items(campaignId).stream().filter(i -> i.decision() == decision).toList();
    }

    /**
     * Applies every decision to the register (status changes effective on the approval date, each pointing at
     * the campaign) and freezes the campaign — all in one transaction. Refused, with the documents listed, when
     * any is undecided, changed since it entered the scope, or cannot take its decision's status.
     */
    public Campaign finalizeCampaign(long campaignId, int version, String approvedBy, LocalDate approvedOn,
                                     String resultDocNumber, Progress progress) {
        access.require(Role.HEAD, "finalize a campaign");
        return locks.run("campaign.finalize:" + campaignId, () -> db.transaction(() -> {
            Campaign campaign = get(campaignId);
            if (campaign.state() == CampaignState.FINALIZED) {
                throw new DomainException("campaign.finalized", "The campaign " + campaign.name() + " is already finalized",
                        campaign.name());
            }
            if (approvedBy == null || approvedBy.isBlank() || approvedOn == null) {
                throw new DomainException("campaign.finalize.noApproval",
                        "Name the meeting that approved the result and its date");
            }
            List<CampaignItem> items = items(campaignId);
            if (items.isEmpty()) {
                throw new DomainException("campaign.finalize.empty", "The campaign has no documents");
            }
            refuse(items.stream().filter(i -> !i.decided()).toList(), "campaign.finalize.undecided");
            refuse(items.stream().filter(CampaignItem::changedSinceScoped).toList(), "campaign.finalize.changed");
            refuse(items.stream().filter(i -> i.decision().resultingStatus() != null
                    && !i.status().canMoveTo(i.decision().resultingStatus())).toList(), "campaign.finalize.illegal");
            Instant now = clock.instant();
            String actor = currentUser.get();
            int done = 0;
            for (CampaignItem item : items) {
                LifecycleStatus to = item.decision().resultingStatus();
                if (to != null) {
                    StatusChange change = documents.appendStatusChange(new StatusChange(null, item.documentId(),
                            item.status(), to, approvedOn, now, actor, item.reason(), item.basisDocumentId()));
                    documents.updateStatus(item.documentId(), item.documentVersionNow(), to, now);
                    campaigns.linkStatusChange(change.id(), campaignId);
                }
                progress.update(++done, items.size(), item.title());
            }
            campaigns.markFinalized(campaignId, version, approvedBy.strip(), approvedOn,
                    resultDocNumber == null || resultDocNumber.isBlank() ? null : resultDocNumber.strip(), actor, now);
            Campaign finalized = get(campaignId);
            audit.record("campaign.finalize", "campaign", campaignId, campaign, Map.of("campaign", finalized,
                    "totals", totals(campaignId)));
            return finalized;
        }));
    }

    private static void refuse(List<CampaignItem> offending, String key) {
        if (offending.isEmpty()) {
            return;
        }
        List<String> titles = new ArrayList<>();
        for (CampaignItem item : offending.subList(0, Math.min(10, offending.size()))) {
            titles.add("《" + item.title() + "》" + (item.docNumber() == null ? "" : item.docNumber()));
        }
        throw new CampaignItemsException(key, offending, String.join("、", titles));
    }

    private static void requireOpen(Campaign campaign) {
        if (campaign.state() != CampaignState.OPEN) {
            throw new DomainException("campaign.finalized", "The campaign " + campaign.name() + " is already finalized",
                    campaign.name());
        }
    }

    /** What a bulk decision replaced. */
    public record DecisionUndo(long campaignId, List<CampaignItem> previous) {
    }

    /** The documents that stop a campaign from being finalized, listed for the user. */
    public static final class CampaignItemsException extends DomainException {
        private final List<CampaignItem> items;

        CampaignItemsException(String key, List<CampaignItem> items, String firstTitles) {
            super(key, items.size() + " document(s): " + firstTitles, items.size(), firstTitles);
            this.items = List.copyOf(items);
        }

        public List<CampaignItem> items() {
            return items;
        }
    }

    /** For views that group the scope by decision. */
    public Map<Disposition, List<CampaignItem>> byDecision(long campaignId) {
        Map<Disposition, List<CampaignItem>> grouped = new LinkedHashMap<>();
        for (Disposition d : Disposition.values()) {
            grouped.put(d, catalogue(campaignId, d));
        }
        return grouped;
    }
}
