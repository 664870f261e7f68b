package org.normdesk.ui.cleanup;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignTrigger;
import org.normdesk.ui.common.Forms;

import java.util.function.Consumer;

/** Controller of cleanup/CampaignDialog.fxml. */
public final class CampaignDialogView {
    @FXML private TextField campaignNameField;
    @FXML private TextField campaignBasisField;
    @FXML private ComboBox<CampaignTrigger> campaignTriggerChoice;
    @FXML private TextField campaignDeadlineField;
    @FXML private Label campaignNameError;
    @FXML private Label campaignDeadlineError;
    @FXML private Label campaignFormError;
    @FXML private ProgressIndicator campaignSavingIndicator;
    @FXML private Button campaignSaveButton;

    private final CampaignDialogViewModel vm;
    private Consumer<Campaign> onSaved = c -> { };
    private Runnable onClose = () -> { };

    public CampaignDialogView(CampaignDialogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        campaignNameField.textProperty().bindBidirectional(vm.nameProperty());
        campaignBasisField.textProperty().bindBidirectional(vm.legalBasisProperty());
        campaignDeadlineField.textProperty().bindBidirectional(vm.deadlineProperty());
        campaignTriggerChoice.getItems().setAll(CampaignTrigger.values());
        Forms.labels(campaignTriggerChoice, vm.messages()::label);
        campaignTriggerChoice.valueProperty().bindBidirectional(vm.triggerProperty());
        Forms.message(campaignNameError, vm.nameErrorProperty());
        Forms.message(campaignDeadlineError, vm.deadlineErrorProperty());
        Forms.message(campaignFormError, vm.formErrorProperty());
        campaignSavingIndicator.visibleProperty().bind(vm.savingProperty());
        campaignSaveButton.disableProperty().bind(vm.savingProperty());
    }

    void setOnSaved(Consumer<Campaign> onSaved) {
        this.onSaved = onSaved;
    }

    void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    void focusFirstField() {
        campaignNameField.requestFocus();
    }

    @FXML
    private void save() {
        vm.save(c -> {
            onClose.run();
            onSaved.accept(c);
        });
    }

    @FXML
    private void cancel() {
        onClose.run();
    }
}
