package org.normdesk.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.normdesk.domain.calendar.DeadlineUnit;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Forms;

/**
 * Controller of settings/Deadlines.fxml (期限). The FXML holds the header row; one row of controls per rule is
 * added here, with ids {@code deadlineCount-KIND}, {@code deadlineUnit-KIND}, {@code deadlineRoll-KIND} and
 * {@code deadlineError-KIND}.
 */
public final class DeadlinesView {
    @FXML private GridPane deadlineGrid;
    @FXML private Label deadlinesFormError;
    @FXML private Label deadlinesFormMessage;
    @FXML private ProgressIndicator deadlinesBusy;
    @FXML private Button deadlinesSaveButton;

    private final DeadlinesViewModel vm;

    public DeadlinesView(DeadlinesViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Messages messages = vm.messages();
        int gridRow = 1;
        for (DeadlineRow row : vm.rows()) {
            String kind = row.kind().name();
            Label name = new Label(messages.label(row.kind()));
            name.getStyleClass().add("deadline-name");
            Label start = new Label();
            start.textProperty().bind(row.startProperty().map(messages::label).orElse(""));
            TextField count = new TextField();
            count.setId("deadlineCount-" + kind);
            count.setPrefColumnCount(4);
            count.textProperty().bindBidirectional(row.countProperty());
            ComboBox<DeadlineUnit> unit = new ComboBox<>();
            unit.setId("deadlineUnit-" + kind);
            unit.getItems().setAll(DeadlineUnit.values());
            Forms.labels(unit, messages::label);
            unit.valueProperty().bindBidirectional(row.unitProperty());
            CheckBox roll = new CheckBox(messages.get("settings.deadlines.roll"));
            roll.setId("deadlineRoll-" + kind);
            roll.selectedProperty().bindBidirectional(row.rollProperty());
            roll.disableProperty().bind(row.rollAppliesProperty().not());
            Label error = new Label();
            error.setId("deadlineError-" + kind);
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            Forms.message(error, row.errorProperty());
            deadlineGrid.addRow(gridRow, name, start, count, unit, roll);
            deadlineGrid.add(error, 2, gridRow + 1, 3, 1);
            gridRow += 2;
        }
        Forms.message(deadlinesFormError, vm.formErrorProperty());
        Forms.message(deadlinesFormMessage, vm.formMessageProperty());
        deadlinesBusy.visibleProperty().bind(vm.busyProperty());
        deadlinesBusy.managedProperty().bind(deadlinesBusy.visibleProperty());
        deadlinesSaveButton.disableProperty().bind(vm.busyProperty().or(vm.loadedProperty().not()));
    }

    @FXML
    private void save() {
        vm.save();
    }
}
