package org.normdesk.ui.register;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Cells;
import org.normdesk.ui.common.Columns;

import java.time.LocalDate;
import java.util.List;

/** Controller of register/DocumentDetail.fxml: the selected document's fields and status history. */
public final class DocumentDetailView {
    @FXML private Label detailPlaceholder;
    @FXML private HBox detailContent;
    @FXML private Label detailHeading;
    @FXML private GridPane fieldGrid;
    @FXML private Label detailError;
    @FXML private javafx.scene.layout.VBox relationBox;
    @FXML private javafx.scene.layout.VBox relationLinks;
    @FXML private TableView<HistoryRow> historyTable;
    @FXML private TableColumn<HistoryRow, LocalDate> historyDateColumn;
    @FXML private TableColumn<HistoryRow, String> historyFromColumn;
    @FXML private TableColumn<HistoryRow, LifecycleStatus> historyToColumn;
    @FXML private TableColumn<HistoryRow, String> historyByColumn;
    @FXML private TableColumn<HistoryRow, String> historyReasonColumn;
    @FXML private TableColumn<HistoryRow, String> historyCauseColumn;
    @FXML private TableView<AuditRow> auditTable;
    @FXML private TableColumn<AuditRow, String> auditAtColumn;
    @FXML private TableColumn<AuditRow, String> auditActorColumn;
    @FXML private TableColumn<AuditRow, String> auditActionColumn;
    @FXML private TableColumn<AuditRow, String> auditChangesColumn;

    private final DocumentDetailViewModel vm;
    private final Messages messages;

    public DocumentDetailView(DocumentDetailViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        detailContent.visibleProperty().bind(vm.documentProperty().isNotNull());
        detailPlaceholder.visibleProperty().bind(vm.documentProperty().isNull());
        detailHeading.textProperty().bind(vm.documentProperty().map(d -> d.title()).orElse(""));
        detailError.textProperty().bind(vm.errorProperty());
        detailError.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        detailError.managedProperty().bind(detailError.visibleProperty());
        vm.fields().addListener((ListChangeListener<DocumentDetailViewModel.Field>) c -> showFields());
        vm.relations().addListener((ListChangeListener<DocumentDetailViewModel.RelationLink>) c -> showRelations());
        relationBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.relations()));
        relationBox.managedProperty().bind(relationBox.visibleProperty());

        Cells.date(historyDateColumn, HistoryRow::effectiveOn, messages);
        Cells.value(historyFromColumn, HistoryRow::from);
        Cells.value(historyToColumn, HistoryRow::to);
        StatusLabels.statusColumn(historyToColumn, messages);
        Cells.value(historyByColumn, HistoryRow::by);
        Cells.text(historyReasonColumn, HistoryRow::reason);
        Cells.text(historyCauseColumn, HistoryRow::causedBy);
        Columns.fitTo(historyDateColumn, List.of("0000-00-00"), 1.5);
        Columns.fitTo(historyFromColumn, messages.labels(LifecycleStatus.values()), 1.5);
        Columns.fitTo(historyToColumn, messages.labels(LifecycleStatus.values()), 2.5);
        Columns.width(historyByColumn, 5);
        Columns.width(historyReasonColumn, 20); // the daily job's reasons run to 15 characters
        Columns.width(historyCauseColumn, 7);
        historyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        historyTable.setItems(vm.history());

        Cells.value(auditAtColumn, AuditRow::at);
        Cells.value(auditActorColumn, AuditRow::actor);
        Cells.value(auditActionColumn, AuditRow::action);
        Cells.text(auditChangesColumn, AuditRow::changes);
        Columns.fitTo(auditAtColumn, List.of("0000-00-00 00:00:00"), 1.5);
        Columns.width(auditActorColumn, 5);
        Columns.width(auditActionColumn, 6);
        Columns.width(auditChangesColumn, 20);
        auditTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        auditTable.setItems(vm.audit());
    }

    private void showRelations() {
        relationLinks.getChildren().clear();
        int i = 0;
        for (DocumentDetailViewModel.RelationLink link : vm.relations()) {
            javafx.scene.control.Hyperlink node = new javafx.scene.control.Hyperlink(link.text());
            node.setId("relation-" + i++);
            node.getStyleClass().add("relation-link");
            node.setWrapText(true);
            node.setOnAction(e -> vm.follow(link));
            relationLinks.getChildren().add(node);
        }
    }

    private void showFields() {
        fieldGrid.getChildren().clear();
        int row = 0;
        for (DocumentDetailViewModel.Field field : vm.fields()) {
            Label name = new Label(field.label());
            name.getStyleClass().add("detail-label");
            name.setMinWidth(Label.USE_PREF_SIZE);
            Label value = new Label(field.value());
            value.setId("detail-" + field.key());
            value.getStyleClass().add("detail-value");
            value.setWrapText(true);
            if ("status".equals(field.key()) && vm.documentProperty().get() != null) {
                value.setText(null);
                value.setGraphic(StatusLabels.badge(vm.documentProperty().get().status(), messages));
                value.setAccessibleText(field.value());
            }
            fieldGrid.addRow(row++, name, value);
        }
    }
}
