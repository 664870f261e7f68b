package org.normdesk.ui.exchange;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.normdesk.service.exchange.LedgerField;
import org.normdesk.service.exchange.RowState;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Cells;
import org.normdesk.ui.common.Choice;
import org.normdesk.ui.common.Columns;
import org.normdesk.ui.common.FileChoices;
import org.normdesk.ui.common.TaskDialogs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Controller of exchange/LedgerImportWizard.fxml: binds the four pages to {@link LedgerImportViewModel}. */
public final class LedgerImportWizardView {
    private static final List<String> LEDGER_PATTERNS = List.of("*.xlsx", "*.xls", "*.csv");
    private static final List<String> MAPPING_PATTERNS = List.of("*.json");
    private static final List<String> WORKBOOK_PATTERNS = List.of("*.xlsx");

    @FXML private VBox ledgerWizardRoot;
    @FXML private Label stepFileLabel;
    @FXML private Label stepMappingLabel;
    @FXML private Label stepPreviewLabel;
    @FXML private Label stepDoneLabel;
    @FXML private VBox filePage;
    @FXML private VBox mappingPage;
    @FXML private VBox previewPage;
    @FXML private VBox donePage;
    @FXML private Button chooseFileButton;
    @FXML private Label fileNameLabel;
    @FXML private Label encodingLabel;
    @FXML private Label sheetsLabel;
    @FXML private Label headerLabel;
    @FXML private Button loadMappingButton;
    @FXML private Button saveMappingButton;
    @FXML private Label mappingNoteLabel;
    @FXML private GridPane mappingGrid;
    @FXML private HBox stateFilterBar;
    @FXML private Label newIssuersLabel;
    @FXML private TableView<LedgerImportViewModel.PreviewRow> previewTable;
    @FXML private TableColumn<LedgerImportViewModel.PreviewRow, String> whereColumn;
    @FXML private TableColumn<LedgerImportViewModel.PreviewRow, RowState> stateColumn;
    @FXML private TableColumn<LedgerImportViewModel.PreviewRow, String> titleColumn;
    @FXML private TableColumn<LedgerImportViewModel.PreviewRow, String> numberColumn;
    @FXML private TableColumn<LedgerImportViewModel.PreviewRow, String> reasonColumn;
    @FXML private Label resultLabel;
    @FXML private Button saveErrorsButton;
    @FXML private Label errorsSavedLabel;
    @FXML private Label wizardError;
    @FXML private ProgressBar wizardProgress;
    @FXML private Label wizardProgressLabel;
    @FXML private Button wizardBackButton;
    @FXML private Button wizardNextButton;
    @FXML private Button wizardCloseButton;

    private final LedgerImportViewModel vm;
    private final Messages messages;
    private final FileChoices files;
    private Runnable onClose = () -> { };

    public LedgerImportWizardView(LedgerImportViewModel vm, FileChoices files) {
        this.vm = vm;
        this.messages = vm.messages();
        this.files = files;
    }

    @FXML
    private void initialize() {
        fileNameLabel.textProperty().bind(vm.fileTextProperty());
        encodingLabel.textProperty().bind(vm.encodingTextProperty());
        sheetsLabel.textProperty().bind(vm.sheetsTextProperty());
        headerLabel.textProperty().bind(vm.headerTextProperty());
        mappingNoteLabel.textProperty().bind(vm.mappingNoteProperty());
        newIssuersLabel.textProperty().bind(vm.newIssuersTextProperty());
        newIssuersLabel.visibleProperty().bind(vm.newIssuersTextProperty().isNotEmpty());
        newIssuersLabel.managedProperty().bind(newIssuersLabel.visibleProperty());
        resultLabel.textProperty().bind(vm.resultTextProperty());
        errorsSavedLabel.textProperty().bind(vm.errorsSavedTextProperty());
        TaskDialogs.status(wizardError, vm.errorProperty(), wizardProgress, wizardProgressLabel, vm.runner(),
                vm.busyProperty());
        chooseFileButton.disableProperty().bind(vm.busyProperty());
        loadMappingButton.disableProperty().bind(vm.busyProperty());
        saveMappingButton.disableProperty().bind(vm.busyProperty());
        saveErrorsButton.disableProperty().bind(vm.busyProperty().or(vm.countProperty(RowState.REJECTED).isEqualTo(0)));
        wizardNextButton.disableProperty().bind(vm.busyProperty());
        wizardBackButton.disableProperty().bind(vm.busyProperty());

        vm.mappingRows().addListener((javafx.collections.ListChangeListener<LedgerImportViewModel.MappingRow>) c ->
                buildMappingGrid());
        configureTable();
        buildStateFilters();
        vm.stepProperty().addListener((obs, old, now) -> showStep(now));
        showStep(vm.stepProperty().get());
    }

    private void configureTable() {
        Cells.text(whereColumn, LedgerImportViewModel.PreviewRow::where);
        Cells.value(stateColumn, LedgerImportViewModel.PreviewRow::state);
        stateColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(RowState state, boolean empty) {
                super.updateItem(state, empty);
                getStyleClass().removeIf(s -> s.startsWith("ledger-state-"));
                if (empty || state == null) {
                    setText(null);
                } else {
                    setText(messages.label(state));
                    getStyleClass().add("ledger-state-" + state.name().toLowerCase(Locale.ROOT));
                }
            }
        });
        Cells.text(titleColumn, LedgerImportViewModel.PreviewRow::title);
        Cells.text(numberColumn, LedgerImportViewModel.PreviewRow::docNumber);
        Cells.text(reasonColumn, LedgerImportViewModel.PreviewRow::reasons);
        Columns.width(whereColumn, 9);
        Columns.width(stateColumn, 6);
        Columns.width(titleColumn, 22);
        Columns.width(numberColumn, 10);
        Columns.width(reasonColumn, 30);
        previewTable.setItems(vm.visibleRows());
    }

    private void buildStateFilters() {
        List<ToggleButton> buttons = new ArrayList<>();
        ToggleButton all = new ToggleButton();
        all.setId("filterAll");
        all.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.format(
                "ledgerWizard.filter.all", vm.previewRows().size()), vm.previewRows()));
        all.setUserData(null);
        buttons.add(all);
        for (RowState state : RowState.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("filter" + state.name());
            button.getStyleClass().add("ledger-filter-" + state.name().toLowerCase(Locale.ROOT));
            button.textProperty().bind(vm.countProperty(state).asString(messages.label(state) + " %d"));
            button.setUserData(state);
            buttons.add(button);
        }
        TaskDialogs.filters(stateFilterBar, vm.stateFilterProperty(), buttons);
    }

    private void buildMappingGrid() {
        mappingGrid.getChildren().clear();
        Label headerTitle = new Label(messages.get("ledgerWizard.mapping.column"));
        Label fieldTitle = new Label(messages.get("ledgerWizard.mapping.field"));
        Label samplesTitle = new Label(messages.get("ledgerWizard.mapping.samples"));
        for (Label title : List.of(headerTitle, fieldTitle, samplesTitle)) {
            title.getStyleClass().add("wizard-mapping-title");
        }
        mappingGrid.addRow(0, headerTitle, fieldTitle, samplesTitle);
        List<Choice<LedgerField>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, messages.get("ledgerWizard.mapping.none")));
        for (LedgerField field : LedgerField.values()) {
            choices.add(new Choice<>(field, messages.label(field)));
        }
        int r = 1;
        for (LedgerImportViewModel.MappingRow row : vm.mappingRows()) {
            Label header = new Label(row.header());
            header.getStyleClass().add("wizard-mapping-header");
            ComboBox<Choice<LedgerField>> combo = new ComboBox<>();
            combo.setId("mappingChoice" + (r - 1));
            combo.getItems().setAll(choices);
            combo.getSelectionModel().select(choices.stream().filter(c -> c.value() == row.fieldProperty().get())
                    .findFirst().orElse(choices.get(0)));
            combo.valueProperty().addListener((obs, old, now) -> row.fieldProperty().set(now == null ? null : now.value()));
            row.fieldProperty().addListener((obs, old, now) -> {
                if (combo.getValue() == null || combo.getValue().value() != now) {
                    combo.getSelectionModel().select(choices.stream().filter(c -> c.value() == now).findFirst()
                            .orElse(choices.get(0)));
                }
            });
            Label samples = new Label(row.samples());
            samples.getStyleClass().add("wizard-mapping-samples");
            mappingGrid.addRow(r++, header, combo, samples);
        }
    }

    private void showStep(LedgerImportViewModel.Step step) {
        Map<LedgerImportViewModel.Step, VBox> pages = Map.of(LedgerImportViewModel.Step.FILE, filePage,
                LedgerImportViewModel.Step.MAPPING, mappingPage, LedgerImportViewModel.Step.PREVIEW, previewPage,
                LedgerImportViewModel.Step.DONE, donePage);
        Map<LedgerImportViewModel.Step, Label> marks = Map.of(LedgerImportViewModel.Step.FILE, stepFileLabel,
                LedgerImportViewModel.Step.MAPPING, stepMappingLabel, LedgerImportViewModel.Step.PREVIEW,
                stepPreviewLabel, LedgerImportViewModel.Step.DONE, stepDoneLabel);
        pages.forEach((s, page) -> page.setVisible(s == step));
        marks.forEach((s, mark) -> {
            mark.getStyleClass().remove("wizard-step-current");
            if (s == step) {
                mark.getStyleClass().add("wizard-step-current");
            }
        });
        wizardBackButton.setVisible(step == LedgerImportViewModel.Step.MAPPING
                || step == LedgerImportViewModel.Step.PREVIEW);
        wizardNextButton.setVisible(step != LedgerImportViewModel.Step.DONE);
        wizardNextButton.setText(messages.get(switch (step) {
            case FILE -> "ledgerWizard.next";
            case MAPPING -> "ledgerWizard.toPreview";
            case PREVIEW -> "ledgerWizard.import";
            case DONE -> "ledgerWizard.next";
        }));
        wizardCloseButton.setText(messages.get(step == LedgerImportViewModel.Step.DONE ? "ledgerWizard.finish"
                : "ledgerWizard.close"));
    }

    private Window window() {
        return TaskDialogs.window(ledgerWizardRoot);
    }

    @FXML
    private void chooseFile() {
        Path file = files.open(window(), messages.get("ledgerWizard.file.chooseTitle"),
                messages.get("ledgerWizard.file.filter"), LEDGER_PATTERNS);
        vm.read(file);
    }

    @FXML
    private void loadMapping() {
        vm.loadMapping(files.open(window(), messages.get("ledgerWizard.mapping.load"),
                messages.get("ledgerWizard.mapping.filter"), MAPPING_PATTERNS));
    }

    @FXML
    private void saveMapping() {
        vm.saveMapping(files.save(window(), messages.get("ledgerWizard.mapping.save"),
                messages.get("ledgerWizard.mapping.fileName"), messages.get("ledgerWizard.mapping.filter"),
                MAPPING_PATTERNS));
    }

    @FXML
    private void saveErrors() {
        vm.saveErrors(files.save(window(), messages.get("ledgerWizard.errors.save"), vm.errorWorkbookName(),
                messages.get("ledgerWizard.errors.filter"), WORKBOOK_PATTERNS));
    }

    @FXML
    private void back() {
        vm.back();
    }

    @FXML
    private void next() {
        vm.next();
    }

    @FXML
    private void close() {
        onClose.run();
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    public VBox root() {
        return ledgerWizardRoot;
    }
}
