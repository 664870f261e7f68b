package org.normdesk.ui.exchange;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.transfer.Reconciliation;
import org.normdesk.service.transfer.Reconciliation.Resolution;
import org.normdesk.ui.common.Cells;
import org.normdesk.ui.common.Columns;
import org.normdesk.ui.common.Forms;
import org.normdesk.ui.common.TaskDialogs;
import org.normdesk.ui.exchange.PackageImportViewModel.Kind;
import org.normdesk.ui.exchange.PackageImportViewModel.ReportRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Controller of exchange/PackageImportDialog.fxml: the reconciliation report over {@link PackageImportViewModel}. */
public final class PackageImportDialogView {
    @FXML private VBox packageImportRoot;
    @FXML private Label packageFileLabel;
    @FXML private Label packageHeaderLabel;
    @FXML private HBox kindFilterBar;
    @FXML private TextField reportSearchField;
    @FXML private TableView<ReportRow> reportTable;
    @FXML private TableColumn<ReportRow, Kind> kindColumn;
    @FXML private TableColumn<ReportRow, String> keyColumn;
    @FXML private TableColumn<ReportRow, String> reportTitleColumn;
    @FXML private TableColumn<ReportRow, String> reportNumberColumn;
    @FXML private TableColumn<ReportRow, String> choiceColumn;
    @FXML private VBox detailPane;
    @FXML private Label detailTitle;
    @FXML private Label detailNote;
    @FXML private GridPane diffGrid;
    @FXML private HBox choiceBar;
    @FXML private ToggleButton keepLocalButton;
    @FXML private ToggleButton takePackageButton;
    @FXML private Button allLocalButton;
    @FXML private Button allPackageButton;
    @FXML private Label importError;
    @FXML private Label importResultLabel;
    @FXML private Label applyHintLabel;
    @FXML private ProgressBar importProgress;
    @FXML private Label importProgressLabel;
    @FXML private Button applyButton;

    private final PackageImportViewModel vm;
    private final Messages messages;
    private final ToggleGroup choice = new ToggleGroup();
    private final ChangeListener<Resolution> choiceFollower = (obs, old, now) -> showChoice(now);
    private ReportRow shown;
    private Runnable onClose = () -> { };

    public PackageImportDialogView(PackageImportViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
    }

    @FXML
    private void initialize() {
        packageFileLabel.textProperty().bind(vm.fileTextProperty());
        packageHeaderLabel.textProperty().bind(vm.headerTextProperty());
        reportSearchField.textProperty().bindBidirectional(vm.searchTextProperty());
        TaskDialogs.status(importError, vm.errorProperty(), importProgress, importProgressLabel, vm.runner(),
                vm.busyProperty());
        Forms.message(importResultLabel, vm.resultTextProperty());
        Forms.message(applyHintLabel, vm.applyHintProperty());
        applyButton.disableProperty().bind(vm.canApply().not());
        var noChoice = vm.busyProperty().or(vm.appliedProperty()).or(vm.countProperty(Kind.CONFLICT).isEqualTo(0));
        allLocalButton.disableProperty().bind(noChoice);
        allPackageButton.disableProperty().bind(noChoice);
        keepLocalButton.setToggleGroup(choice);
        takePackageButton.setToggleGroup(choice);
        keepLocalButton.setUserData(Resolution.MINE);
        takePackageButton.setUserData(Resolution.THEIRS);
        choiceBar.disableProperty().bind(vm.busyProperty().or(vm.appliedProperty()));
        choice.selectedToggleProperty().addListener((obs, old, now) -> {
            if (shown != null && shown.isConflict()) {
                shown.resolutionProperty().set(now == null ? null : (Resolution) now.getUserData());
            }
        });
        configureTable();
        buildKindFilters();
        reportTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            showDetail(now);
            if (now != null && reportTable.getSelectionModel().getSelectedItem() != now) {
                reportTable.getSelectionModel().select(now);
            }
        });
        showDetail(vm.selectedProperty().get());
    }

    private void configureTable() {
        Cells.value(kindColumn, ReportRow::kind);
        kindColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Kind kind, boolean empty) {
                super.updateItem(kind, empty);
                getStyleClass().removeIf(s -> s.startsWith("package-kind-"));
                if (empty || kind == null) {
                    setText(null);
                } else {
                    setText(messages.get("packageImport.kind." + kind.name()));
                    getStyleClass().add("package-kind-" + kind.name().toLowerCase(Locale.ROOT));
                }
            }
        });
        Cells.text(keyColumn, ReportRow::key);
        Cells.text(reportTitleColumn, ReportRow::title);
        Cells.text(reportNumberColumn, ReportRow::docNumber);
        choiceColumn.setCellValueFactory(c -> {
            ReportRow row = c.getValue();
            return Bindings.createStringBinding(() -> choiceText(row), row.resolutionProperty());
        });
        choiceColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().remove("package-choice-open");
                setText(empty ? null : text);
                ReportRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.isConflict() && row.resolutionProperty().get() == null) {
                    getStyleClass().add("package-choice-open");
                }
            }
        });
        Columns.width(kindColumn, 6);
        Columns.width(keyColumn, 3.5);
        Columns.width(reportTitleColumn, 15);
        Columns.width(reportNumberColumn, 8.5);
        Columns.width(choiceColumn, 8);
        // the columns share the table's width: no sideways scrolling beside the detail
        reportTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        reportTable.setItems(vm.visibleRows());
    }

    private String choiceText(ReportRow row) {
        if (row.isConflict()) {
            Resolution r = row.resolutionProperty().get();
            return messages.get(r == null ? "packageImport.choice.open" : r == Resolution.MINE
                    ? "packageImport.keepLocal" : "packageImport.takePackage");
        }
        return row.detail();
    }

    private void buildKindFilters() {
        List<ToggleButton> buttons = new ArrayList<>();
        ToggleButton all = new ToggleButton();
        all.setId("kindAll");
        all.textProperty().bind(Bindings.createStringBinding(() -> messages.format("ledgerWizard.filter.all",
                vm.rows().size()), vm.rows()));
        all.setUserData(null);
        buttons.add(all);
        for (Kind kind : Kind.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("kind" + kind.name());
            button.getStyleClass().add("package-filter-" + kind.name().toLowerCase(Locale.ROOT));
            button.textProperty().bind(vm.countProperty(kind).asString(
                    messages.get("packageImport.kind." + kind.name()) + " %d"));
            button.setUserData(kind);
            buttons.add(button);
        }
        TaskDialogs.filters(kindFilterBar, vm.kindFilterProperty(), buttons);
    }

    private void showDetail(ReportRow row) {
        if (shown != null) {
            shown.resolutionProperty().removeListener(choiceFollower);
        }
        shown = row;
        diffGrid.getChildren().clear();
        detailPane.setVisible(row != null);
        if (row == null) {
            return;
        }
        detailTitle.setText(row.key().isEmpty() ? row.title() : messages.format("packageImport.detailTitle",
                row.key(), row.title(), row.docNumber()));
        boolean diffs = !row.diffs().isEmpty();
        detailNote.setText(messages.get("packageImport.note." + row.kind().name())
                + (diffs || row.detail().isEmpty() ? "" : " " + row.detail()));
        if (diffs) {
            Label field = header(messages.get("packageImport.diff.field"));
            Label local = header(messages.get("packageImport.diff.local"));
            Label theirs = header(messages.get("packageImport.diff.package"));
            diffGrid.addRow(0, field, local, theirs);
            int r = 1;
            for (Reconciliation.FieldDiff d : row.diffs()) {
                Label name = new Label(vm.fieldName(d.field()));
                name.getStyleClass().add("package-diff-field");
                Label mine = value(vm.value(d.field(), d.mine()), "package-diff-local");
                mine.setId("diffLocal" + (r - 1));
                Label package_ = value(vm.value(d.field(), d.theirs()), "package-diff-package");
                package_.setId("diffPackage" + (r - 1));
                diffGrid.addRow(r++, name, mine, package_);
            }
        }
        diffGrid.setVisible(diffs);
        diffGrid.setManaged(diffs);
        choiceBar.setVisible(row.isConflict());
        choiceBar.setManaged(row.isConflict());
        if (row.isConflict()) {
            row.resolutionProperty().addListener(choiceFollower);
            showChoice(row.resolutionProperty().get());
        }
    }

    private void showChoice(Resolution resolution) {
        choice.selectToggle(resolution == Resolution.MINE ? keepLocalButton
                : resolution == Resolution.THEIRS ? takePackageButton : null);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add("package-diff-header");
        return label;
    }

    private static Label value(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().addAll("package-diff-value", style);
        return label;
    }

    @FXML
    private void allLocal() {
        vm.resolveAll(Resolution.MINE);
    }

    @FXML
    private void allPackage() {
        vm.resolveAll(Resolution.THEIRS);
    }

    @FXML
    private void apply() {
        vm.apply();
    }

    @FXML
    private void close() {
        onClose.run();
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    public VBox root() {
        return packageImportRoot;
    }
}
