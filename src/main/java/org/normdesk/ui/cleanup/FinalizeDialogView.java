package org.normdesk.ui.cleanup;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.ui.common.Forms;

import java.util.function.Consumer;

/** Controller of cleanup/FinalizeDialog.fxml: approval, progress, and the documents a refusal names. */
public final class FinalizeDialogView {
    @FXML private javafx.scene.layout.VBox finalizeDialogRoot;
    @FXML private Label finalizeCampaignLabel;
    @FXML private TextField approvedByField;
    @FXML private TextField approvedOnField;
    @FXML private Label approvedOnError;
    @FXML private TextField resultNumberField;
    @FXML private ProgressBar finalizeProgress;
    @FXML private Label finalizeError;
    @FXML private ListView<String> refusalList;
    @FXML private Button finalizeSaveButton;

    private final FinalizeDialogViewModel vm;
    private Consumer<Campaign> onDone = c -> { };
    private Runnable onClose = () -> { };

    public FinalizeDialogView(FinalizeDialogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        finalizeCampaignLabel.setText(vm.messages().format("cleanup.finalize.heading", vm.campaignName()));
        approvedByField.textProperty().bindBidirectional(vm.approvedByProperty());
        approvedOnField.textProperty().bindBidirectional(vm.approvedOnProperty());
        resultNumberField.textProperty().bindBidirectional(vm.resultNumberProperty());
        Forms.message(approvedOnError, vm.dateErrorProperty());
        Forms.message(finalizeError, vm.formErrorProperty());
        finalizeProgress.progressProperty().bind(vm.progressProperty());
        finalizeProgress.visibleProperty().bind(vm.savingProperty());
        finalizeProgress.managedProperty().bind(finalizeProgress.visibleProperty());
        refusalList.setItems(vm.refused());
        refusalList.setCellFactory(list -> Forms.fittingCell(s -> s));
        refusalList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.refused()));
        refusalList.managedProperty().bind(refusalList.visibleProperty());
        finalizeSaveButton.disableProperty().bind(vm.savingProperty());
        // a refusal adds its message and list: the window grows to show them, buttons included
        vm.refused().addListener((javafx.collections.ListChangeListener<String>) c -> fitWindow());
        vm.formErrorProperty().addListener((obs, old, now) -> fitWindow());
    }

    private void fitWindow() {
        if (finalizeDialogRoot.getScene() != null && finalizeDialogRoot.getScene().getWindow() != null) {
            finalizeDialogRoot.getScene().getWindow().sizeToScene();
        }
    }

    void setOnDone(Consumer<Campaign> onDone) {
        this.onDone = onDone;
    }

    void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    void focusFirstField() {
        approvedByField.requestFocus();
    }

    @FXML
    private void save() {
        vm.save(c -> {
            onClose.run();
            onDone.accept(c);
        });
    }

    @FXML
    private void cancel() {
        onClose.run();
    }
}
