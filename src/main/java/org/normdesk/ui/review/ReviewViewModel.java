package org.normdesk.ui.review;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.normdesk.domain.account.Role;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.review.CheckedPoint;
import org.normdesk.domain.review.ChecklistPoint;
import org.normdesk.domain.review.Correction;
import org.normdesk.domain.review.CorrectionResult;
import org.normdesk.domain.review.Review;
import org.normdesk.domain.review.ReviewOutcome;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.review.CorrectionReminder;
import org.normdesk.service.review.ReviewQueueFilter;
import org.normdesk.service.review.ReviewQueueRow;
import org.normdesk.service.review.ReviewViewService;
import org.normdesk.service.review.ReviewService;
import org.normdesk.service.review.ReviewView;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.common.FileOpener;
import org.normdesk.ui.task.BackgroundJob;
import org.normdesk.ui.task.TaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The 审查 section: the review queue (filtered as you type) and the workspace of the chosen filing — checklist,
 * outcome, opinion, approval and correction follow-up. Every service call runs through the {@link TaskRunner};
 * the service decides who may do what, the view only greys out what the signed-in user cannot do.
 */
public final class ReviewViewModel {
    private final Workspace ws;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<String> notifier;
    private final Clock clock;
    private final Path exportFolder;
    private final FileOpener opener;

    private final ObservableList<ReviewQueueRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ReviewQueueRow> shown = new FilteredList<>(rows, r -> true);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final BooleanProperty mineOnly = new SimpleBooleanProperty();
    private final StringProperty countText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final ObjectProperty<ReviewView> current = new SimpleObjectProperty<>();
    private final ObservableList<PointRow> points = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewOutcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty feedbackDue = new SimpleStringProperty("");
    private final StringProperty opinionText = new SimpleStringProperty("");
    private final StringProperty assigneeText = new SimpleStringProperty("");
    private final StringProperty sendBackNote = new SimpleStringProperty("");
    private final StringProperty feedbackOn = new SimpleStringProperty("");
    private final StringProperty feedbackText = new SimpleStringProperty("");
    private final ObservableList<DocumentSummary> correctiveChoices = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentSummary> corrective = new SimpleObjectProperty<>();
    private final ObjectProperty<RelationKind> correctiveKind = new SimpleObjectProperty<>(RelationKind.AMENDS);
    private final ObjectProperty<CorrectionResult> closeResult = new SimpleObjectProperty<>(CorrectionResult.SELF_AMENDED);
    private final StringProperty closeNote = new SimpleStringProperty("");
    private final ObjectProperty<List<Path>> lastExported = new SimpleObjectProperty<>(List.of());
    private final ObservableList<CorrectionReminder> reminders = FXCollections.observableArrayList();
    private final StringProperty reminderText = new SimpleStringProperty("");
    private final ObservableList<ReviewViewService.ViewCount> savedViews = FXCollections.observableArrayList();
    /** The saved view last applied (null when none); the list keeps it selected across a recount. */
    private final ObjectProperty<Long> appliedViewId = new SimpleObjectProperty<>();
    /** Why saving, applying, renaming or deleting a view failed; shown beside the views. */
    private final StringProperty viewError = new SimpleStringProperty("");

    public ReviewViewModel(Workspace ws, Messages messages, TaskRunner runner, Consumer<String> notifier, Clock clock,
                           Path exportFolder, FileOpener opener) {
        this.ws = ws;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
        this.clock = clock;
        this.exportFolder = exportFolder;
        this.opener = opener;
        for (ChecklistPoint p : ChecklistPoint.values()) {
            points.add(new PointRow(p));
        }
        searchText.addListener((o, a, b) -> applyFilter());
        overdueOnly.addListener((o, a, b) -> applyFilter());
        mineOnly.addListener((o, a, b) -> applyFilter());
    }

    // --- the queue -------------------------------------------------------------------------------------------

    public void refresh() {
        Long keep = current.get() == null ? null : current.get().filing().filing().id();
        runner.run(messages.get("review.loading"), progress -> new QueueAndReminders(reviews().queue(),
                reviews().correctionReminders(ReviewService.DEFAULT_REMINDER_WORKING_DAYS),
                ws.reviewViews().listWithCounts()), loaded -> {
            rows.setAll(loaded.queue());
            showReminders(loaded.reminders());
            savedViews.setAll(loaded.views());
            applyFilter();
            if (keep != null) {
                open(keep);
            }
        }, this::failed);
    }

    private record QueueAndReminders(List<ReviewQueueRow> queue, List<CorrectionReminder> reminders,
                                     List<ReviewViewService.ViewCount> views) {
    }

    // --- saved views of the queue ------------------------------------------------------------------------------

    /** The queue's filters as they are set now. */
    public ReviewQueueFilter currentFilter() {
        return new ReviewQueueFilter(searchText.get(), overdueOnly.get(), mineOnly.get());
    }

    /** Saves the current filters under {@code name}; a blank or taken name is refused with a message. */
    public void saveViewAs(String name) {
        ReviewQueueFilter filter = currentFilter();
        runner.run(messages.get("reviewviews.saving"), progress -> {
            var saved = ws.reviewViews().create(name, filter);
            return new SavedAndCounted(saved.id(), saved.name(), ws.reviewViews().listWithCounts());
        }, done -> {
            viewError.set("");
            appliedViewId.set(done.id());
            savedViews.setAll(done.views());
            notifier.accept(messages.format("reviewviews.saved", done.name()));
        }, this::viewFailed);
    }

    /** Applies a saved view's filters to the queue (read again, so a view changed elsewhere applies as it is now). */
    public void applyView(ReviewViewService.ViewCount entry) {
        if (entry == null) {
            return;
        }
        long id = entry.view().id();
        runner.run(messages.get("reviewviews.applying"), progress -> ws.reviewViews().filterOf(id), filter -> {
            viewError.set("");
            searchText.set(filter.text());
            overdueOnly.set(filter.overdueOnly());
            mineOnly.set(filter.mineOnly());
            appliedViewId.set(id);
            notifier.accept(messages.format("reviewviews.applied", entry.view().name()));
        }, this::viewFailed);
    }

    public void renameView(ReviewViewService.ViewCount entry, String newName) {
        var view = entry.view();
        runner.run(messages.get("reviewviews.saving"), progress -> {
            var renamed = ws.reviewViews().rename(view.id(), view.version(), newName);
            return new SavedAndCounted(renamed.id(), renamed.name(), ws.reviewViews().listWithCounts());
        }, done -> {
            viewError.set("");
            savedViews.setAll(done.views());
            notifier.accept(messages.format("reviewviews.renamed", view.name(), done.name()));
        }, this::viewFailed);
    }

    public void deleteView(ReviewViewService.ViewCount entry) {
        var view = entry.view();
        runner.run(messages.get("reviewviews.saving"), progress -> {
            ws.reviewViews().delete(view.id());
            return ws.reviewViews().listWithCounts();
        }, views -> {
            viewError.set("");
            if (Long.valueOf(view.id()).equals(appliedViewId.get())) {
                appliedViewId.set(null);
            }
            savedViews.setAll(views);
            notifier.accept(messages.format("reviewviews.deleted", view.name()));
        }, this::viewFailed);
    }

    private void viewFailed(Throwable t) {
        viewError.set(ErrorText.of(t, messages));
    }

    public StringProperty viewErrorProperty() {
        return viewError;
    }

    private record SavedAndCounted(long id, String name, List<ReviewViewService.ViewCount> views) {
    }

    /** Saved views of the queue by name, each with the number of queue rows it gives now. */
    public ObservableList<ReviewViewService.ViewCount> savedViews() {
        return savedViews;
    }

    public ObjectProperty<Long> appliedViewIdProperty() {
        return appliedViewId;
    }

    /** 督促提醒: the notice above the queue naming the corrections whose feedback is due soon or overdue. */
    private void showReminders(List<CorrectionReminder> due) {
        reminders.setAll(due);
        if (due.isEmpty()) {
            reminderText.set("");
            return;
        }
        long overdue = due.stream().filter(CorrectionReminder::overdue).count();
        String names = due.stream().limit(3).map(r -> messages.format(r.overdue() ? "review.reminders.itemOverdue"
                        : "review.reminders.itemNear", r.correction().documentTitle(), r.overdue() ? r.daysOverdue()
                        : r.workingDaysLeft()))
                .collect(java.util.stream.Collectors.joining(messages.get("review.reminders.separator")));
        reminderText.set(messages.format("review.reminders.notice", due.size(), overdue,
                ReviewService.DEFAULT_REMINDER_WORKING_DAYS, names + (due.size() > 3 ? messages.get("review.reminders.more") : "")));
    }

    /** Writes a 督促纠正通知 (.docx and PDF) for every reminder into the export folder and opens the first PDF. */
    public void printReminders() {
        List<Long> ids = reminders.stream().map(r -> r.correction().id()).toList();
        if (ids.isEmpty()) {
            return;
        }
        runner.run(messages.get("review.exporting"), progress -> {
            Files.createDirectories(exportFolder);
            List<Path> files = new java.util.ArrayList<>();
            for (long id : ids) {
                files.addAll(ws.reviewLetters().reminder(id, exportFolder));
            }
            opener.open(files.get(1));
            return files;
        }, files -> {
            lastExported.set(files);
            notifier.accept(messages.format("review.reminders.printed", files.size() / 2, exportFolder));
        }, this::failed);
    }

    public ObservableList<CorrectionReminder> reminders() {
        return reminders;
    }

    public StringProperty reminderTextProperty() {
        return reminderText;
    }

    private void applyFilter() {
        ReviewQueueFilter filter = currentFilter();
        String me = ws.currentUser().name();
        shown.setPredicate(r -> filter.matches(r, me));
        Long applied = appliedViewId.get();
        if (applied != null) {
            // the filters were changed by hand: the applied view no longer describes what the queue shows
            savedViews.stream().filter(v -> v.view().id() == applied && !filter.equals(v.view().filter()))
                    .findFirst().ifPresent(v -> appliedViewId.set(null));
        }
        long overdue = rows.stream().filter(ReviewQueueRow::overdue).count();
        countText.set(messages.format("review.count", shown.size(), rows.size(), overdue));
    }

    /** Opens the workspace of one filing (also a concluded one, for its correction). */
    public void open(long filingId) {
        load(messages.get("review.loading"), () -> reviews().view(filingId));
    }

    // --- actions ---------------------------------------------------------------------------------------------

    public void takeIt() {
        act(id -> reviews().assign(id, ws.currentUser().name()), "review.done.assigned");
    }

    public void assignToNamed() {
        String to = assigneeText.get();
        act(id -> reviews().assign(id, to), "review.done.assigned");
    }

    /** Saves the changed checklist lines; all are checked first, so a bad line saves none. */
    public void saveChecklist() {
        List<PointRow> changed = points.stream().filter(PointRow::changed).toList();
        try {
            changed.forEach(r -> new CheckedPoint(r.point(), r.resultProperty().get(), r.commentProperty().get(),
                    r.articleProperty().get(), "", clock.instant()));
        } catch (RuntimeException e) {
            error.set(ErrorText.of(e, messages));
            return;
        }
        act(id -> {
            ReviewView view = null;
            for (PointRow r : changed) {
                view = reviews().check(id, r.point(), r.resultProperty().get(), r.commentProperty().get(),
                        r.articleProperty().get());
            }
            return view == null ? reviews().view(id) : view;
        }, "review.done.checked");
    }

    public void decide() {
        ReviewOutcome chosen = outcome.get();
        if (chosen == null) {
            error.set(messages.get("review.outcome.choose"));
            return;
        }
        String due = feedbackDue.get();
        int version = version();
        act(id -> reviews().decide(id, version, chosen, due), "review.done.decided");
    }

    public void saveOpinion() {
        String text = opinionText.get();
        int version = version();
        act(id -> reviews().editOpinion(id, version, text), "review.done.opinionSaved");
    }

    public void withdraw() {
        int version = version();
        act(id -> reviews().withdraw(id, version), "review.done.withdrawn");
    }

    public void approve() {
        int version = version();
        act(id -> reviews().approve(id, version), "review.done.approved");
    }

    public void sendBack() {
        String note = sendBackNote.get();
        int version = version();
        act(id -> reviews().sendBack(id, version, note), "review.done.sentBack");
    }

    /** Writes the approved opinion (.docx and PDF) to the export folder and opens the PDF. */
    public void exportOpinion() {
        ReviewView view = current.get();
        if (view == null) {
            return;
        }
        long id = view.filing().filing().id();
        runner.run(messages.get("review.exporting"), progress -> {
            Files.createDirectories(exportFolder);
            List<Path> files = ws.reviewLetters().opinion(id, exportFolder);
            opener.open(files.get(1));
            return files;
        }, files -> {
            lastExported.set(files);
            notifier.accept(messages.format("review.done.exported", files.get(1)));
        }, this::failed);
    }

    public void recordFeedback() {
        String on = feedbackOn.get();
        String text = feedbackText.get();
        correctionAct(c -> reviews().recordFeedback(c.id(), c.version(), on, text), "review.done.feedback");
    }

    public void linkCorrective() {
        DocumentSummary doc = corrective.get();
        RelationKind kind = correctiveKind.get();
        if (doc == null) {
            error.set(messages.get("review.correction.chooseDocument"));
            return;
        }
        correctionAct(c -> reviews().linkCorrective(c.id(), c.version(), doc.id(), kind, null), "review.done.linked");
    }

    public void closeCorrection() {
        CorrectionResult result = closeResult.get();
        String note = closeNote.get();
        correctionAct(c -> reviews().close(c.id(), c.version(), result, note), "review.done.closed");
    }

    // --- plumbing --------------------------------------------------------------------------------------------

    private interface FilingAction {
        ReviewView apply(long filingId) throws Exception;
    }

    private interface CorrectionAction {
        Correction apply(Correction correction) throws Exception;
    }

    private void act(FilingAction action, String doneKey) {
        ReviewView view = current.get();
        if (view == null) {
            return;
        }
        long id = view.filing().filing().id();
        load(messages.get("review.saving"), () -> {
            ReviewView after = action.apply(id);
            return after;
        }, doneKey);
    }

    private void correctionAct(CorrectionAction action, String doneKey) {
        ReviewView view = current.get();
        if (view == null || view.correction() == null) {
            return;
        }
        long id = view.filing().filing().id();
        Correction c = view.correction();
        load(messages.get("review.saving"), () -> {
            action.apply(c);
            return reviews().view(id);
        }, doneKey);
    }

    private void load(String description, BackgroundJobNoProgress job) {
        load(description, job, null);
    }

    private interface BackgroundJobNoProgress {
        ReviewView get() throws Exception;
    }

    private void load(String description, BackgroundJobNoProgress job, String doneKey) {
        BackgroundJob<Loaded> work = progress -> {
            ReviewView view = job.get();
            List<DocumentSummary> candidates = view.correction() == null ? List.of()
                    : ws.register().search(new DocumentQuery(null, Set.of(), Set.of(), null,
                            view.filing().document().leadIssuer().id(), 0)).stream()
                    .filter(d -> d.id() != view.filing().document().id()).toList();
            List<ReviewQueueRow> queue = doneKey == null ? null : reviews().queue();
            List<CorrectionReminder> due = doneKey == null ? null
                    : reviews().correctionReminders(ReviewService.DEFAULT_REMINDER_WORKING_DAYS);
            List<ReviewViewService.ViewCount> views = doneKey == null ? null : ws.reviewViews().listWithCounts();
            return new Loaded(view, candidates, queue, due, views);
        };
        runner.run(description, work, loaded -> {
            error.set("");
            if (loaded.queue() != null) {
                rows.setAll(loaded.queue());
                showReminders(loaded.reminders());
                savedViews.setAll(loaded.views());
                applyFilter();
            }
            correctiveChoices.setAll(loaded.candidates());
            show(loaded.view());
            if (doneKey != null) {
                notifier.accept(messages.format(doneKey, loaded.view().filing().document().title()));
            }
        }, this::failed);
    }

    private record Loaded(ReviewView view, List<DocumentSummary> candidates, List<ReviewQueueRow> queue,
                          List<CorrectionReminder> reminders, List<ReviewViewService.ViewCount> views) {
    }

    private void show(ReviewView view) {
        Review review = view.review();
        for (PointRow row : points) {
            row.load(view.point(row.point()).orElse(null));
        }
        outcome.set(review == null ? null : review.outcome());
        feedbackDue.set(review == null || review.feedbackDue() == null ? "" : messages.date(review.feedbackDue()));
        opinionText.set(review == null || review.opinionText() == null ? "" : review.opinionText());
        assigneeText.set(review == null ? "" : review.assignee());
        sendBackNote.set("");
        feedbackOn.set(view.correction() == null || view.correction().feedbackOn() == null
                ? messages.date(LocalDate.now(clock)) : messages.date(view.correction().feedbackOn()));
        feedbackText.set(view.correction() == null || view.correction().feedbackText() == null ? ""
                : view.correction().feedbackText());
        corrective.set(null);
        // an unchanged review is equal to the shown one; set it anew so the view re-reads who may do what
        current.set(null);
        current.set(view);
    }

    private int version() {
        ReviewView view = current.get();
        return view == null || view.review() == null ? 0 : view.review().version();
    }

    private void failed(Throwable t) {
        error.set(ErrorText.of(t, messages));
    }

    private ReviewService reviews() {
        return ws.reviews();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    java.time.ZoneId zone() {
        return clock.getZone();
    }

    public boolean isHead() {
        return ws.currentUser().principal().has(Role.HEAD);
    }

    public boolean isReviewer() {
        return ws.currentUser().principal().has(Role.REVIEWER);
    }

    // --- properties ------------------------------------------------------------------------------------------

    public Messages messages() {
        return messages;
    }

    public ObservableList<ReviewQueueRow> shown() {
        return shown;
    }

    public ObservableList<ReviewQueueRow> rows() {
        return rows;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public BooleanProperty mineOnlyProperty() {
        return mineOnly;
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<ReviewView> currentProperty() {
        return current;
    }

    public ObservableList<PointRow> points() {
        return points;
    }

    public ObjectProperty<ReviewOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty feedbackDueProperty() {
        return feedbackDue;
    }

    public StringProperty opinionTextProperty() {
        return opinionText;
    }

    public StringProperty assigneeTextProperty() {
        return assigneeText;
    }

    public StringProperty sendBackNoteProperty() {
        return sendBackNote;
    }

    public StringProperty feedbackOnProperty() {
        return feedbackOn;
    }

    public StringProperty feedbackTextProperty() {
        return feedbackText;
    }

    public ObservableList<DocumentSummary> correctiveChoices() {
        return correctiveChoices;
    }

    public ObjectProperty<DocumentSummary> correctiveProperty() {
        return corrective;
    }

    public ObjectProperty<RelationKind> correctiveKindProperty() {
        return correctiveKind;
    }

    public ObjectProperty<CorrectionResult> closeResultProperty() {
        return closeResult;
    }

    public StringProperty closeNoteProperty() {
        return closeNote;
    }

    public ObjectProperty<List<Path>> lastExportedProperty() {
        return lastExported;
    }
}
