package org.normdesk.ui.filing;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Forms;

import java.util.List;

/**
 * Controller of filing/FilingDetail.fxml: the selected filing's facts, deadlines, formal checks and each
 * package's materials checklist.
 */
public final class FilingDetailView {
    @FXML private Label filingPlaceholder;
    @FXML private ScrollPane filingDetailScroll;
    @FXML private Label filingHeading;
    @FXML private GridPane filingFieldGrid;
    @FXML private Label filingDetailError;
    @FXML private GridPane deadlineGrid;
    @FXML private VBox checksBox;
    @FXML private VBox packagesBox;
    @FXML private VBox filingAuditBox;

    private final FilingDetailViewModel vm;
    private final Messages messages;

    public FilingDetailView(FilingDetailViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
    }

    @FXML
    private void initialize() {
        filingDetailScroll.visibleProperty().bind(vm.filingProperty().isNotNull());
        filingPlaceholder.visibleProperty().bind(vm.filingProperty().isNull());
        filingHeading.textProperty().bind(vm.filingProperty().map(FilingView::document).map(d -> d.title()).orElse(""));
        Forms.message(filingDetailError, vm.errorProperty());
        vm.fields().addListener((ListChangeListener<FilingDetailViewModel.Field>) c -> grid(filingFieldGrid,
                vm.fields(), "filing-"));
        vm.deadlines().addListener((ListChangeListener<FilingDetailViewModel.Field>) c -> grid(deadlineGrid,
                vm.deadlines(), "deadline-"));
        vm.checks().addListener((ListChangeListener<String>) c -> showChecks());
        vm.packages().addListener((ListChangeListener<FilingDetailViewModel.PackageRow>) c -> showPackages());
        var audit = org.normdesk.ui.register.AuditHistory.table("filingAuditTable", messages, vm.audit());
        audit.setPrefHeight(220);
        filingAuditBox.getChildren().add(audit);
    }

    private static void grid(GridPane grid, List<FilingDetailViewModel.Field> fields, String idPrefix) {
        grid.getChildren().clear();
        int row = 0;
        for (FilingDetailViewModel.Field field : fields) {
            Label name = new Label(field.label());
            name.getStyleClass().add("detail-label");
            name.setMinWidth(Label.USE_PREF_SIZE);
            Label value = new Label(field.value());
            value.setId(idPrefix + field.key());
            value.getStyleClass().add("detail-value");
            value.setWrapText(true);
            grid.addRow(row++, name, value);
        }
    }

    private void showChecks() {
        checksBox.getChildren().clear();
        if (vm.checks().isEmpty()) {
            Label none = new Label(messages.get("filing.detail.noChecks"));
            none.getStyleClass().add("placeholder-text");
            checksBox.getChildren().add(none);
        }
        for (int i = 0; i < vm.checks().size(); i++) {
            Label line = new Label(vm.checks().get(i));
            line.setId("check-" + (i + 1));
            line.setWrapText(true);
            line.getStyleClass().add("check-line");
            checksBox.getChildren().add(line);
        }
    }

    private void showPackages() {
        packagesBox.getChildren().clear();
        for (FilingDetailViewModel.PackageRow p : vm.packages()) {
            VBox box = new VBox();
            box.setId("package-" + p.seq());
            box.getStyleClass().add("package-box");
            Label caption = new Label(p.caption());
            caption.setWrapText(true);
            caption.getStyleClass().addAll("package-caption", p.complete() ? "package-complete" : "package-lacking");
            box.getChildren().add(caption);
            for (FilingDetailViewModel.MaterialRow m : p.materials()) {
                box.getChildren().add(materialLine(p.seq(), m));
            }
            packagesBox.getChildren().add(box);
        }
    }

    private HBox materialLine(int seq, FilingDetailViewModel.MaterialRow m) {
        Label mark = new Label(messages.get(m.present() ? "filing.material.present" : "filing.material.missing"));
        mark.getStyleClass().addAll("material-mark", m.present() ? "material-present" : "material-missing");
        mark.setMinWidth(Label.USE_PREF_SIZE);
        Label name = new Label(m.required() ? messages.format("filing.material.required", m.label()) : m.label());
        name.setMinWidth(Label.USE_PREF_SIZE);
        Label file = new Label(m.fileName());
        file.getStyleClass().add("material-file");
        HBox line = new HBox(mark, name, file);
        line.setId("material-" + seq + "-" + m.kind().name());
        line.getStyleClass().add("material-line");
        return line;
    }
}
