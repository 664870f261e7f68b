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
import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Moving one document to another status (立改废). Only the moves the lifecycle allows are offered; the reason
 * is required and the amending / repealing document can be looked up by 文号 or title.
 */
public final class StatusDialogViewModel {
    private static final int CAUSE_CANDIDATES = 30;

    private final RegisterService register;
    private final Messages messages;
    private final TaskRunner runner;
    private final NormativeDocument document;
    private final LocalDate today;

    private final ObservableList<LifecycleStatus> targets = FXCollections.observableArrayList();
    private final ObjectProperty<LifecycleStatus> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty effectiveDate = new SimpleStringProperty(this, "effectiveDate", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty causeSearch = new SimpleStringProperty(this, "causeSearch", "");
    private final ObservableList<DocumentRow> causeCandidates = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentRow> cause = new SimpleObjectProperty<>(this, "cause");

    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper(this, "dateError", "");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper(this, "reasonError", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final DocumentLookup lookup;

    public StatusDialogViewModel(RegisterService register, Messages messages, TaskRunner runner,
                                 NormativeDocument document, LocalDate today) {
        this.register = register;
        this.messages = messages;
        this.runner = runner;
        this.document = document;
        this.today = today;
        this.lookup = new DocumentLookup(register, messages, runner, document.id(), CAUSE_CANDIDATES,
                causeCandidates, formError::set);
        targets.setAll(document.status().next().stream().sorted().toList());
        if (!targets.isEmpty()) {
            target.set(targets.get(0));
        } else {
            formError.set(messages.format("statusdialog.terminal", document.status()));
        }
        effectiveDate.addListener((obs, old, now) -> dateError.set(""));
        reason.addListener((obs, old, now) -> reasonError.set(""));
    }

    public String documentCaption() {
        return DocumentDetailViewModel.caption(document);
    }

    public String currentStatus() {
        return messages.label(document.status());
    }

    public LifecycleStatus currentStatusValue() {
        return document.status();
    }

    public boolean canChange() {
        return !targets.isEmpty();
    }

    /** Looks up candidate causing documents for the text typed (the view debounces it). */
    public void searchCauses() {
        lookup.search(causeSearch.get());
    }

    /** Changes the status in the background; {@code onSaved} runs only when the register accepted it. */
    public void save(Consumer<NormativeDocument> onSaved) {
        if (saving.get() || !canChange()) {
            return;
        }
        dateError.set("");
        reasonError.set("");
        formError.set("");
        LocalDate on;
        try {
            String typed = effectiveDate.get();
            on = typed == null || typed.isBlank() ? today : DateParser.parseDay(typed);
        } catch (DomainException e) {
            dateError.set(messages.format(e));
            return;
        }
        LifecycleStatus to = target.get();
        String why = reason.get();
        Long causedBy = cause.get() == null ? null : cause.get().id();
        saving.set(true);
        runner.run(messages.get("statusdialog.saving"),
                progress -> register.changeStatus(document.id(), document.version(), to, on, why, causedBy),
                saved -> {
                    saving.set(false);
                    onSaved.accept(saved);
                },
                failure -> {
                    saving.set(false);
                    if (failure instanceof DomainException e && "status.reason.blank".equals(e.messageKey())) {
                        reasonError.set(messages.format(e));
                    } else {
                        formError.set(ErrorText.of(failure, messages));
                    }
                });
    }

    public ObservableList<LifecycleStatus> targets() {
        return targets;
    }

    public ObjectProperty<LifecycleStatus> targetProperty() {
        return target;
    }

    public StringProperty effectiveDateProperty() {
        return effectiveDate;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty causeSearchProperty() {
        return causeSearch;
    }

    public ObservableList<DocumentRow> causeCandidates() {
        return causeCandidates;
    }

    public ObjectProperty<DocumentRow> causeProperty() {
        return cause;
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

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
