package org.normdesk.ui.filing;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.normdesk.domain.document.DocumentField;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.IntakeField;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Forms;
import org.normdesk.ui.register.DocumentDialogViewModel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** Controller of filing/ReceiveDialog.fxml, the 收文登记 form. */
public final class ReceiveDialogView {
    @FXML private VBox receiveDialogRoot;
    @FXML private RadioButton newDocumentRadio;
    @FXML private RadioButton existingDocumentRadio;
    @FXML private VBox existingPane;
    @FXML private TextField documentSearchField;
    @FXML private ListView<DocumentPick> documentList;
    @FXML private Label chosenDocumentLabel;
    @FXML private Label documentError;
    @FXML private GridPane newDocumentPane;
    @FXML private TextField newTitleField;
    @FXML private TextField newNumberField;
    @FXML private ComboBox<Issuer> newIssuerChoice;
    @FXML private Button addNewIssuerButton;
    @FXML private ListView<Issuer> newIssuerList;
    @FXML private Button newLeadIssuerButton;
    @FXML private Button newRemoveIssuerButton;
    @FXML private ComboBox<DocumentType> newTypeChoice;
    @FXML private TextField newPublishedField;
    @FXML private TextField newEffectiveField;
    @FXML private TextField newValidUntilField;
    @FXML private Label newValidUntilError;
    @FXML private Label newValidityHint;
    @FXML private javafx.scene.control.Hyperlink newAcceptValidityLink;
    @FXML private javafx.scene.control.CheckBox newNoValidityCheck;
    @FXML private Label newTitleError;
    @FXML private Label newNumberError;
    @FXML private Label newIssuersError;
    @FXML private Label newTypeError;
    @FXML private Label newPublishedError;
    @FXML private Label newEffectiveError;
    @FXML private ComboBox<Issuer> unitChoice;
    @FXML private Label unitError;
    @FXML private TextField receivedField;
    @FXML private Label receivedError;
    @FXML private ComboBox<FilingChannel> channelChoice;
    @FXML private Label channelError;
    @FXML private GridPane materialsGrid;
    @FXML private Label materialsError;
    @FXML private Label receiveFormError;
    @FXML private ProgressIndicator receiveSavingIndicator;
    @FXML private Button receiveSaveButton;

    private final ReceiveDialogViewModel vm;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(300));
    private Consumer<FilingView> onSaved = view -> { };
    private LongConsumer showExisting = id -> { };
    private Runnable onClose = () -> { };

    public ReceiveDialogView(ReceiveDialogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Messages messages = vm.messages();
        receiveDialogRoot.setUserData(vm); // tests attach files through the view-model, not a file chooser
        ToggleGroup source = new ToggleGroup();
        newDocumentRadio.setToggleGroup(source);
        existingDocumentRadio.setToggleGroup(source);
        source.selectToggle(vm.sourceProperty().get() == ReceiveDialogViewModel.Source.NEW
                ? newDocumentRadio : existingDocumentRadio);
        source.selectedToggleProperty().addListener((obs, old, now) -> vm.sourceProperty().set(
                now == existingDocumentRadio ? ReceiveDialogViewModel.Source.EXISTING : ReceiveDialogViewModel.Source.NEW));
        existingPane.visibleProperty().bind(existingDocumentRadio.selectedProperty());
        existingPane.managedProperty().bind(existingPane.visibleProperty());
        newDocumentPane.visibleProperty().bind(newDocumentRadio.selectedProperty());
        newDocumentPane.managedProperty().bind(newDocumentPane.visibleProperty());

        documentSearchField.textProperty().bindBidirectional(vm.documentSearchProperty());
        documentSearchField.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        debounce.setOnFinished(e -> vm.searchDocuments());
        documentSearchField.setOnAction(e -> {
            debounce.stop();
            vm.searchDocuments();
        });
        documentList.setItems(vm.candidates());
        documentList.setCellFactory(list -> Forms.fittingCell(DocumentPick::caption));
        documentList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.existingProperty().set(now);
            }
        });
        if (vm.existingProperty().get() != null) {
            documentList.getSelectionModel().select(vm.existingProperty().get());
        }
        chosenDocumentLabel.textProperty().bind(vm.existingProperty()
                .map(d -> messages.format("receive.chosen", d.caption(), d.leadIssuer(), messages.date(d.published())))
                .orElse(messages.get("receive.chosenNone")));

        bindNewDocument(vm.newDocument(), messages);

        unitChoice.getItems().setAll(vm.issuers());
        Forms.labels(unitChoice, Issuer::name);
        unitChoice.valueProperty().bindBidirectional(vm.unitProperty());
        receivedField.textProperty().bindBidirectional(vm.receivedDateProperty());
        channelChoice.getItems().setAll(FilingChannel.values());
        Forms.labels(channelChoice, messages::label);
        channelChoice.valueProperty().bindBidirectional(vm.channelProperty());
        MaterialsChecklist.fill(materialsGrid, vm.materials(), messages, () -> receiveDialogRoot.getScene().getWindow());

        Forms.message(documentError, vm.errorProperty(IntakeField.DOCUMENT));
        Forms.message(unitError, vm.errorProperty(IntakeField.FILING_UNIT));
        Forms.message(receivedError, vm.errorProperty(IntakeField.RECEIVED_DATE));
        Forms.message(channelError, vm.errorProperty(IntakeField.CHANNEL));
        Forms.message(materialsError, vm.errorProperty(IntakeField.MATERIALS));
        Forms.message(receiveFormError, vm.formErrorProperty());
        receiveSavingIndicator.visibleProperty().bind(vm.savingProperty());
        receiveSaveButton.disableProperty().bind(vm.savingProperty());
        vm.savingProperty().addListener((obs, was, now) -> {
            if (!now) {
                focusFirstError();
            }
        });
    }

    private void bindNewDocument(DocumentDialogViewModel doc, Messages messages) {
        newTitleField.textProperty().bindBidirectional(doc.titleProperty());
        newNumberField.textProperty().bindBidirectional(doc.docNumberProperty());
        newPublishedField.textProperty().bindBidirectional(doc.publishedDateProperty());
        newEffectiveField.textProperty().bindBidirectional(doc.effectiveDateProperty());
        // as in the register's add form: the computed end shows while 有效期 is empty
        newValidUntilField.textProperty().bindBidirectional(doc.validUntilProperty());
        newValidityHint.textProperty().bind(doc.validityHintProperty());
        newValidityHint.visibleProperty().bind(doc.validityHintProperty().isNotEmpty());
        newValidityHint.managedProperty().bind(newValidityHint.visibleProperty());
        newAcceptValidityLink.visibleProperty().bind(doc.validitySuggestionProperty().isNotNull());
        newNoValidityCheck.selectedProperty().bindBidirectional(doc.noValidityProperty());
        newNoValidityCheck.disableProperty().bind(doc.validUntilProperty().isNotEmpty());
        Forms.message(newValidUntilError, doc.errorProperty(DocumentField.VALID_UNTIL));
        newIssuerChoice.setItems(doc.availableIssuers());
        Forms.labels(newIssuerChoice, Issuer::name);
        addNewIssuerButton.disableProperty().bind(newIssuerChoice.valueProperty().isNull());
        newIssuerList.setItems(doc.chosenIssuers());
        doc.chosenIssuers().addListener((ListChangeListener<Issuer>) c -> newIssuerList.refresh());
        newIssuerList.setCellFactory(list -> Forms.cell(i -> doc.chosenIssuers().indexOf(i) == 0
                && doc.chosenIssuers().size() > 1 ? i.name() + messages.get("detail.issuers.lead") : i.name()));
        newLeadIssuerButton.disableProperty().bind(newIssuerList.getSelectionModel().selectedIndexProperty().lessThan(1));
        newRemoveIssuerButton.disableProperty().bind(newIssuerList.getSelectionModel().selectedItemProperty().isNull());
        newTypeChoice.getItems().setAll(DocumentType.values());
        Forms.labels(newTypeChoice, messages::label);
        newTypeChoice.valueProperty().bindBidirectional(doc.typeProperty());
        Forms.message(newTitleError, doc.errorProperty(DocumentField.TITLE));
        Forms.message(newNumberError, doc.errorProperty(DocumentField.DOC_NUMBER));
        Forms.message(newIssuersError, doc.errorProperty(DocumentField.ISSUERS));
        Forms.message(newTypeError, doc.errorProperty(DocumentField.TYPE));
        Forms.message(newPublishedError, doc.errorProperty(DocumentField.PUBLISHED_DATE));
        Forms.message(newEffectiveError, doc.errorProperty(DocumentField.EFFECTIVE_DATE));
    }

    @FXML
    private void acceptValidity() {
        vm.newDocument().acceptSuggestion();
    }

    /** After a refused save the cursor goes where the first correction is needed. */
    private void focusFirstError() {
        Map<Label, Control> fields = new LinkedHashMap<>();
        fields.put(documentError, documentSearchField);
        fields.put(newTitleError, newTitleField);
        fields.put(newNumberError, newNumberField);
        fields.put(newValidUntilError, newValidUntilField);
        fields.put(newIssuersError, newIssuerChoice);
        fields.put(newTypeError, newTypeChoice);
        fields.put(newPublishedError, newPublishedField);
        fields.put(newEffectiveError, newEffectiveField);
        fields.put(unitError, unitChoice);
        fields.put(receivedError, receivedField);
        fields.put(channelError, channelChoice);
        fields.entrySet().stream().filter(e -> e.getKey().isVisible() && e.getValue().isVisible()).findFirst()
                .ifPresent(e -> e.getValue().requestFocus());
    }

    public void setOnSaved(Consumer<FilingView> onSaved) {
        this.onSaved = onSaved;
    }

    public void setShowExisting(LongConsumer showExisting) {
        this.showExisting = showExisting;
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    public void focusFirstField() {
        (newDocumentRadio.isSelected() ? newTitleField : receivedField).requestFocus();
    }

    @FXML
    private void addIssuer() {
        vm.newDocument().addIssuer(newIssuerChoice.getValue());
        newIssuerChoice.setValue(null);
    }

    @FXML
    private void makeLead() {
        Issuer chosen = newIssuerList.getSelectionModel().getSelectedItem();
        vm.newDocument().makeLead(chosen);
        newIssuerList.getSelectionModel().select(chosen);
    }

    @FXML
    private void removeIssuer() {
        vm.newDocument().removeIssuer(newIssuerList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void save() {
        vm.save(IntakeDialogs.asker(receiveDialogRoot.getScene().getWindow(), vm.messages()), saved -> {
            onClose.run();
            onSaved.accept(saved);
        }, existingId -> {
            onClose.run();
            showExisting.accept(existingId);
        });
    }

    @FXML
    private void cancel() {
        onClose.run();
    }
}
