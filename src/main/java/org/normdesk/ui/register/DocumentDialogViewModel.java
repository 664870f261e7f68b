package org.normdesk.ui.register;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normdesk.domain.common.ConcurrentChangeException;
import org.normdesk.domain.document.DocumentField;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.DocumentValidationException;
import org.normdesk.domain.document.FieldError;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.ValidityRules;
import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The add / edit form. Fields stay text as typed; the register parses and checks them on save, and every
 * problem it reports is shown under its field while the form stays open.
 */
public final class DocumentDialogViewModel {
    private final RegisterService register;
    private final Messages messages;
    private final TaskRunner runner;
    private final Long id;
    private int version;
    /** The document as it was when the form opened: the base for merging with someone else's save. */
    private NormativeDocument original;
    private final ObjectProperty<EditConflict> conflict = new SimpleObjectProperty<>(this, "conflict");
    /** How a new document is saved: into the register, or (清理) into the register and a campaign at once. */
    private Function<DocumentInput, NormativeDocument> adder;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty docNumber = new SimpleStringProperty(this, "docNumber", "");
    private final ObservableList<Issuer> availableIssuers = FXCollections.observableArrayList();
    private final ObservableList<Issuer> chosenIssuers = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>(this, "type");
    private final StringProperty subjectArea = new SimpleStringProperty(this, "subjectArea", "");
    private final StringProperty signedDate = new SimpleStringProperty(this, "signedDate", "");
    private final StringProperty publishedDate = new SimpleStringProperty(this, "publishedDate", "");
    private final StringProperty effectiveDate = new SimpleStringProperty(this, "effectiveDate", "");
    private final StringProperty validUntil = new SimpleStringProperty(this, "validUntil", "");
    /** 不设有效期: save without a validity end instead of the computed one. */
    private final javafx.beans.property.BooleanProperty noValidity =
            new javafx.beans.property.SimpleBooleanProperty(this, "noValidity");
    private final ObjectProperty<ValidityRules.Suggestion> validitySuggestion =
            new SimpleObjectProperty<>(this, "validitySuggestion");
    private final ReadOnlyStringWrapper validityHint = new ReadOnlyStringWrapper(this, "validityHint", "");
    /** Computes the validity end the user left empty; null: no suggestion, an empty field stays empty. */
    private ValidityRules validityRules;

    private final Map<DocumentField, ReadOnlyStringWrapper> errors = new EnumMap<>(DocumentField.class);
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    private DocumentDialogViewModel(RegisterService register, Messages messages, TaskRunner runner,
                                    List<Issuer> issuers, Long id, int version) {
        this.register = register;
        this.messages = messages;
        this.runner = runner;
        this.id = id;
        this.version = version;
        this.adder = register::add;
        availableIssuers.setAll(issuers);
        for (DocumentField field : DocumentField.values()) {
            errors.put(field, new ReadOnlyStringWrapper(this, field.name(), ""));
        }
        // an error goes away as soon as its field is edited
        clearErrorOnEdit(title, DocumentField.TITLE);
        clearErrorOnEdit(docNumber, DocumentField.DOC_NUMBER);
        clearErrorOnEdit(type, DocumentField.TYPE);
        clearErrorOnEdit(subjectArea, DocumentField.SUBJECT_AREA);
        clearErrorOnEdit(signedDate, DocumentField.SIGNED_DATE);
        clearErrorOnEdit(publishedDate, DocumentField.PUBLISHED_DATE);
        clearErrorOnEdit(effectiveDate, DocumentField.EFFECTIVE_DATE);
        clearErrorOnEdit(validUntil, DocumentField.VALID_UNTIL);
        chosenIssuers.addListener((javafx.collections.ListChangeListener<Issuer>) c ->
                errors.get(DocumentField.ISSUERS).set(""));
    }

    public static DocumentDialogViewModel forNew(RegisterService register, Messages messages, TaskRunner runner,
                                                 List<Issuer> issuers) {
        return new DocumentDialogViewModel(register, messages, runner, issuers, null, 0);
    }

    /**
     * A form for a new document that {@code adder} saves (called off the FX thread), e.g. a document found during
     * a cleanup that goes into the register and the campaign in one transaction.
     */
    public static DocumentDialogViewModel forNew(RegisterService register, Messages messages, TaskRunner runner,
                                                 List<Issuer> issuers, Function<DocumentInput, NormativeDocument> adder) {
        DocumentDialogViewModel vm = forNew(register, messages, runner, issuers);
        vm.adder = adder;
        return vm;
    }

    public static DocumentDialogViewModel forEdit(RegisterService register, Messages messages, TaskRunner runner,
                                                  List<Issuer> issuers, NormativeDocument doc) {
        DocumentDialogViewModel vm = new DocumentDialogViewModel(register, messages, runner, issuers, doc.id(),
                doc.version());
        vm.title.set(doc.title());
        vm.docNumber.set(doc.docNumber() == null ? "" : doc.docNumber().raw());
        vm.chosenIssuers.setAll(doc.issuers());
        vm.type.set(doc.type());
        vm.subjectArea.set(doc.subjectArea() == null ? "" : doc.subjectArea());
        vm.signedDate.set(iso(doc.signedDate()));
        vm.publishedDate.set(iso(doc.publishedDate()));
        vm.effectiveDate.set(iso(doc.effectiveDate()));
        vm.validUntil.set(iso(doc.validUntil()));
        // a document kept without a validity end keeps none unless the user says otherwise
        vm.noValidity.set(doc.validUntil() == null);
        vm.original = doc;
        return vm;
    }

    /**
     * Offers the validity end {@code rules} give from the title and the effective date while 有效期 is empty;
     * an empty field is saved as that end unless 不设有效期 is ticked. Typing a date overrides it.
     */
    public DocumentDialogViewModel suggestValidity(ValidityRules rules) {
        this.validityRules = rules;
        for (javafx.beans.Observable o : List.of(title, effectiveDate, validUntil, noValidity)) {
            o.addListener(x -> updateSuggestion());
        }
        updateSuggestion();
        return this;
    }

    private void updateSuggestion() {
        ValidityRules.Suggestion s = null;
        if (validityRules != null && validUntil.get().isBlank() && !noValidity.get()) {
            LocalDate effective = parsedOrNull(effectiveDate.get());
            s = validityRules.suggest(title.get(), null, effective).orElse(null);
        }
        validitySuggestion.set(s);
        validityHint.set(s == null ? "" : messages.format("validity.hint." + s.basis().name(), s.years(),
                messages.date(s.validUntil())));
    }

    private static LocalDate parsedOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DateParser.parse(text).date();
        } catch (DomainException e) {
            return null;
        }
    }

    /** Puts the suggested end into the field, to be seen and changed. */
    public void acceptSuggestion() {
        ValidityRules.Suggestion s = validitySuggestion.get();
        if (s != null) {
            validUntil.set(iso(s.validUntil()));
        }
    }

    private void clearErrorOnEdit(javafx.beans.value.ObservableValue<?> field, DocumentField key) {
        field.addListener((obs, old, now) -> errors.get(key).set(""));
    }

    public boolean isNew() {
        return id == null;
    }

    public String windowTitle() {
        return messages.get(isNew() ? "docdialog.addTitle" : "docdialog.editTitle");
    }

    /** Adds a body to the list; the first one becomes the lead and, if no type was chosen, suggests it. */
    public void addIssuer(Issuer issuer) {
        if (issuer == null || chosenIssuers.stream().anyMatch(i -> i.id().equals(issuer.id()))) {
            return;
        }
        chosenIssuers.add(issuer);
        if (chosenIssuers.size() == 1 && type.get() == null) {
            type.set(issuer.kind().issuesGovernmentDocuments()
                    ? DocumentType.GOVERNMENT_NORMATIVE : DocumentType.DEPARTMENT_NORMATIVE);
        }
    }

    public void removeIssuer(Issuer issuer) {
        chosenIssuers.remove(issuer);
    }

    /** Moves {@code issuer} to the top: the lead body (主办) is listed first. */
    public void makeLead(Issuer issuer) {
        if (issuer != null && chosenIssuers.remove(issuer)) {
            chosenIssuers.add(0, issuer);
        }
    }

    public DocumentInput input() {
        ValidityRules.Suggestion computed = validitySuggestion.get();
        String until = validUntil.get().isBlank() && computed != null ? iso(computed.validUntil()) : validUntil.get();
        return new DocumentInput(title.get(), docNumber.get(), chosenIssuers.stream().map(Issuer::id).toList(),
                type.get(), subjectArea.get(), signedDate.get(), publishedDate.get(), effectiveDate.get(),
                until, null);
    }

    /** Saves in the background; {@code onSaved} runs only when the register accepted the document. */
    public void save(Consumer<NormativeDocument> onSaved) {
        if (saving.get()) {
            return;
        }
        clearErrors();
        DocumentInput input = input();
        saving.set(true);
        runner.run(messages.get("docdialog.saving"),
                progress -> id == null ? adder.apply(input) : register.update(id, version, input),
                saved -> {
                    saving.set(false);
                    onSaved.accept(saved);
                },
                failure -> {
                    showFailure(failure); // before saving ends: the view then moves to the first wrong field
                    saving.set(false);
                });
    }

    /**
     * Shows why the register refused the document: each field's problem under its field. Also used by forms
     * that embed these document fields (the filing receive dialog).
     */
    public void showFailure(Throwable failure) {
        if (failure instanceof ConcurrentChangeException && original != null) {
            runner.run(messages.get("docdialog.conflict.loading"), progress -> register.get(id),
                    theirs -> conflict.set(EditConflict.between(original, theirs, input(), messages)),
                    again -> formError.set(ErrorText.of(again, messages)));
            return;
        }
        if (failure instanceof DocumentValidationException invalid) {
            for (FieldError e : invalid.errors()) {
                ReadOnlyStringWrapper shown = e.field() == DocumentField.STATUS ? formError : errors.get(e.field());
                String text = messages.format(e.error());
                shown.set(shown.get().isEmpty() ? text : shown.get() + "\n" + text);
            }
            formError.set(formError.get().isEmpty() ? messages.format(invalid) : formError.get());
        } else {
            formError.set(ErrorText.of(failure, messages));
        }
    }

    /** Someone saved the document while this form was open: what each side changed, for the user to decide. */
    public ObjectProperty<EditConflict> conflictProperty() {
        return conflict;
    }

    /** Drops this form's edits and shows the document as the other person saved it. */
    public void reloadTheirs() {
        EditConflict c = conflict.get();
        if (c == null) {
            return;
        }
        NormativeDocument theirs = c.theirs();
        title.set(theirs.title());
        docNumber.set(theirs.docNumber() == null ? "" : theirs.docNumber().raw());
        chosenIssuers.setAll(theirs.issuers());
        type.set(theirs.type());
        subjectArea.set(theirs.subjectArea() == null ? "" : theirs.subjectArea());
        signedDate.set(iso(theirs.signedDate()));
        publishedDate.set(iso(theirs.publishedDate()));
        effectiveDate.set(iso(theirs.effectiveDate()));
        validUntil.set(iso(theirs.validUntil()));
        rebase(theirs);
    }

    /**
     * Merges: fields only the other person changed take their values, fields this form changed keep this
     * form's; then saves against their version.
     */
    public void keepMineAndSave(Consumer<NormativeDocument> onSaved) {
        EditConflict c = conflict.get();
        if (c == null) {
            return;
        }
        NormativeDocument theirs = c.theirs();
        DocumentInput base = EditConflict.inputOf(original);
        DocumentInput mine = input();
        if (mine.title().equals(base.title())) {
            title.set(theirs.title());
        }
        if (mine.docNumber().equals(base.docNumber())) {
            docNumber.set(theirs.docNumber() == null ? "" : theirs.docNumber().raw());
        }
        if (mine.issuerIds().equals(base.issuerIds())) {
            chosenIssuers.setAll(theirs.issuers());
        }
        if (mine.type() == base.type()) {
            type.set(theirs.type());
        }
        if (mine.subjectArea().equals(base.subjectArea())) {
            subjectArea.set(theirs.subjectArea() == null ? "" : theirs.subjectArea());
        }
        if (mine.signedDate().equals(base.signedDate())) {
            signedDate.set(iso(theirs.signedDate()));
        }
        if (mine.publishedDate().equals(base.publishedDate())) {
            publishedDate.set(iso(theirs.publishedDate()));
        }
        if (mine.effectiveDate().equals(base.effectiveDate())) {
            effectiveDate.set(iso(theirs.effectiveDate()));
        }
        if (mine.validUntil().equals(base.validUntil())) {
            validUntil.set(iso(theirs.validUntil()));
        }
        rebase(theirs);
        save(onSaved);
    }

    private void rebase(NormativeDocument theirs) {
        original = theirs;
        version = theirs.version();
        conflict.set(null);
        clearErrors();
    }

    public void clearErrors() {
        errors.values().forEach(e -> e.set(""));
        formError.set("");
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty docNumberProperty() {
        return docNumber;
    }

    public ObservableList<Issuer> availableIssuers() {
        return availableIssuers;
    }

    /** Lead body first. */
    public ObservableList<Issuer> chosenIssuers() {
        return chosenIssuers;
    }

    public ObjectProperty<DocumentType> typeProperty() {
        return type;
    }

    public StringProperty subjectAreaProperty() {
        return subjectArea;
    }

    public StringProperty signedDateProperty() {
        return signedDate;
    }

    public StringProperty publishedDateProperty() {
        return publishedDate;
    }

    public StringProperty effectiveDateProperty() {
        return effectiveDate;
    }

    public StringProperty validUntilProperty() {
        return validUntil;
    }

    public javafx.beans.property.BooleanProperty noValidityProperty() {
        return noValidity;
    }

    /** Whether this form computes an empty validity end (see {@link #suggestValidity}). */
    public boolean suggestsValidity() {
        return validityRules != null;
    }

    /** The end an empty 有效期 will be saved as; null when none will be computed. */
    public javafx.beans.property.ReadOnlyObjectProperty<ValidityRules.Suggestion> validitySuggestionProperty() {
        return validitySuggestion;
    }

    /** The suggestion as a sentence under the field; empty when there is none. */
    public ReadOnlyStringProperty validityHintProperty() {
        return validityHint.getReadOnlyProperty();
    }

    /** The message under {@code field}; empty when the field is fine. */
    public ReadOnlyStringProperty errorProperty(DocumentField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** A sentence about the whole form (how many fields are wrong, or why saving failed). */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
