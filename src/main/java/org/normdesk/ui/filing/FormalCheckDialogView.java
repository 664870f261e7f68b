package org.normdesk.ui.filing;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.normdesk.domain.filing.FormalCheckDecision;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Forms;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Controller of filing/FormalCheckDialog.fxml: 准予备案登记, 退回补正 or 不予备案登记 of one filing. */
public final class FormalCheckDialogView {
    @FXML private VBox formalCheckRoot;
    @FXML private Label checkDocumentLabel;
    @FXML private Label checksLabel;
    @FXML private VBox checksPane;
    @FXML private CheckBox checkNormative;
    @FXML private CheckBox checkAuthority;
    @FXML private Label checksHint;
    @FXML private Label materialsLabel;
    @FXML private Label checkMaterialsLabel;
    @FXML private Label reasonsLabel;
    @FXML private VBox reasonsPane;
    @FXML private TextArea reasonsField;
    @FXML private Label reasonsHint;
    @FXML private Label reasonsError;
    @FXML private Label checkFormError;
    @FXML private Button switchToReturnButton;
    @FXML private Button switchToRejectButton;
    @FXML private ProgressIndicator checkSavingIndicator;
    @FXML private Button checkSaveButton;

    private final FormalCheckDialogViewModel vm;
    private Consumer<FilingView> onSaved = view -> { };
    private Runnable onClose = () -> { };

    public FormalCheckDialogView(FormalCheckDialogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Messages messages = vm.messages();
        formalCheckRoot.setUserData(vm);
        checkDocumentLabel.setText(vm.documentCaption());
        checkNormative.selectedProperty().bindBidirectional(vm.normativeProperty());
        checkAuthority.selectedProperty().bindBidirectional(vm.rightAuthorityProperty());
        reasonsField.textProperty().bindBidirectional(vm.reasonsProperty());

        BooleanBinding returning = vm.decisionProperty().isEqualTo(FormalCheckDecision.RETURN);
        BooleanBinding registering = vm.decisionProperty().isEqualTo(FormalCheckDecision.REGISTER);
        show(returning.not(), checksLabel, checksPane);
        show(registering, materialsLabel, checkMaterialsLabel);
        show(registering.not(), reasonsLabel, reasonsPane);
        checksHint.textProperty().bind(vm.decisionProperty().map(d -> messages.get(
                d == FormalCheckDecision.REJECT ? "formalcheck.checksHintReject" : "formalcheck.checksHintRegister")));
        reasonsHint.textProperty().bind(vm.decisionProperty().map(d -> messages.get(
                d == FormalCheckDecision.RETURN ? "formalcheck.reasonsHintReturn" : "formalcheck.reasonsHintReject")));
        checkMaterialsLabel.textProperty().bind(vm.missingProperty().map(m -> materialsText(m, messages)));
        markMaterials(vm.missingProperty().get());
        vm.missingProperty().addListener((obs, old, now) -> markMaterials(now));
        checkSaveButton.textProperty().bind(vm.decisionProperty().map(messages::label));

        Forms.message(reasonsError, vm.reasonsErrorProperty());
        Forms.message(checkFormError, vm.formErrorProperty());
        show(vm.refusedAsMissingProperty(), switchToReturnButton);
        show(vm.refusedAsOutOfScopeProperty(), switchToRejectButton);
        checkSavingIndicator.visibleProperty().bind(vm.savingProperty());
        checkSaveButton.disableProperty().bind(vm.savingProperty());
        vm.formErrorProperty().addListener((obs, old, now) -> resize());
    }

    private void markMaterials(Set<MaterialKind> missing) {
        checkMaterialsLabel.getStyleClass().removeAll("materials-complete", "materials-lacking");
        checkMaterialsLabel.getStyleClass().add(missing.isEmpty() ? "materials-complete" : "materials-lacking");
    }

    private static String materialsText(Set<MaterialKind> missing, Messages messages) {
        return missing.isEmpty() ? messages.get("formalcheck.materialsComplete")
                : messages.format("formalcheck.materialsMissing", List.copyOf(missing).stream().sorted().toList());
    }

    private static void show(javafx.beans.value.ObservableBooleanValue condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
            node.managedProperty().bind(node.visibleProperty());
        }
    }

    public void setOnSaved(Consumer<FilingView> onSaved) {
        this.onSaved = onSaved;
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    @FXML
    private void switchToReturn() {
        vm.switchTo(FormalCheckDecision.RETURN);
        reasonsField.requestFocus();
        reasonsField.end();
        resize();
    }

    @FXML
    private void switchToReject() {
        vm.switchTo(FormalCheckDecision.REJECT);
        reasonsField.requestFocus();
        resize();
    }

    /** Other parts show after a switch: the window grows to fit them. */
    private void resize() {
        if (formalCheckRoot.getScene() != null && formalCheckRoot.getScene().getWindow() != null) {
            formalCheckRoot.getScene().getWindow().sizeToScene();
        }
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
