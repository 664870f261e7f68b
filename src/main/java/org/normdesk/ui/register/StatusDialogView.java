package org.normdesk.ui.register;

import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Forms;

import java.util.function.Consumer;

/** Controller of register/StatusDialog.fxml. */
public final class StatusDialogView {
    @FXML private Label statusDocumentLabel;
    @FXML private HBox currentStatusBox;
    @FXML private ComboBox<LifecycleStatus> targetChoice;
    @FXML private TextField effectiveDateField;
    @FXML private Label effectiveDateError;
    @FXML private TextArea reasonField;
    @FXML private Label reasonError;
    @FXML private TextField causeSearchField;
    @FXML private ListView<DocumentRow> causeList;
    @FXML private Label causeLabel;
    @FXML private Button clearCauseButton;
    @FXML private Label statusFormError;
    @FXML private ProgressIndicator statusSavingIndicator;
    @FXML private Button statusSaveButton;

    private final StatusDialogViewModel vm;
    private final PauseTransition debounce = new PauseTransition(RegisterView.SEARCH_DELAY);
    private Consumer<NormativeDocument> onSaved = doc -> { };
    private Runnable onClose = () -> { };

    public StatusDialogView(StatusDialogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Messages messages = vm.messages();
        statusDocumentLabel.setText(vm.documentCaption());
        currentStatusBox.getChildren().setAll(StatusLabels.badge(vm.currentStatusValue(), messages));
        targetChoice.setItems(vm.targets());
        Forms.labels(targetChoice, messages::label);
        targetChoice.valueProperty().bindBidirectional(vm.targetProperty());
        effectiveDateField.textProperty().bindBidirectional(vm.effectiveDateProperty());
        reasonField.textProperty().bindBidirectional(vm.reasonProperty());

        causeSearchField.textProperty().bindBidirectional(vm.causeSearchProperty());
        causeSearchField.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        debounce.setOnFinished(e -> vm.searchCauses());
        causeList.setItems(vm.causeCandidates());
        causeList.setCellFactory(list -> Forms.fittingCell(DocumentRow::caption));
        causeList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.causeProperty().set(now);
            }
        });
        causeLabel.textProperty().bind(vm.causeProperty().map(DocumentRow::caption)
                .orElse(messages.get("statusdialog.causeNone")));
        clearCauseButton.disableProperty().bind(vm.causeProperty().isNull());

        Forms.message(effectiveDateError, vm.dateErrorProperty());
        Forms.message(reasonError, vm.reasonErrorProperty());
        Forms.message(statusFormError, vm.formErrorProperty());
        statusSavingIndicator.visibleProperty().bind(vm.savingProperty());
        statusSaveButton.disableProperty().bind(vm.savingProperty().or(targetChoice.valueProperty().isNull()));
        targetChoice.setDisable(!vm.canChange());
    }

    public void setOnSaved(Consumer<NormativeDocument> onSaved) {
        this.onSaved = onSaved;
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    @FXML
    private void clearCause() {
        causeList.getSelectionModel().clearSelection();
        vm.causeProperty().set(null);
    }

    @FXML
    private void save() {
        vm.save(doc -> {
            onClose.run();
            onSaved.accept(doc);
        });
    }

    @FXML
    private void cancel() {
        onClose.run();
    }
}
