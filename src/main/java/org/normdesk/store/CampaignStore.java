package org.normdesk.store;

import org.jooq.impl.DSL;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignItem;
import org.normdesk.domain.cleanup.CampaignState;
import org.normdesk.domain.cleanup.CampaignTrigger;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.common.ConcurrentChangeException;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.store.jooq.tables.records.CampaignRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.normdesk.store.jooq.Tables.CAMPAIGN;
import static org.normdesk.store.jooq.Tables.CAMPAIGN_ITEM;
import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.ISSUER;
import static org.normdesk.store.jooq.Tables.STATUS_CHANGE;

/** Cleanup campaigns and their items. */
public final class CampaignStore {
    private final Database db;

    public CampaignStore(Database db) {
        this.db = db;
    }

    public Campaign insert(Campaign campaign, Instant now) {
        CampaignRecord row = db.dsl().newRecord(CAMPAIGN);
        row.setName(campaign.name());
        row.setLegalBasis(campaign.legalBasis());
        row.setTriggerKind(campaign.trigger().name());
        row.setDeadline(campaign.deadline());
        row.setState(CampaignState.OPEN.name());
        row.setCreatedAt(DocumentStore.utc(now));
        row.setVersion(0);
        row.store();
        return toDomain(row);
    }

    public Optional<Campaign> find(long id) {
        return db.dsl().selectFrom(CAMPAIGN).where(CAMPAIGN.ID.eq(id)).fetchOptional().map(CampaignStore::toDomain);
    }

    public Optional<Campaign> findByName(String name) {
        return db.dsl().selectFrom(CAMPAIGN).where(CAMPAIGN.NAME.eq(name.strip())).fetchOptional()
                .map(CampaignStore::toDomain);
    }

    public List<Campaign> all() {
        return db.dsl().selectFrom(CAMPAIGN).orderBy(CAMPAIGN.CREATED_AT.desc(), CAMPAIGN.ID.desc())
                .fetch(CampaignStore::toDomain);
    }

    /** Adds documents to the scope with their current versions; documents already in it are skipped. */
    public int addItems(long campaignId, Collection<Long> documentIds) {
        int added = 0;
        for (Long documentId : documentIds) {
            added += db.dsl().insertInto(CAMPAIGN_ITEM, CAMPAIGN_ITEM.CAMPAIGN_ID, CAMPAIGN_ITEM.DOCUMENT_ID,
                            CAMPAIGN_ITEM.DOCUMENT_VERSION)
                    .select(db.dsl().select(DSL.val(campaignId), DOCUMENT.ID, DOCUMENT.VERSION).from(DOCUMENT)
                            .where(DOCUMENT.ID.eq(documentId))
                            .andNotExists(db.dsl().selectOne().from(CAMPAIGN_ITEM)
                                    .where(CAMPAIGN_ITEM.CAMPAIGN_ID.eq(campaignId), CAMPAIGN_ITEM.DOCUMENT_ID.eq(documentId))))
                    .execute();
        }
        return added;
    }

    public List<CampaignItem> items(long campaignId) {
        return db.dsl().select(CAMPAIGN_ITEM.ID, CAMPAIGN_ITEM.CAMPAIGN_ID, CAMPAIGN_ITEM.DOCUMENT_ID, DOCUMENT.TITLE,
                        DOCUMENT.DOC_NUMBER_RAW, ISSUER.NAME, DOCUMENT.DOC_TYPE, DOCUMENT.STATUS,
                        CAMPAIGN_ITEM.DOCUMENT_VERSION, DOCUMENT.VERSION, CAMPAIGN_ITEM.DECISION, CAMPAIGN_ITEM.REASON,
                        CAMPAIGN_ITEM.BASIS_DOCUMENT_ID)
                .from(CAMPAIGN_ITEM)
                .join(DOCUMENT).on(DOCUMENT.ID.eq(CAMPAIGN_ITEM.DOCUMENT_ID))
                .join(ISSUER).on(ISSUER.ID.eq(DOCUMENT.LEAD_ISSUER_ID))
                .where(CAMPAIGN_ITEM.CAMPAIGN_ID.eq(campaignId))
                .orderBy(CAMPAIGN_ITEM.ID)
                .fetch(r -> new CampaignItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        DocumentType.valueOf(r.value7()), LifecycleStatus.valueOf(r.value8()), r.value9(), r.value10(),
                        r.value11() == null ? null : Disposition.valueOf(r.value11()), r.value12(), r.value13()));
    }

    /** Sets (or with a null decision clears) the decision of these items. */
    public void decide(long campaignId, Collection<Long> documentIds, Disposition decision, String reason,
                       Long basisDocumentId, String actor, Instant now) {
        db.dsl().update(CAMPAIGN_ITEM)
                .set(CAMPAIGN_ITEM.DECISION, decision == null ? null : decision.name())
                .set(CAMPAIGN_ITEM.REASON, decision == null ? null : reason)
                .set(CAMPAIGN_ITEM.BASIS_DOCUMENT_ID, decision == null ? null : basisDocumentId)
                .set(CAMPAIGN_ITEM.DECIDED_BY, decision == null ? null : actor)
                .set(CAMPAIGN_ITEM.DECIDED_AT, decision == null ? null : DocumentStore.utc(now))
                .where(CAMPAIGN_ITEM.CAMPAIGN_ID.eq(campaignId), CAMPAIGN_ITEM.DOCUMENT_ID.in(documentIds))
                .execute();
    }

    /** Freezes the campaign; fails if it changed since {@code version} was read. */
    public void markFinalized(long campaignId, int version, String approvedBy, LocalDate approvedOn,
                              String resultDocNumber, String actor, Instant now) {
        int updated = db.dsl().update(CAMPAIGN)
                .set(CAMPAIGN.STATE, CampaignState.FINALIZED.name())
                .set(CAMPAIGN.APPROVED_BY, approvedBy)
                .set(CAMPAIGN.APPROVED_ON, approvedOn)
                .set(CAMPAIGN.RESULT_DOC_NUMBER, resultDocNumber)
                .set(CAMPAIGN.FINALIZED_AT, DocumentStore.utc(now))
                .set(CAMPAIGN.FINALIZED_BY, actor)
                .set(CAMPAIGN.VERSION, CAMPAIGN.VERSION.plus(1))
                .where(CAMPAIGN.ID.eq(campaignId), CAMPAIGN.VERSION.eq(version),
                        CAMPAIGN.STATE.eq(CampaignState.OPEN.name()))
                .execute();
        if (updated != 1) {
            throw new ConcurrentChangeException("campaign", campaignId);
        }
    }

    /** Marks a status change as made by this campaign. */
    public void linkStatusChange(long statusChangeId, long campaignId) {
        db.dsl().update(STATUS_CHANGE).set(STATUS_CHANGE.CAMPAIGN_ID, campaignId)
                .where(STATUS_CHANGE.ID.eq(statusChangeId)).execute();
    }

    /** Finalized campaigns approved in that year. */
    public List<Campaign> approvedIn(int year) {
        return db.dsl().selectFrom(CAMPAIGN)
                .where(CAMPAIGN.STATE.eq(CampaignState.FINALIZED.name()),
                        CAMPAIGN.APPROVED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .orderBy(CAMPAIGN.APPROVED_ON).fetch(CampaignStore::toDomain);
    }

    private static Campaign toDomain(CampaignRecord r) {
        return new Campaign(r.getId(), r.getName(), r.getLegalBasis(), CampaignTrigger.valueOf(r.getTriggerKind()),
                r.getDeadline(), CampaignState.valueOf(r.getState()), r.getApprovedBy(), r.getApprovedOn(),
                r.getResultDocNumber(), r.getVersion());
    }
}
