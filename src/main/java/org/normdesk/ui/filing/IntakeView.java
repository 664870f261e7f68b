package org.normdesk.ui.filing;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.FormalCheckDecision;
import org.normdesk.service.filing.DueHealth;
import org.normdesk.service.filing.IntakeRow;
import org.normdesk.service.filing.UnfiledDocument;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Choice;
import org.normdesk.ui.common.Forms;
import org.normdesk.ui.common.ViewLoader;
import org.normdesk.ui.shell.SectionViews;

import java.time.LocalDate;
import java.util.Set;

/** Controller of filing/IntakeView.fxml, the 登记 section: binds the controls to {@link IntakeViewModel}. */
public final class IntakeView {
    /** Ctrl+R (Cmd+R on macOS) receives a filing while this section is shown. */
    public static final KeyCombination RECEIVE = KeyCombination.keyCombination("Shortcut+R");

    @FXML private BorderPane intakeRoot;
    @FXML private Button registerFilingButton;
    @FXML private Button returnFilingButton;
    @FXML private Button rejectFilingButton;
    @FXML private Button resubmitButton;
    @FXML private Button printReceiptButton;
    @FXML private Button printNoticeButton;
    @FXML private ComboBox<Choice<Set<FilingState>>> stateFilter;
    @FXML private TextField intakeSearchField;
    @FXML private Label intakeCountLabel;
    @FXML private TabPane intakeTabs;
    @FXML private Tab queueTab;
    @FXML private Tab unfiledTab;
    @FXML private TableView<IntakeRow> intakeTable;
    @FXML private TableColumn<IntakeRow, String> numberColumn;
    @FXML private TableColumn<IntakeRow, String> titleColumn;
    @FXML private TableColumn<IntakeRow, String> unitColumn;
    @FXML private TableColumn<IntakeRow, FilingState> stateColumn;
    @FXML private TableColumn<IntakeRow, LocalDate> firstReceivedColumn;
    @FXML private TableColumn<IntakeRow, LocalDate> currentReceivedColumn;
    @FXML private TableColumn<IntakeRow, Integer> submissionsColumn;
    @FXML private TableColumn<IntakeRow, LocalDate> nextDueColumn;
    @FXML private TableColumn<IntakeRow, DueHealth> healthColumn;
    @FXML private TableColumn<IntakeRow, Long> daysLateColumn;
    @FXML private TableColumn<IntakeRow, String> registrationNoColumn;
    @FXML private Label intakeError;
    @FXML private Label unfiledSinceLabel;
    @FXML private Button receiveUnfiledButton;
    @FXML private TableView<UnfiledDocument> unfiledTable;
    @FXML private TableColumn<UnfiledDocument, String> unfiledNumberColumn;
    @FXML private TableColumn<UnfiledDocument, String> unfiledTitleColumn;
    @FXML private TableColumn<UnfiledDocument, String> unfiledIssuerColumn;
    @FXML private TableColumn<UnfiledDocument, LocalDate> unfiledPublishedColumn;
    @FXML private TableColumn<UnfiledDocument, LocalDate> unfiledDueColumn;
    @FXML private TableColumn<UnfiledDocument, Long> unfiledOverdueColumn;

    private final IntakeViewModel vm;
    private final Messages messages;
    private final IntakeDialogs dialogs;

    public IntakeView(IntakeViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
        this.dialogs = new IntakeDialogs(messages);
    }

    /** The section's view for the main window ({@link SectionViews}); it reads the queue when first shown. */
    public static Node create(SectionViews.Context c) {
        IntakeViewModel vm = new IntakeViewModel(c.workspace(), c.messages(), c.runner(), c.notifier(), c.clock(),
                c.exportFolder(), c.opener());
        IntakeView view = new IntakeView(vm);
        TodayPanelView today = new TodayPanelView(vm);
        Node root = ViewLoader.load("/filing/IntakeView.fxml", c.messages(), view,
                new FilingDetailView(vm.detail()), today).root();
        // the own documents to be filed upward, overdue or due soon, under what is due this week
        today.add(org.normdesk.ui.upward.UpwardDuePanelView.create(c, root));
        return root;
    }

    @FXML
    private void initialize() {
        intakeRoot.setUserData(vm); // lets a test reach the view-model behind the section
        stateFilter.setItems(vm.stateChoices());
        stateFilter.valueProperty().bindBidirectional(vm.stateChoiceProperty());
        intakeSearchField.textProperty().bindBidirectional(vm.searchTextProperty());
        intakeCountLabel.textProperty().bind(vm.countTextProperty());
        Forms.message(intakeError, vm.errorProperty());

        IntakeTable.queue(intakeTable, messages, new IntakeTable.QueueColumns(numberColumn, titleColumn, unitColumn,
                stateColumn, firstReceivedColumn, currentReceivedColumn, submissionsColumn, nextDueColumn,
                healthColumn, daysLateColumn, registrationNoColumn));
        SortedList<IntakeRow> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(intakeTable.comparatorProperty());
        intakeTable.setItems(sorted);
        // the table forgets its selection when the rows are replaced; the view-model says what stays selected
        intakeTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> showSelected(now));

        IntakeTable.unfiled(unfiledTable, messages, unfiledNumberColumn, unfiledTitleColumn, unfiledIssuerColumn,
                unfiledPublishedColumn, unfiledDueColumn, unfiledOverdueColumn);
        unfiledTable.setItems(vm.unfiled());
        unfiledTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                receiveUnfiled();
            }
        });
        unfiledSinceLabel.setText(messages.format("intake.unfiled.since", vm.unfiledSince()));
        receiveUnfiledButton.disableProperty().bind(unfiledTable.getSelectionModel().selectedItemProperty().isNull());
        unfiledTab.textProperty().bind(Bindings.size(vm.unfiled())
                .map(n -> messages.format("intake.tab.unfiledCount", n)));

        registerFilingButton.disableProperty().bind(vm.inState(FilingState.RECEIVED).not());
        returnFilingButton.disableProperty().bind(vm.inState(FilingState.RECEIVED).not());
        rejectFilingButton.disableProperty().bind(vm.inState(FilingState.RECEIVED).not());
        resubmitButton.disableProperty().bind(vm.inState(FilingState.RETURNED_FOR_CORRECTION).not());
        printReceiptButton.disableProperty().bind(vm.registered().not());
        printNoticeButton.disableProperty().bind(vm.everReturned().not());

        intakeRoot.sceneProperty().addListener((obs, old, scene) -> {
            installShortcut(scene);
            // the shell hides a section right after adding it: read the queue only if it is really shown
            Platform.runLater(() -> {
                if (intakeRoot.getScene() != null && intakeRoot.isVisible()) {
                    vm.load();
                }
            });
        });
        // showing the section (again, e.g. after the register changed) reads the queue as it is now
        intakeRoot.visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.load();
            }
        });
    }

    private void showSelected(IntakeRow row) {
        if (row != null) {
            intakeTabs.getSelectionModel().select(queueTab); // a filing chosen elsewhere shows in the queue
        }
        if (row == null) {
            intakeTable.getSelectionModel().clearSelection();
        } else if (intakeTable.getSelectionModel().getSelectedItem() != row) {
            intakeTable.getSelectionModel().select(row);
            intakeTable.scrollTo(row);
        }
    }

    private void installShortcut(Scene scene) {
        if (scene != null) {
            scene.getAccelerators().put(RECEIVE, () -> {
                if (intakeRoot.isVisible() && !intakeRoot.isDisabled()) {
                    receive();
                }
            });
        }
    }

    private Window window() {
        return intakeRoot.getScene().getWindow();
    }

    /** Ctrl+R. */
    @FXML
    public void receive() {
        open(vm.newReceive());
    }

    @FXML
    private void receiveUnfiled() {
        UnfiledDocument chosen = unfiledTable.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            open(vm.receiveUnfiled(chosen));
        }
    }

    private void open(ReceiveDialogViewModel form) {
        dialogs.openReceive(window(), form, vm::saved, vm::select);
    }

    @FXML
    private void registerFiling() {
        formalCheck(FormalCheckDecision.REGISTER);
    }

    @FXML
    private void returnFiling() {
        formalCheck(FormalCheckDecision.RETURN);
    }

    @FXML
    private void rejectFiling() {
        formalCheck(FormalCheckDecision.REJECT);
    }

    private void formalCheck(FormalCheckDecision decision) {
        FormalCheckDialogViewModel form = vm.formalCheck(decision);
        if (form != null) {
            dialogs.openFormalCheck(window(), form, vm::saved);
        }
    }

    @FXML
    private void resubmit() {
        ResubmitDialogViewModel form = vm.resubmit();
        if (form != null) {
            dialogs.openResubmit(window(), form, vm::saved);
        }
    }

    @FXML
    private void printReceipt() {
        vm.printReceipt();
    }

    @FXML
    private void printNotice() {
        vm.printNotice();
    }

    @FXML
    private void refresh() {
        vm.load();
    }

    @FXML
    private void clearFilters() {
        vm.clearFilters();
    }
}
