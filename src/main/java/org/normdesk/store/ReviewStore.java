package org.normdesk.store;

import org.jooq.Condition;
import org.jooq.Record;
import org.normdesk.domain.common.ConcurrentChangeException;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.review.CheckedPoint;
import org.normdesk.domain.review.ChecklistPoint;
import org.normdesk.domain.review.Correction;
import org.normdesk.domain.review.CorrectionResult;
import org.normdesk.domain.review.CorrectionState;
import org.normdesk.domain.review.PointResult;
import org.normdesk.domain.review.Review;
import org.normdesk.domain.review.ReviewOutcome;
import org.normdesk.domain.review.ReviewState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.FILING;
import static org.normdesk.store.jooq.Tables.ISSUER;
import static org.normdesk.store.jooq.Tables.REVIEW;
import static org.normdesk.store.jooq.Tables.REVIEW_CORRECTION;
import static org.normdesk.store.jooq.Tables.REVIEW_POINT;

/** Reviews of filings, their checklist lines and their correction follow-ups. */
public final class ReviewStore {
    private final Database db;

    public ReviewStore(Database db) {
        this.db = db;
    }

    public Review insert(long filingId, String assignee, Instant now) {
        long id = db.dsl().insertInto(REVIEW)
                .set(REVIEW.FILING_ID, filingId)
                .set(REVIEW.STATE, ReviewState.IN_REVIEW.name())
                .set(REVIEW.ASSIGNEE, assignee)
                .set(REVIEW.ASSIGNED_AT, DocumentStore.utc(now))
                .set(REVIEW.CREATED_AT, DocumentStore.utc(now))
                .set(REVIEW.UPDATED_AT, DocumentStore.utc(now))
                .set(REVIEW.VERSION, 0)
                .returning(REVIEW.ID).fetchOne().getId();
        return find(id).orElseThrow();
    }

    public Optional<Review> find(long id) {
        return db.dsl().selectFrom(REVIEW).where(REVIEW.ID.eq(id)).fetchOptional().map(ReviewStore::review);
    }

    public Optional<Review> forFiling(long filingId) {
        return db.dsl().selectFrom(REVIEW).where(REVIEW.FILING_ID.eq(filingId)).fetchOptional().map(ReviewStore::review);
    }

    public List<Review> all() {
        return db.dsl().selectFrom(REVIEW).orderBy(REVIEW.ID).fetch(ReviewStore::review);
    }

    /** Writes every changeable column of {@code next}; fails if the row changed since {@code expectedVersion}. */
    public Review update(Review next, int expectedVersion, Instant now) {
        int updated = db.dsl().update(REVIEW)
                .set(REVIEW.STATE, next.state().name())
                .set(REVIEW.ASSIGNEE, next.assignee())
                .set(REVIEW.ASSIGNED_AT, utc(next.assignedAt()))
                .set(REVIEW.OUTCOME, next.outcome() == null ? null : next.outcome().name())
                .set(REVIEW.FEEDBACK_DUE, next.feedbackDue())
                .set(REVIEW.OPINION_TEXT, next.opinionText())
                .set(REVIEW.DRAFTED_BY, next.draftedBy())
                .set(REVIEW.DRAFTED_AT, utc(next.draftedAt()))
                .set(REVIEW.APPROVED_BY, next.approvedBy())
                .set(REVIEW.APPROVED_AT, utc(next.approvedAt()))
                .set(REVIEW.OPINION_NO, next.opinionNo())
                .set(REVIEW.SENT_BACK_NOTE, next.sentBackNote())
                .set(REVIEW.UPDATED_AT, DocumentStore.utc(now))
                .set(REVIEW.VERSION, REVIEW.VERSION.plus(1))
                .where(REVIEW.ID.eq(next.id()), REVIEW.VERSION.eq(expectedVersion))
                .execute();
        if (updated != 1) {
            throw new ConcurrentChangeException("review", next.id());
        }
        return find(next.id()).orElseThrow();
    }

    /** The checklist lines marked so far, in checklist order. */
    public List<CheckedPoint> points(long reviewId) {
        return db.dsl().selectFrom(REVIEW_POINT).where(REVIEW_POINT.REVIEW_ID.eq(reviewId)).fetch(r ->
                        new CheckedPoint(ChecklistPoint.valueOf(r.getPoint()), PointResult.valueOf(r.getResult()),
                                r.getComment(), r.getArticle(), r.getCheckedBy(), r.getCheckedAt().toInstant()))
                .stream().sorted(Comparator.comparing(CheckedPoint::point)).toList();
    }

    public void putPoint(long reviewId, CheckedPoint point) {
        db.dsl().deleteFrom(REVIEW_POINT)
                .where(REVIEW_POINT.REVIEW_ID.eq(reviewId), REVIEW_POINT.POINT.eq(point.point().name())).execute();
        db.dsl().insertInto(REVIEW_POINT)
                .set(REVIEW_POINT.REVIEW_ID, reviewId)
                .set(REVIEW_POINT.POINT, point.point().name())
                .set(REVIEW_POINT.RESULT, point.result().name())
                .set(REVIEW_POINT.COMMENT, point.comment())
                .set(REVIEW_POINT.ARTICLE, point.article())
                .set(REVIEW_POINT.CHECKED_BY, point.checkedBy())
                .set(REVIEW_POINT.CHECKED_AT, DocumentStore.utc(point.checkedAt()))
                .execute();
    }

    // --- corrections -----------------------------------------------------------------------------------------

    public Correction insertCorrection(long reviewId, long documentId, LocalDate feedbackDue, Instant now) {
        long id = db.dsl().insertInto(REVIEW_CORRECTION)
                .set(REVIEW_CORRECTION.REVIEW_ID, reviewId)
                .set(REVIEW_CORRECTION.DOCUMENT_ID, documentId)
                .set(REVIEW_CORRECTION.FEEDBACK_DUE, feedbackDue)
                .set(REVIEW_CORRECTION.STATE, CorrectionState.AWAITING_FEEDBACK.name())
                .set(REVIEW_CORRECTION.CREATED_AT, DocumentStore.utc(now))
                .set(REVIEW_CORRECTION.VERSION, 0)
                .returning(REVIEW_CORRECTION.ID).fetchOne().getId();
        return findCorrection(id).orElseThrow();
    }

    public Optional<Correction> findCorrection(long id) {
        return corrections(REVIEW_CORRECTION.ID.eq(id)).stream().findFirst();
    }

    public Optional<Correction> correctionOfReview(long reviewId) {
        return corrections(REVIEW_CORRECTION.REVIEW_ID.eq(reviewId)).stream().findFirst();
    }

    /** Every correction not closed yet, the earliest feedback deadline first. */
    public List<Correction> openCorrections() {
        return corrections(REVIEW_CORRECTION.STATE.ne(CorrectionState.CLOSED.name()));
    }

    public List<Correction> allCorrections() {
        return corrections(org.jooq.impl.DSL.noCondition());
    }

    public Correction updateCorrection(Correction next, int expectedVersion) {
        int updated = db.dsl().update(REVIEW_CORRECTION)
                .set(REVIEW_CORRECTION.FEEDBACK_DUE, next.feedbackDue())
                .set(REVIEW_CORRECTION.STATE, next.state().name())
                .set(REVIEW_CORRECTION.FEEDBACK_ON, next.feedbackOn())
                .set(REVIEW_CORRECTION.FEEDBACK_TEXT, next.feedbackText())
                .set(REVIEW_CORRECTION.CORRECTIVE_DOCUMENT_ID, next.correctiveDocumentId())
                .set(REVIEW_CORRECTION.CORRECTIVE_KIND, next.correctiveKind() == null ? null : next.correctiveKind().name())
                .set(REVIEW_CORRECTION.RESULT, next.result() == null ? null : next.result().name())
                .set(REVIEW_CORRECTION.CLOSED_ON, next.closedOn())
                .set(REVIEW_CORRECTION.CLOSED_BY, next.closedBy())
                .set(REVIEW_CORRECTION.CLOSE_NOTE, next.closeNote())
                .set(REVIEW_CORRECTION.VERSION, REVIEW_CORRECTION.VERSION.plus(1))
                .where(REVIEW_CORRECTION.ID.eq(next.id()), REVIEW_CORRECTION.VERSION.eq(expectedVersion))
                .execute();
        if (updated != 1) {
            throw new ConcurrentChangeException("correction", next.id());
        }
        return findCorrection(next.id()).orElseThrow();
    }

    private List<Correction> corrections(Condition condition) {
        return db.dsl().select(REVIEW_CORRECTION.asterisk(), REVIEW.FILING_ID, DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER_RAW,
                        ISSUER.NAME)
                .from(REVIEW_CORRECTION)
                .join(REVIEW).on(REVIEW.ID.eq(REVIEW_CORRECTION.REVIEW_ID))
                .join(FILING).on(FILING.ID.eq(REVIEW.FILING_ID))
                .join(ISSUER).on(ISSUER.ID.eq(FILING.FILING_UNIT_ID))
                .join(DOCUMENT).on(DOCUMENT.ID.eq(REVIEW_CORRECTION.DOCUMENT_ID))
                .where(condition)
                .orderBy(REVIEW_CORRECTION.FEEDBACK_DUE, REVIEW_CORRECTION.ID)
                .fetch(ReviewStore::correction);
    }

    private static Correction correction(Record r) {
        String kind = r.get(REVIEW_CORRECTION.CORRECTIVE_KIND);
        String result = r.get(REVIEW_CORRECTION.RESULT);
        return new Correction(r.get(REVIEW_CORRECTION.ID), r.get(REVIEW_CORRECTION.REVIEW_ID), r.get(REVIEW.FILING_ID),
                r.get(REVIEW_CORRECTION.DOCUMENT_ID), r.get(DOCUMENT.TITLE), r.get(DOCUMENT.DOC_NUMBER_RAW),
                r.get(ISSUER.NAME), r.get(REVIEW_CORRECTION.FEEDBACK_DUE),
                CorrectionState.valueOf(r.get(REVIEW_CORRECTION.STATE)), r.get(REVIEW_CORRECTION.FEEDBACK_ON),
                r.get(REVIEW_CORRECTION.FEEDBACK_TEXT), r.get(REVIEW_CORRECTION.CORRECTIVE_DOCUMENT_ID),
                kind == null ? null : RelationKind.valueOf(kind), result == null ? null : CorrectionResult.valueOf(result),
                r.get(REVIEW_CORRECTION.CLOSED_ON), r.get(REVIEW_CORRECTION.CLOSED_BY),
                r.get(REVIEW_CORRECTION.CLOSE_NOTE), r.get(REVIEW_CORRECTION.VERSION));
    }

    private static Review review(org.normdesk.store.jooq.tables.records.ReviewRecord r) {
        return new Review(r.getId(), r.getFilingId(), ReviewState.valueOf(r.getState()), r.getAssignee(),
                instant(r.getAssignedAt()), r.getOutcome() == null ? null : ReviewOutcome.valueOf(r.getOutcome()),
                r.getFeedbackDue(), r.getOpinionText(), r.getDraftedBy(), instant(r.getDraftedAt()), r.getApprovedBy(),
                instant(r.getApprovedAt()), r.getOpinionNo(), r.getSentBackNote(), r.getVersion());
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : DocumentStore.utc(i);
    }
}
