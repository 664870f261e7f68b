package org.normdesk.ui.stats;

import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.Chart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Font;
import javafx.stage.Window;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.stats.DashboardService.DocumentLine;
import org.normdesk.ui.common.Cells;
import org.normdesk.ui.common.FileTargets;
import org.normdesk.ui.common.Forms;
import org.normdesk.ui.shell.SectionViews;

import java.nio.file.Path;

/**
 * Controller of stats/StatisticsView.fxml: year and unit, the tally (a count's link lists its documents), the
 * cleanup totals, the dashboard's charts and the annual report. F5 counts again, Ctrl+P writes the report,
 * Enter on a row lists its documents.
 */
public final class StatisticsView {
    private static final KeyCombination REPORT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    @FXML private BorderPane statisticsRoot;
    @FXML private ComboBox<Integer> yearChoice;
    @FXML private ComboBox<org.normdesk.ui.common.Choice<org.normdesk.domain.issuer.Issuer>> unitChoice;
    @FXML private ProgressIndicator statsBusy;
    @FXML private Label statsError;
    @FXML private Button annualReportButton;
    @FXML private TableView<TallyRow> tallyTable;
    @FXML private TableColumn<TallyRow, String> tallyItemColumn;
    @FXML private TableColumn<TallyRow, TallyRow> tallyValueColumn;
    @FXML private TableColumn<TallyRow, String> tallyFormulaColumn;
    @FXML private TableView<TallyRow> cleanupTotalsTable;
    @FXML private TableColumn<TallyRow, String> cleanupResultColumn;
    @FXML private TableColumn<TallyRow, TallyRow> cleanupCountColumn;
    @FXML private Label drillTitle;
    @FXML private TableView<DocumentLine> drillTable;
    @FXML private TableColumn<DocumentLine, String> drillNumberColumn;
    @FXML private TableColumn<DocumentLine, String> drillTitleColumn;
    @FXML private TableColumn<DocumentLine, String> drillIssuerColumn;
    @FXML private TableColumn<DocumentLine, LifecycleStatus> drillStatusColumn;
    @FXML private BarChart<String, Number> monthChart;
    @FXML private NumberAxis monthCountAxis;
    @FXML private PieChart statusChart;
    @FXML private BarChart<Number, String> unitChart;
    @FXML private NumberAxis unitCountAxis;
    @FXML private BarChart<String, Number> healthChart;
    @FXML private NumberAxis healthCountAxis;

    private final StatisticsViewModel vm;
    private final Messages messages;
    private final FileTargets files;

    public StatisticsView(StatisticsViewModel vm, FileTargets files) {
        this.vm = vm;
        this.messages = vm.messages();
        this.files = files;
    }

    @FXML
    private void initialize() {
        yearChoice.setItems(vm.years());
        Forms.labels(yearChoice, y -> messages.format("register.filter.yearValue", String.valueOf(y)));
        yearChoice.valueProperty().bindBidirectional(vm.yearProperty());
        unitChoice.setItems(vm.units());
        unitChoice.valueProperty().bindBidirectional(vm.unitProperty());
        statsBusy.visibleProperty().bind(vm.busyProperty());
        Forms.message(statsError, vm.errorProperty());
        annualReportButton.disableProperty().bind(vm.yearProperty().isNull());

        figureTable(tallyTable, tallyItemColumn, tallyValueColumn);
        Cells.text(tallyFormulaColumn, TallyRow::explanation);
        width(tallyItemColumn, 11);
        width(tallyValueColumn, 6);
        width(tallyFormulaColumn, 22);
        tallyTable.setItems(vm.rows());
        figureTable(cleanupTotalsTable, cleanupResultColumn, cleanupCountColumn);
        width(cleanupResultColumn, 11);
        width(cleanupCountColumn, 6);
        cleanupTotalsTable.setItems(vm.cleanupRows());

        drillTitle.textProperty().bind(vm.drillTitleProperty());
        Cells.text(drillNumberColumn, DocumentLine::docNumber);
        Cells.text(drillTitleColumn, DocumentLine::title);
        Cells.text(drillIssuerColumn, DocumentLine::issuer);
        Cells.value(drillStatusColumn, DocumentLine::status);
        drillStatusColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LifecycleStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.label(item));
            }
        });
        width(drillNumberColumn, 10);
        width(drillTitleColumn, 24);
        width(drillIssuerColumn, 11);
        width(drillStatusColumn, 5);
        drillTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        drillTable.setItems(vm.drillRows());

        for (NumberAxis axis : new NumberAxis[]{monthCountAxis, unitCountAxis, healthCountAxis}) {
            DashboardCharts.countAxis(axis);
        }
        vm.figuresProperty().addListener((obs, old, d) -> {
            if (d != null) {
                DashboardCharts.months(monthChart, d, messages);
                DashboardCharts.statuses(statusChart, d, messages);
                DashboardCharts.units(unitChart, d, messages);
                DashboardCharts.health(healthChart, d, messages);
            }
        });

        statisticsRoot.getProperties().put(SectionViews.REFRESH, (Runnable) vm::refresh);
        statisticsRoot.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (REPORT.match(e)) {
                annualReport();
                e.consume();
            }
        });
        // shown again: the register may have changed meanwhile
        statisticsRoot.visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.load();
            }
        });
    }

    /** Label and value columns; a drillable value is a link (id {@code figure-KEY}) that lists its documents. */
    private void figureTable(TableView<TallyRow> table, TableColumn<TallyRow, String> label,
                             TableColumn<TallyRow, TallyRow> value) {
        Cells.text(label, TallyRow::label);
        value.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        value.setCellFactory(c -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink();

            @Override
            protected void updateItem(TallyRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                if (row.drillable()) {
                    setId(null);
                    setText(null);
                    link.setText(row.value());
                    link.setId("figure-" + row.key());
                    link.setOnAction(e -> {
                        getTableView().getSelectionModel().select(row);
                        vm.drill(row);
                    });
                    setGraphic(link);
                } else {
                    setGraphic(null);
                    setText(row.value());
                    setId("figure-" + row.key());
                }
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.drill(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<TallyRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.drill(row.getItem());
                }
            });
            return row;
        });
    }

    private static void width(TableColumn<?, ?> column, double em) {
        column.setPrefWidth(em * Font.getDefault().getSize());
    }

    private Window window() {
        return statisticsRoot.getScene() == null ? null : statisticsRoot.getScene().getWindow();
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    /** Ctrl+P. */
    @FXML
    private void annualReport() {
        if (vm.yearProperty().get() != null) {
            vm.writeAnnualReport(files.folder(window(), messages.get("stats.report.folder")));
        }
    }

    private void exportChart(Chart chart, String titleKey) {
        Path folder = files.folder(window(), messages.get("stats.chart.folder"));
        if (folder != null) {
            vm.exportChart(vm.chartName(titleKey), chart.snapshot(null, null), folder);
        }
    }

    @FXML
    private void exportMonthChart() {
        exportChart(monthChart, "stats.chart.months");
    }

    @FXML
    private void exportStatusChart() {
        exportChart(statusChart, "stats.chart.statuses");
    }

    @FXML
    private void exportUnitChart() {
        exportChart(unitChart, "stats.chart.units");
    }

    @FXML
    private void exportHealthChart() {
        exportChart(healthChart, "stats.chart.deadlines");
    }
}
