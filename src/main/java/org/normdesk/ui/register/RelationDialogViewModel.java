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
import org.normdesk.domain.document.RelationKind;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.LifecycleService;
import org.normdesk.service.register.RegisterService;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * 立改废: records that the selected document amends / repeals / replaces / is based on another, previewing the
 * other's status change before it is saved; the relation and the status change are one transaction
 * ({@link LifecycleService#relate}).
 */
public final class RelationDialogViewModel {
    private static final int CANDIDATES = 30;

    private final LifecycleService lifecycle;
    private final Messages messages;
    private final TaskRunner runner;
    private final NormativeDocument source;

    private final ObjectProperty<RelationKind> kind = new SimpleObjectProperty<>(this, "kind", RelationKind.AMENDS);
    private final StringProperty targetSearch = new SimpleStringProperty(this, "targetSearch", "");
    private final ObservableList<DocumentRow> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentRow> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty effectiveDate = new SimpleStringProperty(this, "effectiveDate", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyBooleanWrapper previewRefused = new ReadOnlyBooleanWrapper(this, "previewRefused");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final DocumentLookup lookup;

    public RelationDialogViewModel(RegisterService register, LifecycleService lifecycle, Messages messages,
                                   TaskRunner runner, NormativeDocument source, LocalDate today) {
        this.lifecycle = lifecycle;
        this.messages = messages;
        this.runner = runner;
        this.source = source;
        this.lookup = new DocumentLookup(register, messages, runner, source.id(), CANDIDATES, candidates,
                formError::set);
        LocalDate from = source.effectiveDate() != null ? source.effectiveDate() : today;
        effectiveDate.set(from.toString());
        for (javafx.beans.Observable o : List.of(kind, target, effectiveDate)) {
            o.addListener(x -> {
                formError.set("");
                updatePreview();
            });
        }
        updatePreview();
    }

    public String sourceCaption() {
        return DocumentDetailViewModel.caption(source);
    }

    public List<RelationKind> kinds() {
        return List.of(RelationKind.values());
    }

    /** Looks up the documents the typed 文号 or title words name (the view debounces it). */
    public void searchTargets() {
        lookup.search(targetSearch.get());
    }

    /** What saving would do to the other document, in words; refused moves are said before saving. */
    private void updatePreview() {
        DocumentRow to = target.get();
        RelationKind k = kind.get();
        previewRefused.set(false);
        if (to == null || k == null) {
            preview.set(messages.get("relation.preview.choose"));
            return;
        }
        LocalDate on = parsedDate();
        String day = on == null ? effectiveDate.get() : messages.date(on);
        LifecycleStatus next = k.targetStatus();
        if (next == null) {
            preview.set(messages.format("relation.preview.none", to.caption(), to.statusLabel()));
        } else if (!to.status().canMoveTo(next)) {
            previewRefused.set(true);
            preview.set(messages.format("relation.preview.refused", to.caption(), to.statusLabel(),
                    messages.label(next)));
        } else {
            preview.set(messages.format("relation.preview.change", to.caption(), to.statusLabel(),
                    messages.label(next), day));
        }
    }

    private LocalDate parsedDate() {
        String typed = effectiveDate.get();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return DateParser.parseDay(typed);
        } catch (DomainException e) {
            return null;
        }
    }

    /** Records the relation in the background; {@code onSaved} gets the other document as it is now. */
    public void save(Consumer<NormativeDocument> onSaved) {
        if (saving.get()) {
            return;
        }
        DocumentRow to = target.get();
        if (to == null) {
            formError.set(messages.get("relation.target.missing"));
            return;
        }
        LocalDate on;
        try {
            String typed = effectiveDate.get();
            on = typed == null || typed.isBlank() ? null : DateParser.parseDay(typed);
        } catch (DomainException e) {
            formError.set(messages.format(e));
            return;
        }
        RelationKind k = kind.get();
        saving.set(true);
        runner.run(messages.get("relation.saving"), progress -> lifecycle.relate(source.id(), k, to.id(), on, null),
                saved -> {
                    saving.set(false);
                    onSaved.accept(saved);
                },
                failure -> {
                    saving.set(false);
                    formError.set(ErrorText.of(failure, messages));
                });
    }

    public ObjectProperty<RelationKind> kindProperty() {
        return kind;
    }

    public StringProperty targetSearchProperty() {
        return targetSearch;
    }

    public ObservableList<DocumentRow> candidates() {
        return candidates;
    }

    public ObjectProperty<DocumentRow> targetProperty() {
        return target;
    }

    public StringProperty effectiveDateProperty() {
        return effectiveDate;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** True when the preview says the lifecycle refuses the change (saving would be refused too). */
    public ReadOnlyBooleanProperty previewRefusedProperty() {
        return previewRefused.getReadOnlyProperty();
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
