package org.normdesk.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.normdesk.ui.common.Forms;

/** Controller of settings/ValidityRules.fxml (有效期). */
public final class ValidityRulesView {
    @FXML private TextField validityDefaultYearsField;
    @FXML private TextField validityProvisionalYearsField;
    @FXML private TextField validityReminderMonthsField;
    @FXML private Label validityFormError;
    @FXML private Label validityFormMessage;
    @FXML private ProgressIndicator validityBusy;
    @FXML private Button validitySaveButton;

    private final ValidityRulesViewModel vm;

    public ValidityRulesView(ValidityRulesViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        validityDefaultYearsField.textProperty().bindBidirectional(vm.defaultYearsProperty());
        validityProvisionalYearsField.textProperty().bindBidirectional(vm.provisionalYearsProperty());
        validityReminderMonthsField.textProperty().bindBidirectional(vm.reminderMonthsProperty());
        Forms.message(validityFormError, vm.formErrorProperty());
        Forms.message(validityFormMessage, vm.formMessageProperty());
        validityBusy.visibleProperty().bind(vm.busyProperty());
        validityBusy.managedProperty().bind(vm.busyProperty());
        validitySaveButton.disableProperty().bind(vm.busyProperty().or(vm.loadedProperty().not()));
    }

    @FXML
    private void save() {
        vm.save();
    }
}
