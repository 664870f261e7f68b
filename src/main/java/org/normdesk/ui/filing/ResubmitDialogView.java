package org.normdesk.ui.filing;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.IntakeField;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Forms;

import java.util.function.Consumer;

/** Controller of filing/ResubmitDialog.fxml: the corrected package of a returned filing. */
public final class ResubmitDialogView {
    @FXML private VBox resubmitRoot;
    @FXML private Label resubmitDocumentLabel;
    @FXML private Label resubmitCaption;
    @FXML private TextField resubmitReceivedField;
    @FXML private Label resubmitReceivedError;
    @FXML private ComboBox<FilingChannel> resubmitChannelChoice;
    @FXML private Label resubmitChannelError;
    @FXML private GridPane resubmitMaterialsGrid;
    @FXML private Label resubmitMaterialsError;
    @FXML private Label resubmitFormError;
    @FXML private ProgressIndicator resubmitSavingIndicator;
    @FXML private Button resubmitSaveButton;

    private final ResubmitDialogViewModel vm;
    private Consumer<FilingView> onSaved = view -> { };
    private Runnable onClose = () -> { };

    public ResubmitDialogView(ResubmitDialogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Messages messages = vm.messages();
        resubmitRoot.setUserData(vm);
        resubmitDocumentLabel.setText(vm.documentCaption());
        resubmitCaption.setText(vm.packageCaption(vm.materials().missingRequired()));
        resubmitReceivedField.textProperty().bindBidirectional(vm.receivedDateProperty());
        resubmitChannelChoice.getItems().setAll(FilingChannel.values());
        Forms.labels(resubmitChannelChoice, messages::label);
        resubmitChannelChoice.valueProperty().bindBidirectional(vm.channelProperty());
        MaterialsChecklist.fill(resubmitMaterialsGrid, vm.materials(), messages,
                () -> resubmitRoot.getScene().getWindow());
        Forms.message(resubmitReceivedError, vm.errorProperty(IntakeField.RECEIVED_DATE));
        Forms.message(resubmitChannelError, vm.errorProperty(IntakeField.CHANNEL));
        Forms.message(resubmitMaterialsError, vm.errorProperty(IntakeField.MATERIALS));
        Forms.message(resubmitFormError, vm.formErrorProperty());
        resubmitSavingIndicator.visibleProperty().bind(vm.savingProperty());
        resubmitSaveButton.disableProperty().bind(vm.savingProperty());
    }

    public void setOnSaved(Consumer<FilingView> onSaved) {
        this.onSaved = onSaved;
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    @FXML
    private void save() {
        vm.save(view -> {
            onClose.run();
            onSaved.accept(view);
        });
    }

    @FXML
    private void cancel() {
        onClose.run();
    }
}
