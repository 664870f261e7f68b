package org.normdesk.ui.register;

import javafx.collections.ListChangeListener;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.stage.Window;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.normdesk.domain.document.DocumentField;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Dialogs;
import org.normdesk.ui.common.Forms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Controller of register/DocumentDialog.fxml, the add / edit form. */
public final class DocumentDialogView {
    @FXML private VBox documentDialogRoot;
    @FXML private TextField titleField;
    @FXML private TextField numberField;
    @FXML private ComboBox<Issuer> issuerChoice;
    @FXML private Button addIssuerButton;
    @FXML private ListView<Issuer> issuerList;
    @FXML private Button leadIssuerButton;
    @FXML private Button removeIssuerButton;
    @FXML private ComboBox<DocumentType> typeChoice;
    @FXML private TextField subjectField;
    @FXML private TextField signedField;
    @FXML private TextField publishedField;
    @FXML private TextField effectiveField;
    @FXML private TextField validUntilField;
    @FXML private Label titleError;
    @FXML private Label numberError;
    @FXML private Label issuersError;
    @FXML private Label typeError;
    @FXML private Label subjectError;
    @FXML private Label signedError;
    @FXML private Label publishedError;
    @FXML private Label effectiveError;
    @FXML private Label validUntilError;
    @FXML private Label formError;
    @FXML private Label validityHint;
    @FXML private javafx.scene.layout.HBox validityActions;
    @FXML private javafx.scene.control.Hyperlink acceptValidityLink;
    @FXML private javafx.scene.control.CheckBox noValidityCheck;
    @FXML private ProgressIndicator savingIndicator;
    @FXML private Button saveButton;

    private final DocumentDialogViewModel vm;
    private Consumer<NormativeDocument> onSaved = doc -> { };
    private Runnable onClose = () -> { };

    public DocumentDialogView(DocumentDialogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Messages messages = vm.messages();
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        numberField.textProperty().bindBidirectional(vm.docNumberProperty());
        subjectField.textProperty().bindBidirectional(vm.subjectAreaProperty());
        signedField.textProperty().bindBidirectional(vm.signedDateProperty());
        publishedField.textProperty().bindBidirectional(vm.publishedDateProperty());
        effectiveField.textProperty().bindBidirectional(vm.effectiveDateProperty());
        validUntilField.textProperty().bindBidirectional(vm.validUntilProperty());
        // the computed end, shown while 有效期 is empty; only forms that compute one show these
        validityHint.textProperty().bind(vm.validityHintProperty());
        validityHint.visibleProperty().bind(vm.validityHintProperty().isNotEmpty());
        validityHint.managedProperty().bind(validityHint.visibleProperty());
        validityActions.setVisible(vm.suggestsValidity());
        validityActions.setManaged(vm.suggestsValidity());
        acceptValidityLink.visibleProperty().bind(vm.validitySuggestionProperty().isNotNull());
        noValidityCheck.selectedProperty().bindBidirectional(vm.noValidityProperty());
        noValidityCheck.disableProperty().bind(vm.validUntilProperty().isNotEmpty());

        issuerChoice.setItems(vm.availableIssuers());
        Forms.labels(issuerChoice, Issuer::name);
        addIssuerButton.disableProperty().bind(issuerChoice.valueProperty().isNull());
        issuerList.setItems(vm.chosenIssuers());
        // the lead marker depends on the position, so every change redraws the list
        vm.chosenIssuers().addListener((ListChangeListener<Issuer>) c -> issuerList.refresh());
        issuerList.setCellFactory(list -> Forms.cell(i -> vm.chosenIssuers().indexOf(i) == 0
                && vm.chosenIssuers().size() > 1 ? i.name() + messages.get("detail.issuers.lead") : i.name()));
        leadIssuerButton.disableProperty().bind(issuerList.getSelectionModel().selectedIndexProperty().lessThan(1));
        removeIssuerButton.disableProperty().bind(issuerList.getSelectionModel().selectedItemProperty().isNull());

        typeChoice.getItems().setAll(DocumentType.values());
        Forms.labels(typeChoice, messages::label);
        typeChoice.valueProperty().bindBidirectional(vm.typeProperty());

        Forms.message(titleError, vm.errorProperty(DocumentField.TITLE));
        Forms.message(numberError, vm.errorProperty(DocumentField.DOC_NUMBER));
        Forms.message(issuersError, vm.errorProperty(DocumentField.ISSUERS));
        Forms.message(typeError, vm.errorProperty(DocumentField.TYPE));
        Forms.message(subjectError, vm.errorProperty(DocumentField.SUBJECT_AREA));
        Forms.message(signedError, vm.errorProperty(DocumentField.SIGNED_DATE));
        Forms.message(publishedError, vm.errorProperty(DocumentField.PUBLISHED_DATE));
        Forms.message(effectiveError, vm.errorProperty(DocumentField.EFFECTIVE_DATE));
        Forms.message(validUntilError, vm.errorProperty(DocumentField.VALID_UNTIL));
        Forms.message(formError, vm.formErrorProperty());
        savingIndicator.visibleProperty().bind(vm.savingProperty());
        saveButton.disableProperty().bind(vm.savingProperty());
        vm.savingProperty().addListener((obs, was, now) -> {
            if (!now) {
                focusFirstError();
            }
        });
        // someone else saved this document meanwhile: show both sides, then reload theirs or merge ours on top
        vm.conflictProperty().addListener((obs, old, conflict) -> {
            if (conflict != null) {
                Platform.runLater(() -> resolve(conflict));
            }
        });
    }

    @FXML
    private void acceptValidity() {
        vm.acceptSuggestion();
    }

    private void resolve(EditConflict conflict) {
        Messages m = vm.messages();
        boolean keepMine = conflictPrompt.choose(saveButton.getScene().getWindow(), conflict.describe(m));
        if (keepMine) {
            vm.keepMineAndSave(doc -> {
                onClose.run();
                onSaved.accept(doc);
            });
        } else {
            vm.reloadTheirs();
        }
    }

    /** Asks "keep mine / reload theirs"; tests answer without a window. */
    @FunctionalInterface
    public interface ConflictPrompt {
        boolean choose(Window owner, String changes);
    }

    private ConflictPrompt conflictPrompt = this::askKeepMine;

    private boolean askKeepMine(Window owner, String changes) {
        Messages m = vm.messages();
        return Dialogs.choose(owner, m, m.get("docdialog.conflict.title"), m.get("docdialog.conflict.header"), changes,
                m.get("docdialog.conflict.keepMine"), m.get("docdialog.conflict.reload"));
    }

    public void setConflictPrompt(ConflictPrompt prompt) {
        this.conflictPrompt = prompt;
    }

    /** After a refused save the cursor goes where the first correction is needed. */
    private void focusFirstError() {
        Map<Label, Control> fields = new LinkedHashMap<>();
        fields.put(titleError, titleField);
        fields.put(numberError, numberField);
        fields.put(issuersError, issuerChoice);
        fields.put(typeError, typeChoice);
        fields.put(subjectError, subjectField);
        fields.put(signedError, signedField);
        fields.put(publishedError, publishedField);
        fields.put(effectiveError, effectiveField);
        fields.put(validUntilError, validUntilField);
        fields.entrySet().stream().filter(e -> e.getKey().isVisible()).findFirst()
                .ifPresent(e -> e.getValue().requestFocus());
    }

    /** What to do once the register accepted the document; the window closes itself before. */
    public void setOnSaved(Consumer<NormativeDocument> onSaved) {
        this.onSaved = onSaved;
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    public void focusFirstField() {
        titleField.requestFocus();
    }

    @FXML
    private void addIssuer() {
        vm.addIssuer(issuerChoice.getValue());
        issuerChoice.setValue(null);
    }

    @FXML
    private void makeLead() {
        Issuer chosen = issuerList.getSelectionModel().getSelectedItem();
        vm.makeLead(chosen);
        issuerList.getSelectionModel().select(chosen);
    }

    @FXML
    private void removeIssuer() {
        vm.removeIssuer(issuerList.getSelectionModel().getSelectedItem());
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
