package org.normdesk.store;

import org.jooq.Condition;
import org.normdesk.domain.common.ConcurrentChangeException;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.domain.upward.UpwardState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.UPWARD_DOCUMENT_MATERIAL;
import static org.normdesk.store.jooq.Tables.UPWARD_FILING;
import static org.normdesk.store.jooq.Tables.UPWARD_MATERIAL;
import static org.normdesk.store.jooq.Tables.UPWARD_ROUTE;

/** Routing rules and per-destination upward filings. */
public final class UpwardStore {
    private final Database db;

    public UpwardStore(Database db) {
        this.db = db;
    }

    /** The bodies a document of this type and issuing level is filed with, in order. */
    public List<String> routes(DocumentType type, OrgLevel level) {
        return db.dsl().select(UPWARD_ROUTE.DESTINATION).from(UPWARD_ROUTE)
                .where(UPWARD_ROUTE.DOC_TYPE.eq(type.name()), UPWARD_ROUTE.ISSUER_LEVEL.eq(level.name()))
                .orderBy(UPWARD_ROUTE.ORDINAL).fetch(UPWARD_ROUTE.DESTINATION);
    }

    public void insert(long documentId, String destination, LocalDate due, Instant now) {
        db.dsl().insertInto(UPWARD_FILING)
                .set(UPWARD_FILING.DOCUMENT_ID, documentId)
                .set(UPWARD_FILING.DESTINATION, destination)
                .set(UPWARD_FILING.DUE_DATE, due)
                .set(UPWARD_FILING.STATE, UpwardState.TO_PREPARE.name())
                .set(UPWARD_FILING.CREATED_AT, DocumentStore.utc(now))
                .set(UPWARD_FILING.VERSION, 0)
                .execute();
    }

    public void remove(long upwardFilingId) {
        db.dsl().deleteFrom(UPWARD_FILING).where(UPWARD_FILING.ID.eq(upwardFilingId),
                UPWARD_FILING.STATE.eq(UpwardState.TO_PREPARE.name())).execute();
    }

    public void update(UpwardFiling filing, UpwardState to, LocalDate sentOn, FilingChannel how, LocalDate acknowledgedOn,
                       String feedback) {
        int updated = db.dsl().update(UPWARD_FILING)
                .set(UPWARD_FILING.STATE, to.name())
                .set(UPWARD_FILING.SENT_ON, sentOn)
                .set(UPWARD_FILING.SENT_HOW, how == null ? null : how.name())
                .set(UPWARD_FILING.ACKNOWLEDGED_ON, acknowledgedOn)
                .set(UPWARD_FILING.FEEDBACK, feedback)
                .set(UPWARD_FILING.VERSION, UPWARD_FILING.VERSION.plus(1))
                .where(UPWARD_FILING.ID.eq(filing.id()), UPWARD_FILING.VERSION.eq(filing.version()))
                .execute();
        if (updated != 1) {
            throw new ConcurrentChangeException("upward filing", filing.id());
        }
    }

    public void setMaterials(long upwardFilingId, Set<MaterialKind> present) {
        db.dsl().deleteFrom(UPWARD_MATERIAL).where(UPWARD_MATERIAL.UPWARD_FILING_ID.eq(upwardFilingId)).execute();
        for (MaterialKind kind : present) {
            db.dsl().insertInto(UPWARD_MATERIAL).set(UPWARD_MATERIAL.UPWARD_FILING_ID, upwardFilingId)
                    .set(UPWARD_MATERIAL.KIND, kind.name()).set(UPWARD_MATERIAL.PRESENT, true).execute();
        }
    }

    public Optional<UpwardFiling> find(long id) {
        return list(UPWARD_FILING.ID.eq(id)).stream().findFirst();
    }

    public List<UpwardFiling> forDocument(long documentId) {
        return list(UPWARD_FILING.DOCUMENT_ID.eq(documentId));
    }

    /** Not yet sent, due on or before {@code by}. */
    public List<UpwardFiling> unsentDueBy(LocalDate by) {
        return list(UPWARD_FILING.STATE.eq(UpwardState.TO_PREPARE.name()).and(UPWARD_FILING.DUE_DATE.le(by)));
    }

    /** Upward filings of documents published in the year. */
    public List<UpwardFiling> ofDocumentsPublishedIn(int year) {
        return list(DOCUMENT.PUBLISHED_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /** One stored file that goes upward with an own document. */
    public record DocumentMaterial(long documentId, MaterialKind kind, long attachmentId, String fileName,
                                   Instant attachedAt, String attachedBy) {
    }

    /** Sets (or replaces) the file of one kind of material of an own document. */
    public void putDocumentMaterial(long documentId, MaterialKind kind, long attachmentId, String fileName,
                                    Instant now, String actor) {
        db.dsl().deleteFrom(UPWARD_DOCUMENT_MATERIAL).where(UPWARD_DOCUMENT_MATERIAL.DOCUMENT_ID.eq(documentId),
                UPWARD_DOCUMENT_MATERIAL.KIND.eq(kind.name())).execute();
        db.dsl().insertInto(UPWARD_DOCUMENT_MATERIAL)
                .set(UPWARD_DOCUMENT_MATERIAL.DOCUMENT_ID, documentId)
                .set(UPWARD_DOCUMENT_MATERIAL.KIND, kind.name())
                .set(UPWARD_DOCUMENT_MATERIAL.ATTACHMENT_ID, attachmentId)
                .set(UPWARD_DOCUMENT_MATERIAL.FILE_NAME, fileName)
                .set(UPWARD_DOCUMENT_MATERIAL.ATTACHED_AT, DocumentStore.utc(now))
                .set(UPWARD_DOCUMENT_MATERIAL.ATTACHED_BY, actor)
                .execute();
    }

    /** The files of an own document, in the order of {@link MaterialKind}. */
    public List<DocumentMaterial> documentMaterials(long documentId) {
        return db.dsl().selectFrom(UPWARD_DOCUMENT_MATERIAL)
                .where(UPWARD_DOCUMENT_MATERIAL.DOCUMENT_ID.eq(documentId))
                .fetch(r -> new DocumentMaterial(r.getDocumentId(), MaterialKind.valueOf(r.getKind()),
                        r.getAttachmentId(), r.getFileName(), r.getAttachedAt().toInstant(), r.getAttachedBy()))
                .stream().sorted(java.util.Comparator.comparing(DocumentMaterial::kind)).toList();
    }

    /** Every upward filing, soonest due first (the upward-filing view). */
    public List<UpwardFiling> all() {
        return list(org.jooq.impl.DSL.noCondition());
    }

    /** Documents published in the year whose lead body is one of these (the unit's own government). */
    public List<Long> documentsOfIssuersPublishedIn(Set<Long> issuerIds, int year) {
        if (issuerIds.isEmpty()) {
            return List.of();
        }
        return db.dsl().select(DOCUMENT.ID).from(DOCUMENT)
                .where(DOCUMENT.LEAD_ISSUER_ID.in(issuerIds),
                        DOCUMENT.PUBLISHED_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .orderBy(DOCUMENT.ID).fetch(DOCUMENT.ID);
    }

    private List<UpwardFiling> list(Condition condition) {
        Map<Long, Set<MaterialKind>> materials = new HashMap<>();
        db.dsl().select(UPWARD_MATERIAL.UPWARD_FILING_ID, UPWARD_MATERIAL.KIND).from(UPWARD_MATERIAL)
                .join(UPWARD_FILING).on(UPWARD_FILING.ID.eq(UPWARD_MATERIAL.UPWARD_FILING_ID))
                .join(DOCUMENT).on(DOCUMENT.ID.eq(UPWARD_FILING.DOCUMENT_ID))
                .where(condition, UPWARD_MATERIAL.PRESENT.isTrue())
                .fetch().forEach(r -> materials.computeIfAbsent(r.value1(), k -> EnumSet.noneOf(MaterialKind.class))
                        .add(MaterialKind.valueOf(r.value2())));
        return db.dsl().select(UPWARD_FILING.ID, UPWARD_FILING.DOCUMENT_ID, DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER_RAW,
                        DOCUMENT.PUBLISHED_DATE, UPWARD_FILING.DESTINATION, UPWARD_FILING.DUE_DATE, UPWARD_FILING.STATE,
                        UPWARD_FILING.SENT_ON, UPWARD_FILING.SENT_HOW, UPWARD_FILING.ACKNOWLEDGED_ON,
                        UPWARD_FILING.FEEDBACK, UPWARD_FILING.VERSION)
                .from(UPWARD_FILING).join(DOCUMENT).on(DOCUMENT.ID.eq(UPWARD_FILING.DOCUMENT_ID))
                .where(condition)
                .orderBy(UPWARD_FILING.DUE_DATE, UPWARD_FILING.DOCUMENT_ID, UPWARD_FILING.ID)
                .fetch(r -> new UpwardFiling(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), UpwardState.valueOf(r.value8()), r.value9(),
                        r.value10() == null ? null : FilingChannel.valueOf(r.value10()), r.value11(), r.value12(),
                        materials.getOrDefault(r.value1(), Set.of()), r.value13()));
    }
}
