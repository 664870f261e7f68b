package org.normdesk.ui.register;

import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Forms;

import java.util.function.Consumer;

/** Controller of register/RelationDialog.fxml. */
public final class RelationDialogView {
    @FXML private Label relationSourceLabel;
    @FXML private ComboBox<RelationKind> relationKindChoice;
    @FXML private TextField relationTargetSearch;
    @FXML private ListView<DocumentRow> relationTargetList;
    @FXML private TextField relationDateField;
    @FXML private Label relationPreview;
    @FXML private Label relationFormError;
    @FXML private ProgressIndicator relationSavingIndicator;
    @FXML private Button relationSaveButton;

    private final RelationDialogViewModel vm;
    private final PauseTransition debounce = new PauseTransition(RegisterView.SEARCH_DELAY);
    private Consumer<NormativeDocument> onSaved = doc -> { };
    private Runnable onClose = () -> { };

    public RelationDialogView(RelationDialogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Messages messages = vm.messages();
        relationSourceLabel.setText(vm.sourceCaption());
        relationKindChoice.getItems().setAll(vm.kinds());
        Forms.labels(relationKindChoice, messages::label);
        relationKindChoice.valueProperty().bindBidirectional(vm.kindProperty());
        relationTargetSearch.textProperty().bindBidirectional(vm.targetSearchProperty());
        relationTargetSearch.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        debounce.setOnFinished(e -> vm.searchTargets());
        relationTargetList.setItems(vm.candidates());
        relationTargetList.setCellFactory(list -> Forms.cell(DocumentRow::caption));
        relationTargetList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.targetProperty().set(now);
            }
        });
        relationDateField.textProperty().bindBidirectional(vm.effectiveDateProperty());
        relationPreview.textProperty().bind(vm.previewProperty());
        vm.previewRefusedProperty().addListener((obs, was, refused) -> {
            relationPreview.getStyleClass().remove("field-error");
            if (refused) {
                relationPreview.getStyleClass().add("field-error");
            }
        });
        Forms.message(relationFormError, vm.formErrorProperty());
        relationSavingIndicator.visibleProperty().bind(vm.savingProperty());
        relationSaveButton.disableProperty().bind(vm.savingProperty().or(vm.previewRefusedProperty())
                .or(vm.targetProperty().isNull()));
    }

    public void setOnSaved(Consumer<NormativeDocument> onSaved) {
        this.onSaved = onSaved;
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    @FXML
    private void save() {
        debounce.stop();
        vm.save(doc -> {
            onClose.run();
            onSaved.accept(doc);
        });
    }

    @FXML
    private void cancel() {
        debounce.stop();
        onClose.run();
    }
}
