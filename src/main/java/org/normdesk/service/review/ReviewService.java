package org.normdesk.service.review;

import org.normdesk.domain.account.Role;
import org.normdesk.domain.calendar.CalendarAnswer;
import org.normdesk.domain.calendar.WorkCalendar;
import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.filing.Filing;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.review.CheckedPoint;
import org.normdesk.domain.review.ChecklistPoint;
import org.normdesk.domain.review.Correction;
import org.normdesk.domain.review.CorrectionResult;
import org.normdesk.domain.review.CorrectionState;
import org.normdesk.domain.review.PointResult;
import org.normdesk.domain.review.Review;
import org.normdesk.domain.review.ReviewOutcome;
import org.normdesk.domain.review.ReviewState;
import org.normdesk.domain.calendar.DeadlineRule;
import org.normdesk.domain.calendar.DeadlineStart;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.service.calendar.CalendarService;
import org.normdesk.service.filing.FilingService;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.register.LifecycleService;
import org.normdesk.service.register.RegisterService;
import org.normdesk.service.settings.SettingsService;
import org.normdesk.store.Database;
import org.normdesk.store.FilingStore;
import org.normdesk.store.ReviewStore;
import org.normdesk.store.SerialStore;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review of registered filings (备案审查, 有备必审) and the follow-up of the errors found (有错必纠): the queue
 * with its deadlines, assignment, the checklist, the outcome and its 审查意见书 approved by a 负责人, and the
 * correction follow-up whose corrective document changes the original's status in the register.
 *
 * <p>Reviewers ({@link Role#REVIEWER}) do the review work; only a 负责人 ({@link Role#HEAD}) approves an opinion,
 * sends it back, or assigns a review to someone else. Each write is one transaction with its audit entry.
 */
public final class ReviewService {
    /** Calendar days the filing unit gets to report on a correction when the reviewer proposes no date ([S13]: 30). */
    static final int DEFAULT_FEEDBACK_DAYS = 30;
    public static final int MAX_OPINION = 20_000;

    private final Database db;
    private final ReviewStore reviews;
    private final FilingStore filingStore;
    private final SerialStore serials;
    private final FilingService filings;
    private final RegisterService register;
    private final LifecycleService lifecycle;
    private final CalendarService calendar;
    private final SettingsService settings;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final OpinionDrafter drafter = new OpinionDrafter();

    public ReviewService(Database db, FilingService filings, RegisterService register, LifecycleService lifecycle,
                         CalendarService calendar, SettingsService settings, Clock clock, CurrentUser currentUser) {
        this.db = db;
        this.reviews = new ReviewStore(db);
        this.filingStore = new FilingStore(db);
        this.serials = new SerialStore(db);
        this.filings = filings;
        this.register = register;
        this.lifecycle = lifecycle;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
        this.currentUser = currentUser;
        this.audit = new AuditService(db, clock, currentUser);
    }

    // --- the queue -------------------------------------------------------------------------------------------

    /** Registered filings not yet concluded, the most urgent review deadline first. */
    public List<ReviewQueueRow> queue() {
        LocalDate today = today();
        WorkCalendar cal = calendar.calendar();
        Map<Long, Review> byFiling = reviews.all().stream()
                .collect(Collectors.toMap(Review::filingId, Function.identity()));
        List<ReviewQueueRow> rows = new ArrayList<>();
        for (Filing filing : filingStore.inStates(EnumSet.of(FilingState.REGISTERED, FilingState.UNDER_REVIEW))) {
            FilingView view = filings.view(filing.id());
            LocalDate due = view.deadlines().reviewDue();
            long daysLeft = ChronoUnit.DAYS.between(today, due);
            long workingLeft = due.isBefore(today) ? 0 : cal.workingDaysBetween(today, due);
            Review review = byFiling.get(filing.id());
            rows.add(new ReviewQueueRow(filing.id(), filing.documentId(), view.document().title(),
                    view.document().docNumber() == null ? null : view.document().docNumber().raw(),
                    view.filingUnit().name(), filing.registrationNo(), filing.registeredDate(), filing.state(), due,
                    daysLeft, workingLeft, view.deadlines().estimated(),
                    review == null ? null : review.id(), review == null ? null : review.assignee(),
                    review == null ? null : review.state(), review == null ? null : review.outcome()));
        }
        rows.sort(Comparator.comparing(ReviewQueueRow::reviewDue).thenComparing(ReviewQueueRow::filingId));
        return rows;
    }

    /** Reviews past their deadline (审查超期). */
    public List<ReviewQueueRow> overdue() {
        return queue().stream().filter(ReviewQueueRow::overdue).toList();
    }

    /** The review workspace of one filing; the review is null while nobody is assigned. */
    public ReviewView view(long filingId) {
        FilingView filing = filings.view(filingId);
        Review review = reviews.forFiling(filingId).orElse(null);
        if (review == null) {
            return new ReviewView(filing, null, List.of(), null);
        }
        return new ReviewView(filing, review, reviews.points(review.id()),
                reviews.correctionOfReview(review.id()).orElse(null));
    }

    // --- assignment ------------------------------------------------------------------------------------------

    /**
     * 分办: the first assignment starts the review (the filing becomes 审查中); a later one re-assigns it. Taking a
     * filing for oneself needs the reviewer role; giving it to someone else needs a 负责人.
     */
    public ReviewView assign(long filingId, String assignee) {
        String who = assignee == null ? "" : assignee.strip();
        if (who.isEmpty()) {
            throw new DomainException("review.assign.noAssignee", "Name the reviewer to assign");
        }
        if (who.length() > 100) {
            throw new DomainException("review.assign.tooLong", "A user name has at most 100 characters", who);
        }
        if (who.equals(currentUser.name())) {
            currentUser.require(Role.REVIEWER, "take a review");
        } else {
            currentUser.require(Role.HEAD, "assign a review to someone else");
        }
        return db.transaction(() -> {
            FilingView filing = filings.view(filingId);
            Review existing = reviews.forFiling(filingId).orElse(null);
            Instant now = clock.instant();
            if (existing == null) {
                if (filing.filing().state() != FilingState.REGISTERED) {
                    throw new DomainException("review.assign.notRegistered", "Filing #" + filingId + " is "
                            + filing.filing().state() + "; only a registered filing can be reviewed",
                            filing.filing().state());
                }
                filingStore.updateState(filing.filing(), FilingState.UNDER_REVIEW, filing.filing().registrationNo(),
                        filing.filing().registeredDate(), currentUser.name(), "分办：" + who, now);
                Review created = reviews.insert(filingId, who, now);
                audit.record("review.assign", "review", created.id(), null, created);
            } else {
                if (existing.approved()) {
                    throw new DomainException("review.concluded", "The review of filing #" + filingId
                            + " is concluded", filingId);
                }
                if (!existing.assignee().equals(who)) {
                    Review next = with(existing, existing.state(), who, now);
                    Review saved = reviews.update(next, existing.version(), now);
                    audit.record("review.reassign", "review", existing.id(), existing, saved);
                }
            }
            return view(filingId);
        });
    }

    // --- the checklist ---------------------------------------------------------------------------------------

    /** Marks one review point; the comment is required for a problem. Only while the review is open. */
    public ReviewView check(long filingId, ChecklistPoint point, PointResult result, String comment, String article) {
        currentUser.require(Role.REVIEWER, "mark review points");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(result, "result");
        return db.transaction(() -> {
            Review review = openReview(filingId);
            CheckedPoint before = reviews.points(review.id()).stream().filter(p -> p.point() == point).findFirst()
                    .orElse(null);
            CheckedPoint marked = new CheckedPoint(point, result, comment, article, currentUser.name(), clock.instant());
            reviews.putPoint(review.id(), marked);
            audit.record("review.check", "review", review.id(), before, marked);
            return view(filingId);
        });
    }

    // --- outcome and opinion ---------------------------------------------------------------------------------

    /**
     * 审查结论: every point must be marked, and the outcome must fit them (no problem ↔ no problem points); drafts
     * the 审查意见书 from the checklist and hands it to the 负责人.
     *
     * @param feedbackDue for a correction or revocation: when the filing unit must report back; null gives
     *                    {@value #DEFAULT_FEEDBACK_DAYS} days from today. Ignored for the other outcomes.
     */
    public ReviewView decide(long filingId, int version, ReviewOutcome outcome, String feedbackDue) {
        currentUser.require(Role.REVIEWER, "decide a review outcome");
        Objects.requireNonNull(outcome, "outcome");
        return db.transaction(() -> {
            Review review = openReview(filingId);
            List<CheckedPoint> points = reviews.points(review.id());
            List<ChecklistPoint> unchecked = ChecklistPoint.all().stream()
                    .filter(p -> points.stream().noneMatch(c -> c.point() == p)).toList();
            if (!unchecked.isEmpty()) {
                throw new DomainException("review.outcome.unchecked", unchecked.size() + " review points are not "
                        + "marked yet: " + unchecked, unchecked.size(), unchecked.get(0));
            }
            long problems = points.stream().filter(p -> p.result() == PointResult.PROBLEM).count();
            if (outcome.needsProblems() && problems == 0) {
                throw new DomainException("review.outcome.needsProblems", outcome + " needs at least one problem point",
                        outcome);
            }
            if (!outcome.needsProblems() && problems > 0) {
                throw new DomainException("review.outcome.hasProblems", problems + " points are marked as problems; "
                        + "the outcome cannot be no problem", problems);
            }
            LocalDate due = outcome.needsCorrection() ? feedbackDue(feedbackDue) : null;
            Instant now = clock.instant();
            Review next = new Review(review.id(), review.filingId(), ReviewState.AWAITING_APPROVAL, review.assignee(),
                    review.assignedAt(), outcome, due, drafter.draft(outcome, points, due), currentUser.name(), now,
                    null, null, null, review.sentBackNote(), review.version());
            Review saved = reviews.update(next, version, now);
            audit.record("review.decide", "review", review.id(), review, saved);
            return view(filingId);
        });
    }

    /** The reviewer's edit of the drafted opinion, before the 负责人 approves it. */
    public ReviewView editOpinion(long filingId, int version, String text) {
        currentUser.require(Role.REVIEWER, "edit a review opinion");
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new DomainException("review.opinion.empty", "The opinion has no text");
        }
        if (body.length() > MAX_OPINION) {
            throw new DomainException("review.opinion.tooLong", "The opinion is longer than " + MAX_OPINION
                    + " characters", MAX_OPINION);
        }
        return db.transaction(() -> {
            Review review = review(filingId);
            if (review.state() != ReviewState.AWAITING_APPROVAL) {
                throw new DomainException("review.opinion.notEditable", "The opinion can be edited only while it "
                        + "waits for approval; the review is " + review.state(), review.state());
            }
            Instant now = clock.instant();
            Review next = new Review(review.id(), review.filingId(), review.state(), review.assignee(),
                    review.assignedAt(), review.outcome(), review.feedbackDue(), body, currentUser.name(), now, null,
                    null, null, review.sentBackNote(), review.version());
            Review saved = reviews.update(next, version, now);
            audit.record("review.opinion.edit", "review", review.id(), review, saved);
            return view(filingId);
        });
    }

    /** The reviewer takes the drafted opinion back to change the checklist or the outcome. */
    public ReviewView withdraw(long filingId, int version) {
        currentUser.require(Role.REVIEWER, "withdraw a review opinion");
        return backToReview(filingId, version, null, "review.withdraw");
    }

    /** The 负责人 sends the opinion back to the reviewer, saying why. */
    public ReviewView sendBack(long filingId, int version, String note) {
        currentUser.require(Role.HEAD, "send a review opinion back");
        if (note == null || note.isBlank()) {
            throw new DomainException("review.sendBack.noNote", "Say why the opinion goes back to the reviewer");
        }
        return backToReview(filingId, version, note.strip(), "review.sendBack");
    }

    private ReviewView backToReview(long filingId, int version, String note, String action) {
        return db.transaction(() -> {
            Review review = review(filingId);
            requireState(review, ReviewState.IN_REVIEW);
            Instant now = clock.instant();
            Review next = new Review(review.id(), review.filingId(), ReviewState.IN_REVIEW, review.assignee(),
                    review.assignedAt(), review.outcome(), review.feedbackDue(), review.opinionText(),
                    review.draftedBy(), review.draftedAt(), null, null, null,
                    note == null ? review.sentBackNote() : note, review.version());
            Review saved = reviews.update(next, version, now);
            audit.record(action, "review", review.id(), review, saved);
            return view(filingId);
        });
    }

    /**
     * 负责人审批: the opinion counts from now — it gets its number, the filing's review is concluded, and a
     * correction or revocation opens its follow-up with the feedback deadline.
     */
    public ReviewView approve(long filingId, int version) {
        currentUser.require(Role.HEAD, "approve a review opinion");
        return db.transaction(() -> {
            Review review = review(filingId);
            requireState(review, ReviewState.APPROVED);
            FilingView filing = filings.view(filingId);
            Instant now = clock.instant();
            int year = LocalDate.ofInstant(now, zone()).getYear();
            String number = settings.unit().unitCode() + "司审〔" + year + "〕"
                    + serials.next("review-opinion-" + year) + "号";
            Review next = new Review(review.id(), review.filingId(), ReviewState.APPROVED, review.assignee(),
                    review.assignedAt(), review.outcome(), review.feedbackDue(), review.opinionText(),
                    review.draftedBy(), review.draftedAt(), currentUser.name(), now, number, review.sentBackNote(),
                    review.version());
            Review saved = reviews.update(next, version, now);
            filingStore.updateState(filing.filing(), FilingState.REVIEW_CONCLUDED, filing.filing().registrationNo(),
                    filing.filing().registeredDate(), currentUser.name(), "审查意见书 " + number, now);
            audit.record("review.approve", "review", review.id(), review, saved);
            if (review.outcome().needsCorrection()) {
                Correction opened = reviews.insertCorrection(review.id(), filing.document().id(), review.feedbackDue(),
                        now);
                audit.record("review.correction.open", "correction", opened.id(), null, opened);
            }
            return view(filingId);
        });
    }

    // --- correction follow-up --------------------------------------------------------------------------------

    /** Corrections not closed yet, the earliest feedback deadline first. */
    public List<Correction> openCorrections() {
        return reviews.openCorrections();
    }

    /** Open corrections whose feedback is overdue today. */
    public List<Correction> overdueCorrections() {
        LocalDate today = today();
        return openCorrections().stream().filter(c -> c.daysOverdue(today) > 0).toList();
    }

    /** How near a feedback deadline must be, in working days, before a correction shows as a reminder. */
    public static final int DEFAULT_REMINDER_WORKING_DAYS = 5;
    /** The widest reminder window accepted, in working days. */
    public static final int MAX_REMINDER_WORKING_DAYS = 60;

    /**
     * 督促纠正: corrections still awaiting the filing unit's feedback whose deadline is past or falls within
     * {@code withinWorkingDays} working days of today (on the working-day calendar), the overdue first.
     */
    public List<CorrectionReminder> correctionReminders(int withinWorkingDays) {
        if (withinWorkingDays < 0 || withinWorkingDays > MAX_REMINDER_WORKING_DAYS) {
            throw new DomainException("review.reminders.within", "The reminder window must be 0 to "
                    + MAX_REMINDER_WORKING_DAYS + " working days, not " + withinWorkingDays,
                    withinWorkingDays, MAX_REMINDER_WORKING_DAYS);
        }
        LocalDate today = today();
        WorkCalendar cal = calendar.calendar();
        LocalDate horizon = cal.addWorkingDays(today, withinWorkingDays);
        List<CorrectionReminder> out = new ArrayList<>();
        for (Correction c : openCorrections()) {
            if (c.state() != CorrectionState.AWAITING_FEEDBACK || c.feedbackDue().isAfter(horizon)) {
                continue;
            }
            int left = c.feedbackDue().isAfter(today) ? cal.workingDaysBetween(today, c.feedbackDue()) : 0;
            String opinionNo = reviews.find(c.reviewId()).map(Review::opinionNo).orElse(null);
            out.add(new CorrectionReminder(c, left, c.daysOverdue(today), opinionNo));
        }
        out.sort(Comparator.comparing((CorrectionReminder r) -> r.correction().feedbackDue())
                .thenComparing(r -> r.correction().id()));
        return out;
    }

    public Correction correction(long correctionId) {
        return reviews.findCorrection(correctionId).orElseThrow(() -> new NotFoundException("correction", correctionId));
    }

    /** A new feedback deadline (延期), e.g. agreed with the filing unit; only while feedback is awaited. */
    public Correction extendFeedback(long correctionId, int version, String newDue) {
        currentUser.require(Role.REVIEWER, "change a correction deadline");
        return db.transaction(() -> {
            Correction c = correction(correctionId);
            if (c.state() != CorrectionState.AWAITING_FEEDBACK) {
                throw correctionState(c);
            }
            LocalDate due = DateParser.parseDay(newDue);
            if (!due.isAfter(c.feedbackDue())) {
                throw new DomainException("review.correction.extendEarlier", "The new deadline " + due
                        + " is not after the current one, " + c.feedbackDue(), due, c.feedbackDue());
            }
            return savedCorrection("review.correction.extend", c, version, copy(c, due, c.state(), c.feedbackOn(),
                    c.feedbackText(), c.correctiveDocumentId(), c.correctiveKind(), null, null, null, null));
        });
    }

    /** 整改反馈: what the filing unit reported, and when. */
    public Correction recordFeedback(long correctionId, int version, String receivedOn, String text) {
        currentUser.require(Role.REVIEWER, "record correction feedback");
        if (text == null || text.isBlank()) {
            throw new DomainException("review.correction.feedbackEmpty", "Say what the filing unit reported");
        }
        if (text.length() > 4000) {
            throw new DomainException("review.correction.feedbackTooLong", "The feedback is longer than 4000 characters",
                    4000);
        }
        return db.transaction(() -> {
            Correction c = correction(correctionId);
            if (c.state() == CorrectionState.CLOSED) {
                throw correctionState(c);
            }
            LocalDate on = DateParser.parseDay(receivedOn);
            Review review = reviews.find(c.reviewId()).orElseThrow();
            LocalDate approved = LocalDate.ofInstant(review.approvedAt(), zone());
            if (on.isAfter(today()) || on.isBefore(approved)) {
                throw new DomainException("review.correction.feedbackDate", "Feedback on " + on + " must fall between "
                        + "the opinion's approval on " + approved + " and today", on, approved);
            }
            return savedCorrection("review.correction.feedback", c, version, copy(c, c.feedbackDue(),
                    CorrectionState.FEEDBACK_RECEIVED, on, text.strip(), c.correctiveDocumentId(), c.correctiveKind(),
                    null, null, null, null));
        });
    }

    /**
     * Links the issuer's corrective document: it amends or repeals the original, whose status in the register
     * changes with the link (立改废), in the same transaction.
     */
    public Correction linkCorrective(long correctionId, int version, long correctiveDocumentId, RelationKind kind,
                                     String effectiveOn) {
        currentUser.require(Role.REVIEWER, "link a corrective document");
        if (kind != RelationKind.AMENDS && kind != RelationKind.REPEALS) {
            throw new DomainException("review.correction.kind", "A corrective document amends or repeals the original",
                    kind);
        }
        return db.transaction(() -> {
            Correction c = correction(correctionId);
            if (c.state() != CorrectionState.FEEDBACK_RECEIVED) {
                throw new DomainException("review.correction.noFeedback", "Record the filing unit's feedback before "
                        + "linking its corrective document");
            }
            if (c.correctiveDocumentId() != null) {
                throw new DomainException("review.correction.alreadyLinked", "A corrective document is already linked",
                        c.correctiveDocumentId());
            }
            Review review = reviews.find(c.reviewId()).orElseThrow();
            LocalDate on = effectiveOn == null || effectiveOn.isBlank() ? null : DateParser.parseDay(effectiveOn);
            lifecycle.relateAsCorrection(correctiveDocumentId, kind, c.documentId(), on, "纠错：审查意见书 " + review.opinionNo());
            return savedCorrection("review.correction.link", c, version, copy(c, c.feedbackDue(), c.state(),
                    c.feedbackOn(), c.feedbackText(), correctiveDocumentId, kind, null, null, null, null));
        });
    }

    /**
     * 办结. Self-amended / self-repealed need the matching corrective document linked; revoked changes the
     * original's status to 已撤销 (effective today); not corrected needs a note saying why it is closed anyway.
     */
    public Correction close(long correctionId, int version, CorrectionResult result, String note) {
        currentUser.require(Role.REVIEWER, "close a correction");
        Objects.requireNonNull(result, "result");
        String why = note == null || note.isBlank() ? null : note.strip();
        return db.transaction(() -> {
            Correction c = correction(correctionId);
            if (c.state() == CorrectionState.CLOSED) {
                throw correctionState(c);
            }
            switch (result) {
                case SELF_AMENDED, SELF_REPEALED -> {
                    RelationKind needed = result == CorrectionResult.SELF_AMENDED ? RelationKind.AMENDS : RelationKind.REPEALS;
                    if (c.correctiveKind() != needed) {
                        throw new DomainException("review.correction.closeNeedsDocument", "Link the document that "
                                + needed + " the original before closing as " + result, result, needed);
                    }
                }
                case REVOKED -> {
                    NormativeDocument original = register.get(c.documentId());
                    if (original.status() != LifecycleStatus.REVOKED) {
                        Review review = reviews.find(c.reviewId()).orElseThrow();
                        register.changeStatus(original.id(), original.version(), LifecycleStatus.REVOKED, today(),
                                "纠错：审查意见书 " + review.opinionNo() + "，提请撤销", null);
                    }
                }
                case NOT_CORRECTED -> {
                    if (why == null) {
                        throw new DomainException("review.correction.closeNeedsNote",
                                "Say why the correction is closed without a correction");
                    }
                }
            }
            LocalDate feedbackOn = c.feedbackOn();
            return savedCorrection("review.correction.close", c, version, copy(c, c.feedbackDue(),
                    CorrectionState.CLOSED, feedbackOn, c.feedbackText(), c.correctiveDocumentId(), c.correctiveKind(),
                    result, today(), currentUser.name(), why));
        });
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private Correction savedCorrection(String action, Correction before, int version, Correction next) {
        Correction saved = reviews.updateCorrection(next, version);
        audit.record(action, "correction", before.id(), before, saved);
        return saved;
    }

    private static Correction copy(Correction c, LocalDate due, CorrectionState state, LocalDate feedbackOn,
                                   String feedback, Long corrective, RelationKind kind, CorrectionResult result,
                                   LocalDate closedOn, String closedBy, String note) {
        return new Correction(c.id(), c.reviewId(), c.filingId(), c.documentId(), c.documentTitle(), c.docNumber(),
                c.filingUnit(), due, state, feedbackOn, feedback, corrective, kind, result, closedOn, closedBy, note,
                c.version());
    }

    private static DomainException correctionState(Correction c) {
        return new DomainException("review.correction.state", "The correction is " + c.state(), c.state());
    }

    private LocalDate feedbackDue(String text) {
        if (text == null || text.isBlank()) {
            DeadlineRule rule = DeadlineRule.calendarDays(DEFAULT_FEEDBACK_DAYS, DeadlineStart.REGISTERED);
            CalendarAnswer<LocalDate> due = rule.due(today(), calendar.calendar());
            return due.value();
        }
        LocalDate due = DateParser.parseDay(text);
        if (!due.isAfter(today())) {
            throw new DomainException("review.outcome.feedbackPast", "The feedback deadline " + due
                    + " must be after today", due);
        }
        return due;
    }

    private Review review(long filingId) {
        return reviews.forFiling(filingId).orElseThrow(() -> new DomainException("review.notAssigned",
                "Filing #" + filingId + " has no reviewer yet; assign one first", filingId));
    }

    private Review openReview(long filingId) {
        Review review = review(filingId);
        if (review.state() != ReviewState.IN_REVIEW) {
            throw new DomainException("review.notOpen", "The review of filing #" + filingId + " is " + review.state()
                    + "; the checklist and outcome can change only while it is in review", review.state());
        }
        return review;
    }

    private static void requireState(Review review, ReviewState target) {
        if (!review.state().canMoveTo(target)) {
            throw new DomainException("review.state.refused", "The review is " + review.state() + " and cannot become "
                    + target, review.state(), target);
        }
    }

    private static Review with(Review r, ReviewState state, String assignee, Instant assignedAt) {
        return new Review(r.id(), r.filingId(), state, assignee, assignedAt, r.outcome(), r.feedbackDue(),
                r.opinionText(), r.draftedBy(), r.draftedAt(), r.approvedBy(), r.approvedAt(), r.opinionNo(),
                r.sentBackNote(), r.version());
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
