package org.normdesk.ui.review;

import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.normdesk.ui.common.Dialogs;
import org.normdesk.ui.common.UiStyle;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.review.ChecklistPoint;
import org.normdesk.domain.review.Correction;
import org.normdesk.domain.review.CorrectionResult;
import org.normdesk.domain.review.CorrectionState;
import org.normdesk.domain.review.PointResult;
import org.normdesk.domain.review.Review;
import org.normdesk.domain.review.ReviewOutcome;
import org.normdesk.domain.review.ReviewState;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.review.ReviewQueueRow;
import org.normdesk.service.review.ReviewView;
import org.normdesk.service.review.ReviewViewService;
import org.normdesk.ui.common.Cells;
import org.normdesk.ui.common.Columns;
import org.normdesk.ui.common.Forms;
import org.normdesk.ui.common.ViewLoader;
import org.normdesk.ui.review.hints.DocumentTextModel;
import org.normdesk.ui.review.hints.DocumentTextPane;
import org.normdesk.ui.shell.SectionViews;

import java.time.LocalDate;

/** Controller of review/ReviewView.fxml, the 审查 section: the queue on the left, the filing's review on the right. */
public final class ReviewSectionView {
    /** Row tint of an overdue review, shared with the intake queue. */
    static final String ROW_OVERDUE = "due-row-overdue";

    @FXML private BorderPane reviewRoot;
    @FXML private TextField reviewSearchField;
    @FXML private CheckBox overdueOnlyBox;
    @FXML private CheckBox mineOnlyBox;
    @FXML private ComboBox<ReviewViewService.ViewCount> reviewViewBox;
    @FXML private Button renameReviewViewButton;
    @FXML private Button deleteReviewViewButton;
    @FXML private Label reviewViewError;
    @FXML private Label reviewCountLabel;
    @FXML private TableView<ReviewQueueRow> reviewQueueTable;
    @FXML private TableColumn<ReviewQueueRow, String> queueNumberColumn;
    @FXML private TableColumn<ReviewQueueRow, String> queueTitleColumn;
    @FXML private TableColumn<ReviewQueueRow, String> queueUnitColumn;
    @FXML private TableColumn<ReviewQueueRow, LocalDate> queueDueColumn;
    @FXML private TableColumn<ReviewQueueRow, Long> queueDaysLeftColumn;
    @FXML private TableColumn<ReviewQueueRow, String> queueAssigneeColumn;
    @FXML private TableColumn<ReviewQueueRow, String> queueStateColumn;
    @FXML private SplitPane workspaceSplit;
    @FXML private Label workspaceTitle;
    @FXML private Label workspaceInfo;
    @FXML private Label assigneeLabel;
    @FXML private Button takeReviewButton;
    @FXML private TextField assigneeField;
    @FXML private Button assignButton;
    @FXML private TitledPane checklistPane;
    @FXML private GridPane checklistGrid;
    @FXML private Button saveChecklistButton;
    @FXML private TitledPane outcomePane;
    @FXML private ComboBox<ReviewOutcome> outcomeBox;
    @FXML private TextField feedbackDueField;
    @FXML private Button decideButton;
    @FXML private TitledPane opinionPane;
    @FXML private Label opinionStatus;
    @FXML private TextArea opinionArea;
    @FXML private Button saveOpinionButton;
    @FXML private Button withdrawButton;
    @FXML private Button approveButton;
    @FXML private TextField sendBackField;
    @FXML private Button sendBackButton;
    @FXML private Button exportOpinionButton;
    @FXML private TitledPane correctionPane;
    @FXML private Label correctionStatus;
    @FXML private TextField feedbackOnField;
    @FXML private TextField feedbackTextField;
    @FXML private Button recordFeedbackButton;
    @FXML private ComboBox<DocumentSummary> correctiveBox;
    @FXML private ComboBox<RelationKind> correctiveKindBox;
    @FXML private Button linkCorrectiveButton;
    @FXML private ComboBox<CorrectionResult> closeResultBox;
    @FXML private TextField closeNoteField;
    @FXML private Button closeCorrectionButton;
    @FXML private Label reviewError;
    @FXML private HBox reminderBar;
    @FXML private Label reminderLabel;
    @FXML private Button printRemindersButton;

    private final ReviewViewModel vm;
    private final Messages messages;
    private final DocumentTextPane textPane;
    private long textShownFor = -1;
    /** True while the saved-view list is refilled, so that re-selecting the applied view does not apply it again. */
    private boolean refillingViews;

    /**
     * @param textPane the document's text with its legality hints, shown beside the checklist
     */
    public ReviewSectionView(ReviewViewModel vm, DocumentTextPane textPane) {
        this.vm = vm;
        this.messages = vm.messages();
        this.textPane = textPane;
    }

    /** The section's view for the main window ({@link SectionViews}); it reads the queue when created. */
    public static Node create(SectionViews.Context c) {
        ReviewViewModel vm = new ReviewViewModel(c.workspace(), c.messages(), c.runner(), c.notifier(), c.clock(),
                c.exportFolder(), c.opener());
        DocumentTextPane textPane = new DocumentTextPane(new DocumentTextModel(c.workspace().hints(), c.runner(),
                c.messages(), c.clock().getZone()));
        Node root = ViewLoader.load("/review/ReviewView.fxml", c.messages(), new ReviewSectionView(vm, textPane)).root();
        root.getProperties().put(SectionViews.REFRESH, (Runnable) vm::refresh);
        vm.refresh();
        return root;
    }

    @FXML
    private void initialize() {
        reviewRoot.setUserData(vm); // lets a test reach the view-model behind the section
        reviewSearchField.textProperty().bindBidirectional(vm.searchTextProperty());
        overdueOnlyBox.selectedProperty().bindBidirectional(vm.overdueOnlyProperty());
        mineOnlyBox.selectedProperty().bindBidirectional(vm.mineOnlyProperty());
        reviewCountLabel.textProperty().bind(vm.countTextProperty());
        reminderLabel.textProperty().bind(vm.reminderTextProperty());
        reminderBar.visibleProperty().bind(vm.reminderTextProperty().isNotEmpty());
        reminderBar.managedProperty().bind(reminderBar.visibleProperty());
        Forms.message(reviewError, vm.errorProperty());
        queueColumns();
        savedViews();

        buildChecklist();
        outcomeBox.getItems().setAll(ReviewOutcome.values());
        Forms.labels(outcomeBox, messages::label);
        outcomeBox.valueProperty().bindBidirectional(vm.outcomeProperty());
        feedbackDueField.textProperty().bindBidirectional(vm.feedbackDueProperty());
        opinionArea.textProperty().bindBidirectional(vm.opinionTextProperty());
        assigneeField.textProperty().bindBidirectional(vm.assigneeTextProperty());
        sendBackField.textProperty().bindBidirectional(vm.sendBackNoteProperty());
        feedbackOnField.textProperty().bindBidirectional(vm.feedbackOnProperty());
        feedbackTextField.textProperty().bindBidirectional(vm.feedbackTextProperty());
        correctiveBox.setItems(vm.correctiveChoices());
        Forms.labels(correctiveBox, d -> (d.docNumber() == null ? "" : d.docNumber() + " ") + d.title());
        correctiveBox.valueProperty().bindBidirectional(vm.correctiveProperty());
        correctiveKindBox.getItems().setAll(RelationKind.AMENDS, RelationKind.REPEALS);
        Forms.labels(correctiveKindBox, messages::label);
        correctiveKindBox.valueProperty().bindBidirectional(vm.correctiveKindProperty());
        closeResultBox.getItems().setAll(CorrectionResult.values());
        Forms.labels(closeResultBox, messages::label);
        closeResultBox.valueProperty().bindBidirectional(vm.closeResultProperty());

        textPane.setId("documentTextPane");
        workspaceSplit.getItems().add(0, textPane);
        workspaceSplit.setDividerPositions(0.42);
        vm.currentProperty().addListener((o, a, now) -> showReview(now));
        showReview(null);
    }

    private void queueColumns() {
        Cells.text(queueNumberColumn, r -> r.docNumber() == null ? "" : r.docNumber());
        Cells.text(queueTitleColumn, ReviewQueueRow::title);
        Cells.text(queueUnitColumn, ReviewQueueRow::filingUnit);
        Cells.date(queueDueColumn, ReviewQueueRow::reviewDue, messages);
        Cells.value(queueDaysLeftColumn, ReviewQueueRow::daysLeft);
        queueDaysLeftColumn.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Long days, boolean empty) {
                super.updateItem(days, empty);
                setText(empty || days == null ? null : days < 0 ? messages.format("review.daysOverdue", -days)
                        : messages.format("review.daysLeft", days));
            }
        });
        Cells.text(queueAssigneeColumn, r -> r.assignee() == null ? messages.get("cli.review.unassigned") : r.assignee());
        Cells.text(queueStateColumn, r -> r.reviewState() == null ? messages.label(r.filingState())
                : messages.label(r.reviewState()));
        Columns.width(queueNumberColumn, 8);
        Columns.width(queueTitleColumn, 14);
        Columns.width(queueUnitColumn, 8);
        Columns.width(queueDueColumn, 6.5);
        Columns.width(queueDaysLeftColumn, 5.5);
        Columns.width(queueAssigneeColumn, 5);
        Columns.width(queueStateColumn, 6);
        reviewQueueTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ReviewQueueRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(ROW_OVERDUE);
                if (!empty && row != null && row.overdue()) {
                    getStyleClass().add(ROW_OVERDUE);
                }
            }
        });
        SortedList<ReviewQueueRow> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(reviewQueueTable.comparatorProperty());
        reviewQueueTable.setItems(sorted);
        reviewQueueTable.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) {
                vm.open(now.filingId());
            }
        });
    }

    /** The saved views beside the filters: choosing one applies it; each shows how many rows it gives now. */
    private void savedViews() {
        reviewViewBox.setItems(vm.savedViews());
        reviewViewBox.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ReviewViewService.ViewCount item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewLabel(item));
            }
        });
        // the button cell says what the list is for while no view is applied (a custom cell loses the prompt)
        reviewViewBox.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ReviewViewService.ViewCount item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? messages.get("reviewviews.prompt") : viewLabel(item));
            }
        });
        Forms.message(reviewViewError, vm.viewErrorProperty());
        reviewViewBox.valueProperty().addListener((o, was, now) -> {
            if (!refillingViews && now != null) {
                vm.applyView(now);
            }
        });
        // after the combo box has dealt with the change itself (it drops a chosen entry that left the list)
        vm.savedViews().addListener((javafx.collections.ListChangeListener<ReviewViewService.ViewCount>) change ->
                javafx.application.Platform.runLater(this::reselectApplied));
        vm.appliedViewIdProperty().addListener((o, was, now) -> reselectApplied());
        renameReviewViewButton.disableProperty().bind(reviewViewBox.valueProperty().isNull());
        deleteReviewViewButton.disableProperty().bind(reviewViewBox.valueProperty().isNull());
    }

    private String viewLabel(ReviewViewService.ViewCount item) {
        return item.count() == null ? messages.format("reviewviews.item.unreadable", item.view().name())
                : messages.format("reviewviews.item", item.view().name(), item.count());
    }

    private void reselectApplied() {
        Long id = vm.appliedViewIdProperty().get();
        refillingViews = true;
        try {
            reviewViewBox.setValue(id == null ? null : vm.savedViews().stream()
                    .filter(v -> v.view().id() == id).findFirst().orElse(null));
        } finally {
            refillingViews = false;
        }
    }

    @FXML
    private void saveView() {
        askName(messages.get("reviewviews.save.title"), messages.get("reviewviews.save.header"), "")
                .ifPresent(vm::saveViewAs);
    }

    @FXML
    private void renameView() {
        ReviewViewService.ViewCount entry = reviewViewBox.getValue();
        if (entry == null) {
            return;
        }
        String old = entry.view().name();
        askName(messages.get("reviewviews.rename.title"), messages.format("reviewviews.rename.header", old), old)
                .filter(name -> !name.strip().equals(old)).ifPresent(name -> vm.renameView(entry, name));
    }

    @FXML
    private void deleteView() {
        ReviewViewService.ViewCount entry = reviewViewBox.getValue();
        if (entry != null && Dialogs.confirm(window(), messages, messages.get("reviewviews.delete.title"),
                messages.format("reviewviews.delete.header", entry.view().name()),
                messages.get("reviewviews.delete.text"))) {
            vm.deleteView(entry);
        }
    }

    /** The name typed, as typed (the service trims and checks it); empty when cancelled. */
    private java.util.Optional<String> askName(String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(window());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getEditor().setId("reviewViewNameField");
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("ui.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.get("nav.views.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)).setId("reviewViewNameOk");
        UiStyle.apply(dialog.getDialogPane());
        return dialog.showAndWait();
    }

    private Window window() {
        return reviewRoot.getScene() == null ? null : reviewRoot.getScene().getWindow();
    }

    /** One row per review point: name, pass / problem / n.a., article, comment; grouped under their headings. */
    private void buildChecklist() {
        int row = 0;
        Object group = null;
        for (PointRow point : vm.points()) {
            ChecklistPoint p = point.point();
            if (p.group() != group) {
                group = p.group();
                Label heading = new Label(messages.label(p.group()));
                heading.getStyleClass().add("review-checklist-group");
                checklistGrid.add(heading, 0, row++, 4, 1);
            }
            Label name = new Label(messages.label(p));
            ComboBox<PointResult> result = new ComboBox<>();
            result.setId("point-" + p.name());
            result.getItems().setAll(PointResult.values());
            Forms.labels(result, messages::label);
            result.setPromptText(messages.get("review.point.unmarked"));
            result.valueProperty().bindBidirectional(point.resultProperty());
            TextField article = new TextField();
            article.setId("article-" + p.name());
            article.setPromptText(messages.get("review.point.article"));
            article.setPrefColumnCount(6);
            article.textProperty().bindBidirectional(point.articleProperty());
            TextField comment = new TextField();
            comment.setId("comment-" + p.name());
            comment.setPromptText(messages.get("review.point.comment"));
            comment.textProperty().bindBidirectional(point.commentProperty());
            GridPane.setHgrow(comment, Priority.ALWAYS);
            // the comment gives way on a narrow screen; the result and the article keep their width
            result.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            article.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            comment.setMinWidth(80);
            checklistGrid.addRow(row++, name, result, article, comment);
        }
    }

    private void showReview(ReviewView view) {
        if (view != null && view.filing().document().id() != textShownFor) {
            textShownFor = view.filing().document().id();
            textPane.model().load(textShownFor);
        }
        Review review = view == null ? null : view.review();
        ReviewState state = review == null ? null : review.state();
        boolean concluded = state == ReviewState.APPROVED;
        if (view == null) {
            workspaceTitle.setText(messages.get("review.workspace.none"));
            workspaceInfo.setText("");
            assigneeLabel.setText("");
        } else {
            var doc = view.filing().document();
            workspaceTitle.setText("《" + doc.title() + "》");
            workspaceInfo.setText(messages.format("review.workspace.info",
                    doc.docNumber() == null ? "—" : doc.docNumber().raw(), view.filing().filingUnit().name(),
                    view.filing().filing().registrationNo(), messages.date(view.filing().deadlines().reviewDue()),
                    messages.label(view.filing().filing().state()), messages.label(doc.status())));
            assigneeLabel.setText(review == null ? messages.get("review.assignee.none")
                    : messages.format("review.assignee.is", review.assignee(), messages.label(review.state())));
        }
        boolean canAssign = view != null && !concluded;
        takeReviewButton.setDisable(!canAssign || !vm.isReviewer());
        assignButton.setDisable(!canAssign || !vm.isHead());
        assigneeField.setDisable(!canAssign || !vm.isHead());

        boolean open = state == ReviewState.IN_REVIEW;
        checklistGrid.setDisable(!open);
        saveChecklistButton.setDisable(!open);
        outcomeBox.setDisable(!open);
        feedbackDueField.setDisable(!open);
        decideButton.setDisable(!open);

        boolean awaiting = state == ReviewState.AWAITING_APPROVAL;
        opinionArea.setEditable(awaiting);
        opinionArea.setDisable(review == null || review.opinionText() == null);
        saveOpinionButton.setDisable(!awaiting);
        withdrawButton.setDisable(!awaiting);
        approveButton.setDisable(!awaiting || !vm.isHead());
        sendBackField.setDisable(!awaiting || !vm.isHead());
        sendBackButton.setDisable(!awaiting || !vm.isHead());
        exportOpinionButton.setDisable(!concluded);
        opinionStatus.setText(opinionStatus(review));

        Correction c = view == null ? null : view.correction();
        correctionPane.setVisible(c != null);
        correctionPane.setManaged(c != null);
        if (c != null) {
            long overdue = c.daysOverdue(vm.today());
            correctionStatus.setText(messages.format("review.correction.status", messages.label(c.state()),
                    messages.date(c.feedbackDue()), overdue, c.result() == null ? "" : messages.label(c.result())));
            correctionStatus.getStyleClass().remove("review-overdue-text");
            if (overdue > 0) {
                correctionStatus.getStyleClass().add("review-overdue-text");
            }
            boolean closed = c.state() == CorrectionState.CLOSED;
            recordFeedbackButton.setDisable(closed);
            feedbackOnField.setDisable(closed);
            feedbackTextField.setDisable(closed);
            boolean linkable = c.state() == CorrectionState.FEEDBACK_RECEIVED && c.correctiveDocumentId() == null;
            correctiveBox.setDisable(!linkable);
            correctiveKindBox.setDisable(!linkable);
            linkCorrectiveButton.setDisable(!linkable);
            closeResultBox.setDisable(closed);
            closeNoteField.setDisable(closed);
            closeCorrectionButton.setDisable(closed);
        }
    }

    private String opinionStatus(Review review) {
        if (review == null || review.state() == ReviewState.IN_REVIEW) {
            return review != null && review.sentBackNote() != null
                    ? messages.format("review.opinion.sentBack", review.sentBackNote())
                    : messages.get("review.opinion.notDrafted");
        }
        if (review.state() == ReviewState.AWAITING_APPROVAL) {
            return messages.format("review.opinion.awaiting", review.draftedBy());
        }
        return messages.format("review.opinion.approved", review.opinionNo(), review.approvedBy(),
                messages.date(java.time.LocalDate.ofInstant(review.approvedAt(), vm.zone())));
    }

    @FXML private void refresh() { vm.refresh(); }
    @FXML private void takeReview() { vm.takeIt(); }
    @FXML private void assign() { vm.assignToNamed(); }
    @FXML private void saveChecklist() { vm.saveChecklist(); }
    @FXML private void decide() { vm.decide(); }
    @FXML private void saveOpinion() { vm.saveOpinion(); }
    @FXML private void withdraw() { vm.withdraw(); }
    @FXML private void approve() { vm.approve(); }
    @FXML private void sendBack() { vm.sendBack(); }
    @FXML private void exportOpinion() { vm.exportOpinion(); }
    @FXML private void printReminders() { vm.printReminders(); }
    @FXML private void recordFeedback() { vm.recordFeedback(); }
    @FXML private void linkCorrective() { vm.linkCorrective(); }
    @FXML private void closeCorrection() { vm.closeCorrection(); }

    /** Where the hints branch's document text pane goes: beside the checklist. */
    SplitPane workspaceSplit() {
        return workspaceSplit;
    }
}
