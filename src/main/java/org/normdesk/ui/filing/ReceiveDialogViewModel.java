package org.normdesk.ui.filing;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentValidationException;
import org.normdesk.domain.filing.DuplicateFilingException;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.filing.FilingService;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.IntakeField;
import org.normdesk.service.filing.IntakeWarningsException;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.ui.register.DocumentDialogViewModel;
import org.normdesk.ui.task.TaskRunner;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Receiving a filing (收文登记): the document, either one already in the register or a new one, the filing
 * unit, the day it arrived, how, and the materials checklist. The service checks everything on save; its
 * field errors go under their fields, its warnings are put to the clerk and the request is sent again
 * acknowledged, and a document already filed offers to show that filing.
 */
public final class ReceiveDialogViewModel {
    /** Where the document comes from. */
    public enum Source { EXISTING, NEW }

    private static final int CANDIDATES = 30;

    private final FilingService filings;
    private final RegisterService register;
    private final Messages messages;
    private final TaskRunner runner;
    private final List<Issuer> issuers;

    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.NEW);
    private final StringProperty documentSearch = new SimpleStringProperty(this, "documentSearch", "");
    private final ObservableList<DocumentPick> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentPick> existing = new SimpleObjectProperty<>(this, "existing");
    private final DocumentDialogViewModel newDocument;
    private final ObjectProperty<Issuer> unit = new SimpleObjectProperty<>(this, "unit");
    private final StringProperty receivedDate = new SimpleStringProperty(this, "receivedDate", "");
    private final ObjectProperty<FilingChannel> channel = new SimpleObjectProperty<>(this, "channel",
            FilingChannel.PAPER);
    private final MaterialsForm materials;
    private final IntakeErrors errors;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private long searchGeneration;
    /** The unit this form filled in by itself; a unit the clerk chose is never replaced. */
    private Issuer suggestedUnit;

    public ReceiveDialogViewModel(FilingService filings, RegisterService register, Messages messages,
                                  TaskRunner runner, List<Issuer> issuers, Set<MaterialKind> required,
                                  LocalDate today) {
        this.filings = filings;
        this.register = register;
        this.messages = messages;
        this.runner = runner;
        this.issuers = List.copyOf(issuers);
        this.newDocument = DocumentDialogViewModel.forNew(register, messages, runner, issuers);
        this.materials = new MaterialsForm(required);
        this.errors = new IntakeErrors(messages);
        receivedDate.set(messages.date(today));
        errors.clearOnEdit(source, IntakeField.DOCUMENT);
        errors.clearOnEdit(existing, IntakeField.DOCUMENT);
        errors.clearOnEdit(unit, IntakeField.FILING_UNIT);
        errors.clearOnEdit(receivedDate, IntakeField.RECEIVED_DATE);
        errors.clearOnEdit(channel, IntakeField.CHANNEL);
        // joint documents are filed by the lead body: it is the likely filing unit
        newDocument.chosenIssuers().addListener((ListChangeListener<Issuer>) c -> {
            if (source.get() == Source.NEW) {
                suggestUnit(newDocument.chosenIssuers().isEmpty() ? null : newDocument.chosenIssuers().get(0));
            }
        });
        existing.addListener((obs, old, now) -> {
            if (now != null) {
                suggestUnit(issuers.stream().filter(i -> i.name().equals(now.leadIssuer())).findFirst().orElse(null));
            }
        });
    }

    /**
     * A new document entered here gets the validity suggestion of the register's add form: an empty 有效期 is saved
     * as the end the rules give (shown with the rule), typing overrides it, 不设有效期 saves none.
     */
    public ReceiveDialogViewModel suggestValidity(org.normdesk.domain.document.ValidityRules rules) {
        newDocument.suggestValidity(rules);
        return this;
    }

    /** The form for a document already in the register, e.g. one listed as 漏报. */
    public ReceiveDialogViewModel withDocument(DocumentPick document) {
        source.set(Source.EXISTING);
        existing.set(document);
        candidates.setAll(document);
        documentSearch.set(document.docNumber() != null ? document.docNumber() : document.title());
        return this;
    }

    private void suggestUnit(Issuer lead) {
        if (unit.get() == null || Objects.equals(unit.get(), suggestedUnit)) {
            suggestedUnit = lead;
            unit.set(lead);
        }
    }

    /** Looks up register documents by 文号 or title for the "already in the register" choice. */
    public void searchDocuments() {
        long request = ++searchGeneration;
        String text = documentSearch.get();
        if (text == null || text.isBlank()) {
            candidates.clear();
            return;
        }
        runner.run(messages.get("receive.searching"),
                progress -> register.search(new DocumentQuery(text, null, null, null, null, CANDIDATES)).stream()
                        .map(DocumentPick::of).toList(),
                found -> {
                    if (request == searchGeneration) {
                        candidates.setAll(found);
                    }
                }, failure -> errors.show(failure));
    }

    public ReceiveRequest request() {
        boolean isNew = source.get() == Source.NEW;
        DocumentInput input = isNew ? newDocument.input() : null;
        Long existingId = !isNew && existing.get() != null ? existing.get().id() : null;
        return new ReceiveRequest(existingId, input, unit.get() == null ? null : unit.get().id(), receivedDate.get(),
                channel.get(), materials.inputs(), false);
    }

    /**
     * Saves in the background. {@code onSaved} runs only once the filing is recorded; {@code showExisting}
     * when the document was already filed and the clerk wants to see that filing.
     */
    public void save(Asker asker, Consumer<FilingView> onSaved, LongConsumer showExisting) {
        if (saving.get()) {
            return;
        }
        errors.clear();
        newDocument.clearErrors();
        send(request(), asker, onSaved, showExisting);
    }

    private void send(ReceiveRequest request, Asker asker, Consumer<FilingView> onSaved, LongConsumer showExisting) {
        saving.set(true);
        runner.run(messages.get("receive.saving"), progress -> filings.receive(request), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            if (failure instanceof IntakeWarningsException warned && !request.acknowledgeWarnings()) {
                saving.set(false);
                if (asker.confirm(messages.get("receive.warnings.header"), warningText(warned))) {
                    send(request.acknowledged(), asker, onSaved, showExisting);
                } else {
                    errors.setForm(messages.get("receive.warnings.notSaved"));
                }
                return;
            }
            if (failure instanceof DuplicateFilingException duplicate) {
                saving.set(false);
                errors.setForm(messages.format(duplicate));
                if (asker.confirm(messages.get("receive.duplicate.header"),
                        messages.format(duplicate) + "\n\n" + messages.get("receive.duplicate.question"))) {
                    showExisting.accept(duplicate.existingFilingId());
                }
                return;
            }
            if (failure instanceof DocumentValidationException invalid) {
                newDocument.showFailure(invalid);
                errors.setForm(messages.format(invalid));
            } else {
                errors.show(failure);
            }
            saving.set(false); // after the messages: the view then moves to the first wrong field
        });
    }

    /** Each warning on its line, then the question. */
    public String warningText(IntakeWarningsException warned) {
        return warned.warnings().stream().map(messages::format).collect(Collectors.joining("\n"))
                + "\n\n" + messages.get("receive.warnings.question");
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public StringProperty documentSearchProperty() {
        return documentSearch;
    }

    public ObservableList<DocumentPick> candidates() {
        return candidates;
    }

    public ObjectProperty<DocumentPick> existingProperty() {
        return existing;
    }

    /** The fields of a new document, shared with the register's document form. */
    public DocumentDialogViewModel newDocument() {
        return newDocument;
    }

    public List<Issuer> issuers() {
        return issuers;
    }

    public ObjectProperty<Issuer> unitProperty() {
        return unit;
    }

    public StringProperty receivedDateProperty() {
        return receivedDate;
    }

    public ObjectProperty<FilingChannel> channelProperty() {
        return channel;
    }

    public MaterialsForm materials() {
        return materials;
    }

    /** The message under an intake field; empty when it is fine. */
    public ReadOnlyStringProperty errorProperty(IntakeField field) {
        return errors.of(field);
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return errors.form();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    /** Puts a yes/no question to the clerk (a confirmation dialog; tests answer it themselves). */
    @FunctionalInterface
    public interface Asker {
        boolean confirm(String header, String text);
    }
}
