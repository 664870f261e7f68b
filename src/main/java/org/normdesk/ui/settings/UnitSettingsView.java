package org.normdesk.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.ui.common.Forms;

/** Controller of settings/UnitSettings.fxml (本单位). */
public final class UnitSettingsView {
    @FXML private TextField unitNameField;
    @FXML private TextField unitCodeField;
    @FXML private TextField templateField;
    @FXML private Label templatePreview;
    @FXML private HBox templatePreviewRow;
    @FXML private FlowPane materialsPane;
    @FXML private ListView<IssuerOption> ownIssuerList;
    @FXML private Label unitNameError;
    @FXML private Label unitCodeError;
    @FXML private Label templateError;
    @FXML private Label materialsError;
    @FXML private Label unitFormError;
    @FXML private Label unitFormMessage;
    @FXML private ProgressIndicator unitBusy;
    @FXML private Button unitSaveButton;

    private final UnitSettingsViewModel vm;

    public UnitSettingsView(UnitSettingsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        unitNameField.textProperty().bindBidirectional(vm.unitNameProperty());
        unitCodeField.textProperty().bindBidirectional(vm.unitCodeProperty());
        templateField.textProperty().bindBidirectional(vm.templateProperty());
        templatePreview.textProperty().bind(vm.previewProperty());
        templatePreviewRow.visibleProperty().bind(vm.previewProperty().isNotEmpty());
        templatePreviewRow.managedProperty().bind(templatePreviewRow.visibleProperty());
        // the material boxes are listed in the FXML; each names its kind in userData
        for (Node node : materialsPane.getChildren()) {
            if (node instanceof CheckBox box) {
                box.selectedProperty().bindBidirectional(vm.requiredProperty(MaterialKind.valueOf((String) box.getUserData())));
            }
        }
        ownIssuerList.setItems(vm.issuerOptions());
        ownIssuerList.setCellFactory(CheckBoxListCell.forListView(IssuerOption::ownProperty));

        Forms.message(unitNameError, vm.unitNameErrorProperty());
        Forms.message(unitCodeError, vm.unitCodeErrorProperty());
        Forms.message(templateError, vm.templateErrorProperty());
        Forms.message(materialsError, vm.materialsErrorProperty());
        Forms.message(unitFormError, vm.formErrorProperty());
        Forms.message(unitFormMessage, vm.formMessageProperty());
        unitBusy.visibleProperty().bind(vm.busyProperty());
        unitBusy.managedProperty().bind(unitBusy.visibleProperty());
        unitSaveButton.disableProperty().bind(vm.busyProperty().or(vm.loadedProperty().not()));
    }

    @FXML
    private void save() {
        if (!vm.save()) {
            focusFirstError();
        }
    }

    private void focusFirstError() {
        if (unitNameError.isVisible()) {
            unitNameField.requestFocus();
        } else if (unitCodeError.isVisible()) {
            unitCodeField.requestFocus();
        } else if (templateError.isVisible()) {
            templateField.requestFocus();
        }
    }
}
