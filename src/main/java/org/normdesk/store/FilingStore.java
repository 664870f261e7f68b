package org.normdesk.store;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.normdesk.domain.common.ConcurrentChangeException;
import org.normdesk.domain.filing.Filing;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.FormalCheck;
import org.normdesk.domain.filing.FormalCheckDecision;
import org.normdesk.domain.filing.MaterialItem;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.Submission;
import org.normdesk.store.jooq.tables.records.FilingRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.normdesk.store.jooq.Tables.ATTACHMENT;
import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.FILING;
import static org.normdesk.store.jooq.Tables.FILING_MATERIAL;
import static org.normdesk.store.jooq.Tables.FILING_SUBMISSION;
import static org.normdesk.store.jooq.Tables.FORMAL_CHECK;
import static org.normdesk.store.jooq.Tables.FILING_EVENT;
import static org.normdesk.store.jooq.Tables.ISSUER;

/** Filings and their append-only event log. */
public final class FilingStore {
    private final Database db;

    public FilingStore(Database db) {
        this.db = db;
    }

    /** Stores a new filing and its first event. Call inside a transaction. */
    public Filing insert(Filing filing, String actor, String note, Instant now) {
        FilingRecord row = db.dsl().newRecord(FILING);
        row.setDocumentId(filing.documentId());
        row.setFilingUnitId(filing.filingUnitId());
        row.setReceivedDate(filing.receivedDate());
        row.setChannel(filing.channel().name());
        row.setState(filing.state().name());
        row.setRegistrationNo(filing.registrationNo());
        row.setRegisteredDate(filing.registeredDate());
        row.setCreatedAt(DocumentStore.utc(now));
        row.setUpdatedAt(DocumentStore.utc(now));
        row.setVersion(0);
        row.store();
        appendEvent(row.getId(), null, filing.state(), actor, note, now);
        return toDomain(row);
    }

    /**
     * Stores a filing that has already been through {@code events} (oldest first, the first one creating it)
     * in two statements, for loading a register at once. The caller has checked the moves; {@code filing}
     * carries the state, registration number and date after the last event.
     */
    public Filing insertWithHistory(Filing filing, List<PastEvent> events) {
        if (events.isEmpty() || events.get(events.size() - 1).to() != filing.state()) {
            throw new IllegalArgumentException("the events must end in the filing's state " + filing.state());
        }
        FilingRecord row = db.dsl().newRecord(FILING);
        row.setDocumentId(filing.documentId());
        row.setFilingUnitId(filing.filingUnitId());
        row.setReceivedDate(filing.receivedDate());
        row.setChannel(filing.channel().name());
        row.setState(filing.state().name());
        row.setRegistrationNo(filing.registrationNo());
        row.setRegisteredDate(filing.registeredDate());
        row.setCreatedAt(DocumentStore.utc(events.get(0).at()));
        row.setUpdatedAt(DocumentStore.utc(events.get(events.size() - 1).at()));
        // as if each move after the first had been saved on its own
        row.setVersion(events.size() - 1);
        row.store();
        var insert = db.dsl().insertInto(FILING_EVENT, FILING_EVENT.FILING_ID, FILING_EVENT.FROM_STATE,
                FILING_EVENT.TO_STATE, FILING_EVENT.OCCURRED_AT, FILING_EVENT.ACTOR, FILING_EVENT.NOTE);
        for (PastEvent event : events) {
            insert = insert.values(row.getId(), event.from() == null ? null : event.from().name(), event.to().name(),
                    DocumentStore.utc(event.at()), event.actor(), event.note());
        }
        insert.execute();
        return toDomain(row);
    }

    /** One event of a filing stored by {@link #insertWithHistory}; {@code from} is null for the first. */
    public record PastEvent(FilingState from, FilingState to, Instant at, String actor, String note) {
    }

    /** Moves a filing to a new state with its event; fails if it changed since it was read. */
    public Filing updateState(Filing filing, FilingState to, String registrationNo, LocalDate registeredDate,
                              String actor, String note, Instant now) {
        int updated = db.dsl().update(FILING)
                .set(FILING.STATE, to.name())
                .set(FILING.REGISTRATION_NO, registrationNo)
                .set(FILING.REGISTERED_DATE, registeredDate)
                .set(FILING.UPDATED_AT, DocumentStore.utc(now))
                .set(FILING.VERSION, FILING.VERSION.plus(1))
                .where(FILING.ID.eq(filing.id()), FILING.VERSION.eq(filing.version()))
                .execute();
        if (updated != 1) {
            throw new ConcurrentChangeException("filing", filing.id());
        }
        appendEvent(filing.id(), filing.state(), to, actor, note, now);
        return find(filing.id()).orElseThrow();
    }

    private void appendEvent(long filingId, FilingState from, FilingState to, String actor, String note, Instant now) {
        db.dsl().insertInto(FILING_EVENT)
                .set(FILING_EVENT.FILING_ID, filingId)
                .set(FILING_EVENT.FROM_STATE, from == null ? null : from.name())
                .set(FILING_EVENT.TO_STATE, to.name())
                .set(FILING_EVENT.OCCURRED_AT, DocumentStore.utc(now))
                .set(FILING_EVENT.ACTOR, actor)
                .set(FILING_EVENT.NOTE, note)
                .execute();
    }

    public Optional<Filing> find(long id) {
        return db.dsl().selectFrom(FILING).where(FILING.ID.eq(id)).fetchOptional().map(FilingStore::toDomain);
    }

    public List<Filing> forDocument(long documentId) {
        return db.dsl().selectFrom(FILING).where(FILING.DOCUMENT_ID.eq(documentId))
                .orderBy(FILING.RECEIVED_DATE, FILING.ID).fetch(FilingStore::toDomain);
    }

    /** Filings of this document that are not finished as rejected: a document is filed once. */
    public Optional<Filing> activeFor(long documentId) {
        return db.dsl().selectFrom(FILING)
                .where(FILING.DOCUMENT_ID.eq(documentId), FILING.STATE.ne(FilingState.REJECTED_NOT_IN_SCOPE.name()))
                .orderBy(FILING.ID.desc()).limit(1).fetchOptional().map(FilingStore::toDomain);
    }

    public Submission insertSubmission(long filingId, int seq, LocalDate receivedDate, FilingChannel channel,
                                       List<MaterialItem> materials) {
        long id = db.dsl().insertInto(FILING_SUBMISSION)
                .set(FILING_SUBMISSION.FILING_ID, filingId)
                .set(FILING_SUBMISSION.SEQ, seq)
                .set(FILING_SUBMISSION.RECEIVED_DATE, receivedDate)
                .set(FILING_SUBMISSION.CHANNEL, channel.name())
                .returningResult(FILING_SUBMISSION.ID)
                .fetchOne(FILING_SUBMISSION.ID);
        for (MaterialItem item : materials) {
            db.dsl().insertInto(FILING_MATERIAL)
                    .set(FILING_MATERIAL.SUBMISSION_ID, id)
                    .set(FILING_MATERIAL.KIND, item.kind().name())
                    .set(FILING_MATERIAL.PRESENT, item.present())
                    .set(FILING_MATERIAL.ATTACHMENT_ID, item.attachmentId())
                    .execute();
        }
        if (seq == 1) {
            db.dsl().update(FILING).set(FILING.FIRST_PACKAGE_MATERIALS, presentBits(materials))
                    .where(FILING.ID.eq(filingId)).execute();
        }
        return submissions(filingId).stream().filter(sub -> sub.seq() == seq).findFirst().orElseThrow();
    }

    /**
     * The material kinds marked present in a package, one bit per kind as {@code filing.first_package_materials}
     * holds them for the first package (V26 writes the same bits).
     */
    public static int presentBits(List<MaterialItem> materials) {
        int bits = 0;
        for (MaterialItem item : materials) {
            if (item.present()) {
                bits |= bit(item.kind());
            }
        }
        return bits;
    }

    /** The bit of one kind: fixed, not the enum's order (V26 and stored rows depend on it). */
    public static int bit(MaterialKind kind) {
        return switch (kind) {
            case FILING_REPORT -> 1;
            case OFFICIAL_TEXT -> 2;
            case DRAFTING_EXPLANATION -> 4;
            case LEGAL_BASIS -> 8;
            case LEGALITY_REVIEW_OPINION -> 16;
            case COLLECTIVE_DELIBERATION -> 32;
            case PUBLIC_CONSULTATION -> 64;
            case ELECTRONIC_TEXT -> 128;
        };
    }

    /** Oldest first. */
    public List<Submission> submissions(long filingId) {
        Map<Long, List<MaterialItem>> materials = new HashMap<>();
        db.dsl().select(FILING_MATERIAL.SUBMISSION_ID, FILING_MATERIAL.KIND, FILING_MATERIAL.PRESENT,
                        FILING_MATERIAL.ATTACHMENT_ID, ATTACHMENT.FILE_NAME)
                .from(FILING_MATERIAL)
                .join(FILING_SUBMISSION).on(FILING_SUBMISSION.ID.eq(FILING_MATERIAL.SUBMISSION_ID))
                .leftJoin(ATTACHMENT).on(ATTACHMENT.ID.eq(FILING_MATERIAL.ATTACHMENT_ID))
                .where(FILING_SUBMISSION.FILING_ID.eq(filingId))
                .orderBy(FILING_MATERIAL.ID)
                .fetch()
                .forEach(r -> materials.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new MaterialItem(MaterialKind.valueOf(r.value2()), r.value3(), r.value4(), r.value5())));
        return db.dsl().selectFrom(FILING_SUBMISSION).where(FILING_SUBMISSION.FILING_ID.eq(filingId))
                .orderBy(FILING_SUBMISSION.SEQ)
                .fetch(r -> new Submission(r.getId(), r.getFilingId(), r.getSeq(), r.getReceivedDate(),
                        FilingChannel.valueOf(r.getChannel()), materials.getOrDefault(r.getId(), List.of())));
    }

    public FormalCheck insertFormalCheck(FormalCheck check) {
        long id = db.dsl().insertInto(FORMAL_CHECK)
                .set(FORMAL_CHECK.FILING_ID, check.filingId())
                .set(FORMAL_CHECK.SUBMISSION_ID, check.submissionId())
                .set(FORMAL_CHECK.IS_NORMATIVE, check.isNormative())
                .set(FORMAL_CHECK.RIGHT_AUTHORITY, check.rightAuthority())
                .set(FORMAL_CHECK.MATERIALS_COMPLETE, check.materialsComplete())
                .set(FORMAL_CHECK.WITHIN_TIME, check.withinTime())
                .set(FORMAL_CHECK.DECISION, check.decision().name())
                .set(FORMAL_CHECK.REASONS, check.reasons())
                .set(FORMAL_CHECK.RESUBMIT_DUE, check.resubmitDue())
                .set(FORMAL_CHECK.CHECKED_BY, check.checkedBy())
                .set(FORMAL_CHECK.CHECKED_AT, DocumentStore.utc(check.checkedAt()))
                .returningResult(FORMAL_CHECK.ID)
                .fetchOne(FORMAL_CHECK.ID);
        return new FormalCheck(id, check.filingId(), check.submissionId(), check.isNormative(), check.rightAuthority(),
                check.materialsComplete(), check.withinTime(), check.decision(), check.reasons(), check.resubmitDue(),
                check.checkedBy(), check.checkedAt());
    }

    /** Oldest first. */
    public List<FormalCheck> formalChecks(long filingId) {
        return db.dsl().selectFrom(FORMAL_CHECK).where(FORMAL_CHECK.FILING_ID.eq(filingId))
                .orderBy(FORMAL_CHECK.CHECKED_AT, FORMAL_CHECK.ID)
                .fetch(r -> new FormalCheck(r.getId(), r.getFilingId(), r.getSubmissionId(), r.getIsNormative(),
                        r.getRightAuthority(), r.getMaterialsComplete(), r.getWithinTime(),
                        FormalCheckDecision.valueOf(r.getDecision()), r.getReasons(), r.getResubmitDue(),
                        r.getCheckedBy(), r.getCheckedAt().toInstant()));
    }

    /** Filings in these states (all when empty), newest receipt first. */
    public List<Filing> inStates(Set<FilingState> states) {
        Condition condition = states.isEmpty() ? DSL.noCondition()
                : FILING.STATE.in(states.stream().map(Enum::name).toList());
        return db.dsl().selectFrom(FILING).where(condition).orderBy(FILING.RECEIVED_DATE.desc(), FILING.ID.desc())
                .fetch(FilingStore::toDomain);
    }

    /**
     * What the intake queue shows of each filing in these states (all when empty), in one query: the document's
     * title, number and publication date, the filing unit, the packages received and the last return's resubmission
     * date. Reading each filing's full view instead took five queries a filing — minutes at province scale.
     */
    public record QueueFacts(Filing filing, String title, String docNumberRaw, LocalDate publishedDate,
                             String filingUnitName, int submissionCount, LocalDate lastSubmissionDate,
                             LocalDate lastResubmitDue) {
    }

    public List<QueueFacts> queueFacts(Set<FilingState> states) {
        Condition condition = states.isEmpty() ? DSL.noCondition()
                : FILING.STATE.in(states.stream().map(Enum::name).toList());
        var submissions = DSL.field(DSL.selectCount().from(FILING_SUBMISSION)
                .where(FILING_SUBMISSION.FILING_ID.eq(FILING.ID)));
        var lastSubmission = DSL.field(DSL.select(FILING_SUBMISSION.RECEIVED_DATE).from(FILING_SUBMISSION)
                .where(FILING_SUBMISSION.FILING_ID.eq(FILING.ID)).orderBy(FILING_SUBMISSION.SEQ.desc()).limit(1));
        var lastResubmitDue = DSL.field(DSL.select(FORMAL_CHECK.RESUBMIT_DUE).from(FORMAL_CHECK)
                .where(FORMAL_CHECK.FILING_ID.eq(FILING.ID), FORMAL_CHECK.DECISION.eq(FormalCheckDecision.RETURN.name()))
                .orderBy(FORMAL_CHECK.CHECKED_AT.desc(), FORMAL_CHECK.ID.desc()).limit(1));
        return db.dsl().select(FILING.asterisk(), DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER_RAW, DOCUMENT.PUBLISHED_DATE,
                        ISSUER.NAME, submissions, lastSubmission, lastResubmitDue)
                .from(FILING)
                .join(DOCUMENT).on(DOCUMENT.ID.eq(FILING.DOCUMENT_ID))
                .join(ISSUER).on(ISSUER.ID.eq(FILING.FILING_UNIT_ID))
                .where(condition)
                .orderBy(FILING.RECEIVED_DATE.desc(), FILING.ID.desc())
                .fetch(r -> new QueueFacts(toDomain(r.into(FILING)), r.get(DOCUMENT.TITLE), r.get(DOCUMENT.DOC_NUMBER_RAW),
                        r.get(DOCUMENT.PUBLISHED_DATE), r.get(ISSUER.NAME), r.get(submissions), r.get(lastSubmission),
                        r.get(lastResubmitDue)));
    }

    /** Documents with no filing at all (candidates for 漏报), published on or before {@code publishedBy}. */
    public List<Long> documentsWithoutFiling(LocalDate publishedFrom, LocalDate publishedBy, Set<Long> exceptIssuers) {
        Condition condition = DOCUMENT.PUBLISHED_DATE.between(publishedFrom, publishedBy)
                .andNotExists(DSL.selectOne().from(FILING).where(FILING.DOCUMENT_ID.eq(DOCUMENT.ID)));
        if (!exceptIssuers.isEmpty()) {
            condition = condition.and(DOCUMENT.LEAD_ISSUER_ID.notIn(exceptIssuers));
        }
        return db.dsl().select(DOCUMENT.ID).from(DOCUMENT).where(condition)
                .orderBy(DOCUMENT.PUBLISHED_DATE, DOCUMENT.ID).fetch(DOCUMENT.ID);
    }

    /** Registration numbers given so far in one year, for checks and statistics. */
    public List<String> registrationNumbers(int year) {
        return db.dsl().select(FILING.REGISTRATION_NO).from(FILING)
                .where(FILING.REGISTERED_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .orderBy(FILING.REGISTERED_DATE, FILING.ID).fetch(FILING.REGISTRATION_NO);
    }

    public int count() {
        return db.dsl().fetchCount(FILING);
    }

    public Map<FilingState, Integer> countByState() {
        Map<FilingState, Integer> counts = new EnumMap<>(FilingState.class);
        db.dsl().select(FILING.STATE, DSL.count()).from(FILING).groupBy(FILING.STATE).fetch()
                .forEach(r -> counts.put(FilingState.valueOf(r.value1()), r.value2()));
        return counts;
    }

    static Filing toDomain(FilingRecord r) {
        return new Filing(r.getId(), r.getDocumentId(), r.getFilingUnitId(), r.getReceivedDate(),
                FilingChannel.valueOf(r.getChannel()), FilingState.valueOf(r.getState()), r.getRegistrationNo(),
                r.getRegisteredDate(), r.getVersion());
    }
}
