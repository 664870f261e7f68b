package org.normdesk.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Forms;

import java.util.function.Consumer;

/** Controller of settings/IssuerDialog.fxml, the add-issuer form. */
public final class IssuerDialogView {
    @FXML private TextField issuerNameField;
    @FXML private TextField issuerCodeField;
    @FXML private ComboBox<OrgLevel> issuerLevelChoice;
    @FXML private ComboBox<OrgKind> issuerKindChoice;
    @FXML private Label issuerNameError;
    @FXML private Label issuerCodeError;
    @FXML private Label issuerLevelError;
    @FXML private Label issuerKindError;
    @FXML private Label issuerFormError;
    @FXML private ProgressIndicator issuerSaving;
    @FXML private Button issuerSaveButton;

    private final IssuerDialogViewModel vm;
    private Consumer<Issuer> onSaved = issuer -> { };
    private Runnable onClose = () -> { };

    public IssuerDialogView(IssuerDialogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Messages messages = vm.messages();
        issuerNameField.textProperty().bindBidirectional(vm.nameProperty());
        issuerCodeField.textProperty().bindBidirectional(vm.codeProperty());
        issuerLevelChoice.getItems().setAll(OrgLevel.values());
        Forms.labels(issuerLevelChoice, messages::label);
        issuerLevelChoice.valueProperty().bindBidirectional(vm.levelProperty());
        issuerKindChoice.getItems().setAll(OrgKind.values());
        Forms.labels(issuerKindChoice, messages::label);
        issuerKindChoice.valueProperty().bindBidirectional(vm.kindProperty());
        Forms.message(issuerNameError, vm.nameErrorProperty());
        Forms.message(issuerCodeError, vm.codeErrorProperty());
        Forms.message(issuerLevelError, vm.levelErrorProperty());
        Forms.message(issuerKindError, vm.kindErrorProperty());
        Forms.message(issuerFormError, vm.formErrorProperty());
        issuerSaving.visibleProperty().bind(vm.savingProperty());
        issuerSaveButton.disableProperty().bind(vm.savingProperty());
    }

    public void setOnSaved(Consumer<Issuer> onSaved) {
        this.onSaved = onSaved;
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    public void focusFirstField() {
        issuerNameField.requestFocus();
    }

    @FXML
    private void save() {
        boolean started = vm.save(saved -> {
            onClose.run();
            onSaved.accept(saved);
        });
        if (!started && issuerNameError.isVisible()) {
            issuerNameField.requestFocus();
        }
    }

    @FXML
    private void cancel() {
        onClose.run();
    }
}
