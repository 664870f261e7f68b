package org.normdesk.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import org.normdesk.ui.common.Forms;

import java.io.File;

/** Controller of settings/RulePack.fxml (审查提示规则包). */
public final class RulePackView {
    @FXML private Label rulePackCurrent;
    @FXML private TextField rulePackPathField;
    @FXML private Button rulePackBrowseButton;
    @FXML private Button rulePackCheckButton;
    @FXML private Label rulePackPreview;
    @FXML private Button rulePackInstallButton;
    @FXML private Button rulePackShippedButton;
    @FXML private Label rulePackFormError;
    @FXML private Label rulePackFormMessage;

    private final RulePackViewModel vm;

    public RulePackView(RulePackViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        rulePackCurrent.textProperty().bind(vm.currentProperty());
        rulePackPreview.textProperty().bind(vm.previewProperty());
        rulePackPathField.textProperty().bindBidirectional(vm.pathProperty());
        rulePackCheckButton.disableProperty().bind(vm.busyProperty());
        rulePackBrowseButton.disableProperty().bind(vm.busyProperty());
        rulePackInstallButton.disableProperty().bind(vm.busyProperty().or(vm.checkedProperty().not()));
        rulePackShippedButton.disableProperty().bind(vm.busyProperty().or(vm.shippedProperty()));
        Forms.message(rulePackFormError, vm.formErrorProperty());
        Forms.message(rulePackFormMessage, vm.formMessageProperty());
    }

    @FXML
    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(vm.messages().get("settings.rules.browse.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                vm.messages().get("settings.rules.browse.filter"), "*.json"));
        File file = chooser.showOpenDialog(rulePackPathField.getScene().getWindow());
        if (file != null) {
            vm.pathProperty().set(file.getAbsolutePath());
            vm.check();
        }
    }

    @FXML
    private void check() {
        vm.check();
    }

    @FXML
    private void install() {
        vm.install();
    }

    @FXML
    private void useShipped() {
        vm.useShipped();
    }
}
