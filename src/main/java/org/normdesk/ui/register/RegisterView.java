package org.normdesk.ui.register;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Choice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Controller of register/RegisterView.fxml: binds the controls to {@link RegisterViewModel}. */
public final class RegisterView {
    /** Search as you type, but not on every key stroke. */
    public static final Duration SEARCH_DELAY = Duration.millis(300);

    @FXML private BorderPane registerRoot;
    @FXML private Button editButton;
    @FXML private Button statusButton;
    @FXML private Button relateButton;
    @FXML private Button importLedgerButton;
    @FXML private Button importPackageButton;
    @FXML private Button exportPackageButton;
    @FXML private TextField searchField;
    @FXML private CheckComboBox<LifecycleStatus> statusFilter;
    @FXML private ComboBox<Choice<DocumentType>> typeFilter;
    @FXML private ComboBox<Choice<Integer>> yearFilter;
    @FXML private ComboBox<Choice<Issuer>> issuerFilter;
    @FXML private Label countLabel;
    @FXML private javafx.scene.control.DatePicker inForceOnPicker;
    @FXML private HBox noticeBar;
    @FXML private Label noticeLabel;
    @FXML private HBox scopeBar;
    @FXML private Label scopeLabel;
    @FXML private Label errorLabel;
    @FXML private TableView<DocumentRow> registerTable;
    @FXML private TableColumn<DocumentRow, DocumentRow> numberColumn;
    @FXML private TableColumn<DocumentRow, String> titleColumn;
    @FXML private TableColumn<DocumentRow, String> issuerColumn;
    @FXML private TableColumn<DocumentRow, String> typeColumn;
    @FXML private TableColumn<DocumentRow, LifecycleStatus> statusColumn;
    @FXML private TableColumn<DocumentRow, LocalDate> publishedColumn;
    @FXML private TableColumn<DocumentRow, LocalDate> effectiveColumn;
    @FXML private TableColumn<DocumentRow, LocalDate> validUntilColumn;

    private final RegisterViewModel vm;
    private final Messages messages;
    private final RegisterDialogs dialogs;
    private final Clock clock;
    private final PauseTransition debounce = new PauseTransition(SEARCH_DELAY);
    private Runnable onImportLedger;
    private Runnable onImportPackage;
    private Runnable onExportPackage;

    public RegisterView(RegisterViewModel vm, Clock clock) {
        this.vm = vm;
        this.messages = vm.messages();
        this.dialogs = new RegisterDialogs(messages);
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(vm.searchTextProperty());
        searchField.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        debounce.setOnFinished(e -> vm.refresh());
        searchField.setOnAction(e -> {
            debounce.stop();
            vm.refresh();
        });
        bindStatusFilter();
        bindChoice(typeFilter, vm.typeChoices(), vm.typeProperty());
        bindChoice(yearFilter, vm.yearChoices(), vm.yearProperty());
        bindChoice(issuerFilter, vm.issuerChoices(), vm.issuerProperty());

        RegisterTable.configure(registerTable, messages, numberColumn, titleColumn, issuerColumn, typeColumn,
                statusColumn, publishedColumn, effectiveColumn, validUntilColumn);
        SortedList<DocumentRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(registerTable.comparatorProperty());
        registerTable.setItems(sorted);
        // the table forgets its selection when the rows are replaced; the view-model says what stays selected
        registerTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                registerTable.getSelectionModel().clearSelection();
            } else if (registerTable.getSelectionModel().getSelectedItem() != now) {
                registerTable.getSelectionModel().select(now);
                registerTable.scrollTo(now);
            }
        });
        registerTable.setRowFactory(t -> {
            TableRow<DocumentRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    editSelected();
                }
            });
            return row;
        });

        inForceOnPicker.valueProperty().bindBidirectional(vm.inForceOnProperty());
        inForceOnPicker.setVisible(vm.canRelate());
        inForceOnPicker.setManaged(vm.canRelate());
        countLabel.textProperty().bind(vm.countTextProperty());
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        noticeBar.visibleProperty().bind(vm.noticeProperty().isNotNull());
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());
        noticeLabel.textProperty().bind(vm.noticeProperty().map(RegisterViewModel.Notice::text).orElse(""));
        scopeBar.visibleProperty().bind(vm.scopeProperty().isNotNull());
        scopeBar.managedProperty().bind(scopeBar.visibleProperty());
        scopeLabel.textProperty().bind(vm.scopeProperty().map(Scope::caption).orElse(""));
        editButton.disableProperty().bind(vm.detail().documentProperty().isNull());
        statusButton.disableProperty().bind(vm.detail().documentProperty().isNull());
        relateButton.setVisible(vm.canRelate());
        relateButton.setManaged(vm.canRelate());
        relateButton.disableProperty().bind(vm.detail().documentProperty().isNull());
    }

    private void bindStatusFilter() {
        statusFilter.getItems().setAll(LifecycleStatus.values());
        statusFilter.setConverter(labels());
        statusFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<LifecycleStatus>) c -> {
            Set<LifecycleStatus> checked = EnumSet.noneOf(LifecycleStatus.class);
            checked.addAll(statusFilter.getCheckModel().getCheckedItems());
            vm.statusesProperty().set(Set.copyOf(checked));
        });
        vm.statusesProperty().addListener((obs, old, now) -> {
            // the title first: the skin redraws its text when the checks change, not when the title does
            statusFilter.setTitle(statusTitle(now));
            for (LifecycleStatus s : LifecycleStatus.values()) {
                if (now.contains(s) != statusFilter.getCheckModel().isChecked(s)) {
                    if (now.contains(s)) {
                        statusFilter.getCheckModel().check(s);
                    } else {
                        statusFilter.getCheckModel().clearCheck(s);
                    }
                }
            }
        });
        statusFilter.setTitle(statusTitle(vm.statusesProperty().get()));
    }

    private String statusTitle(Set<LifecycleStatus> chosen) {
        return chosen.isEmpty() ? messages.get("register.filter.statusAll")
                : chosen.stream().sorted().map(messages::label).collect(Collectors.joining("、"));
    }

    private static <T> void bindChoice(ComboBox<Choice<T>> box, javafx.collections.ObservableList<Choice<T>> items,
                                       javafx.beans.property.ObjectProperty<Choice<T>> value) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
    }

    private StringConverter<LifecycleStatus> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(LifecycleStatus status) {
                return messages.label(status);
            }

            @Override
            public LifecycleStatus fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** Ctrl+N. */
    @FXML
    public void newDocument() {
        dialogs.openDocument(registerRoot.getScene().getWindow(), vm.newDocument(),
                doc -> vm.saved(doc, messages.format("register.saved", DocumentDetailViewModel.caption(doc))));
    }

    /** Ctrl+E. */
    @FXML
    public void editSelected() {
        DocumentDialogViewModel form = vm.editSelected();
        if (form != null) {
            dialogs.openDocument(registerRoot.getScene().getWindow(), form,
                    doc -> vm.saved(doc, messages.format("register.saved", DocumentDetailViewModel.caption(doc))));
        }
    }

    @FXML
    public void changeStatus() {
        StatusDialogViewModel form = vm.changeStatusOfSelected(LocalDate.now(clock));
        if (form != null) {
            dialogs.openStatus(registerRoot.getScene().getWindow(), form, doc -> vm.saved(doc,
                    messages.format("register.statusChanged", doc.title(), doc.status())));
        }
    }

    @FXML
    public void relate() {
        RelationDialogViewModel form = vm.relateSelected(LocalDate.now(clock));
        if (form != null) {
            var source = vm.detail().documentProperty().get();
            dialogs.openRelation(registerRoot.getScene().getWindow(), form, target -> vm.related(source, target));
        }
    }

    /** Ctrl+F. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** F5. */
    @FXML
    public void refresh() {
        vm.load();
    }

    @FXML
    private void openNotice() {
        debounce.stop();
        vm.openNotice();
    }

    @FXML
    private void dismissNotice() {
        vm.dismissNotice();
    }

    @FXML
    private void clearScope() {
        debounce.stop();
        vm.clearScope();
    }

    @FXML
    private void clearFilters() {
        debounce.stop();
        vm.clearFilters();
    }

    /** Shows the 导入台账… button; {@code action} opens the import wizard. */
    public void setImportLedgerAction(Runnable action) {
        this.onImportLedger = action;
        importLedgerButton.setVisible(action != null);
        importLedgerButton.setManaged(action != null);
    }

    @FXML
    private void importLedger() {
        if (onImportLedger != null) {
            onImportLedger.run();
        }
    }

    /** Shows the 导入交换包… and 导出交换包… buttons; the actions open their dialogs. */
    public void setPackageActions(Runnable importAction, Runnable exportAction) {
        this.onImportPackage = importAction;
        this.onExportPackage = exportAction;
        importPackageButton.setVisible(importAction != null);
        importPackageButton.setManaged(importAction != null);
        exportPackageButton.setVisible(exportAction != null);
        exportPackageButton.setManaged(exportAction != null);
    }

    @FXML
    private void importPackage() {
        if (onImportPackage != null) {
            onImportPackage.run();
        }
    }

    @FXML
    private void exportPackage() {
        if (onExportPackage != null) {
            onExportPackage.run();
        }
    }
}
