package org.normdesk.ui.cleanup;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.cleanup.CatalogueExport;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Cells;
import org.normdesk.ui.register.StatusStyle;

import java.util.Locale;
import java.util.function.Consumer;

/** Columns and cells of the cleanup view's tables, and the catalogue tabs shown once a campaign is finalized. */
final class CleanupTables {
    private CleanupTables() {
    }

    static void width(TableColumn<?, ?> column, double em) {
        column.setPrefWidth(em * Font.getDefault().getSize());
    }

    /** e.g. {@code decision-repeal}; undecided rows get {@code decision-undecided}. */
    static String decisionStyle(Disposition decision) {
        return decision == null ? "decision-undecided"
                : "decision-" + decision.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Label statusBadge(LifecycleStatus status, Messages messages) {
        Label badge = new Label(messages.label(status));
        badge.getStyleClass().addAll(StatusStyle.BADGE, StatusStyle.of(status));
        return badge;
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    static void items(TableView<ItemRow> table, Messages messages, TableColumn<ItemRow, String> number,
                      TableColumn<ItemRow, String> title, TableColumn<ItemRow, String> issuer,
                      TableColumn<ItemRow, LifecycleStatus> status, TableColumn<ItemRow, ItemRow> decision,
                      TableColumn<ItemRow, String> reason) {
        Cells.text(number, ItemRow::docNumber);
        Cells.text(title, ItemRow::title);
        Cells.text(issuer, ItemRow::issuer);
        Cells.value(status, ItemRow::status);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LifecycleStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : statusBadge(item, messages));
            }
        });
        decision.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        decision.setComparator(java.util.Comparator.comparing(ItemRow::decisionLabel));
        decision.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ItemRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label label = new Label(item.decisionLabel());
                label.getStyleClass().addAll("decision-badge", decisionStyle(item.decision()));
                setGraphic(label);
            }
        });
        Cells.text(reason, ItemRow::reason);
        width(number, 10);
        width(title, 26);
        width(issuer, 11);
        width(status, 6);
        width(decision, 7);
        width(reason, 14);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    static void progress(TableView<UnitProgress> table, TableColumn<UnitProgress, String> unit,
                         TableColumn<UnitProgress, Integer> decided, TableColumn<UnitProgress, Integer> undecided,
                         TableColumn<UnitProgress, UnitProgress> bar) {
        Cells.text(unit, UnitProgress::unit);
        Cells.value(decided, UnitProgress::decided);
        Cells.value(undecided, UnitProgress::undecided);
        bar.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        bar.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar progress = new ProgressBar();
            private final Label text = new Label();
            private final HBox box = new HBox(progress, text);

            {
                box.setAlignment(Pos.CENTER_LEFT);
                box.setSpacing(6);
                progress.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(progress, Priority.ALWAYS);
            }

            @Override
            protected void updateItem(UnitProgress item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                progress.setProgress(item.fraction());
                text.setText(Math.round(item.fraction() * 100) + "%");
                setGraphic(box);
            }
        });
        width(unit, 18);
        width(decided, 7);
        width(undecided, 7);
        width(bar, 16);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    /**
     * One published catalogue: its table and export buttons. Node ids name the decision, e.g.
     * {@code catalogueTable-REPEAL}, {@code exportXlsx-REPEAL}, {@code exportPdf-REPEAL}.
     */
    static Tab catalogueTab(Disposition decision, CleanupViewModel vm, Consumer<Disposition> toXlsx,
                            Consumer<Disposition> toPdf) {
        Messages messages = vm.messages();
        var rows = vm.catalogue(decision);
        TableView<CatalogueExport.Entry> table = new TableView<>(rows);
        table.setId("catalogueTable-" + decision.name());
        TableColumn<CatalogueExport.Entry, Integer> number = new TableColumn<>(CatalogueExport.COLUMNS.get(0));
        TableColumn<CatalogueExport.Entry, String> title = new TableColumn<>(CatalogueExport.COLUMNS.get(1));
        TableColumn<CatalogueExport.Entry, String> docNumber = new TableColumn<>(CatalogueExport.COLUMNS.get(2));
        TableColumn<CatalogueExport.Entry, String> issuer = new TableColumn<>(CatalogueExport.COLUMNS.get(3));
        TableColumn<CatalogueExport.Entry, String> result = new TableColumn<>(CatalogueExport.COLUMNS.get(4));
        TableColumn<CatalogueExport.Entry, String> note = new TableColumn<>(CatalogueExport.COLUMNS.get(5));
        Cells.value(number, CatalogueExport.Entry::number);
        Cells.text(title, CatalogueExport.Entry::title);
        Cells.text(docNumber, CatalogueExport.Entry::docNumber);
        Cells.text(issuer, CatalogueExport.Entry::issuer);
        Cells.text(result, CatalogueExport.Entry::result);
        Cells.text(note, CatalogueExport.Entry::note);
        width(number, 4);
        width(title, 28);
        width(docNumber, 11);
        width(issuer, 12);
        width(result, 7);
        width(note, 16);
        table.getColumns().setAll(java.util.List.of(number, title, docNumber, issuer, result, note));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.get("cleanup.catalogue.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label count = new Label();
        count.getStyleClass().add("count-label");
        Button xlsx = new Button(messages.get("cleanup.export.xlsx"));
        xlsx.setId("exportXlsx-" + decision.name());
        xlsx.setOnAction(e -> toXlsx.accept(decision));
        Button pdf = new Button(messages.get("cleanup.export.pdf"));
        pdf.setId("exportPdf-" + decision.name());
        pdf.setOnAction(e -> toPdf.accept(decision));
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(count, spacer, xlsx, pdf);
        bar.getStyleClass().add("register-toolbar");

        Tab tab = new Tab();
        tab.setId("catalogueTab-" + decision.name());
        Runnable label = () -> {
            tab.setText(messages.format("cleanup.catalogue.tab", messages.get("cleanup.catalogue." + decision.name()),
                    rows.size()));
            count.setText(messages.format("cleanup.catalogue.count", messages.get("cleanup.catalogue.title."
                    + decision.name()), rows.size()));
        };
        rows.addListener((javafx.collections.ListChangeListener<CatalogueExport.Entry>) c -> label.run());
        label.run();
        tab.setContent(new VBox(bar, table));
        return tab;
    }
}
