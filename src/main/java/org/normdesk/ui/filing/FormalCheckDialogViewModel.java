package org.normdesk.ui.filing;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.filing.FormalCheckDecision;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.service.filing.FilingService;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.IntakeField;
import org.normdesk.service.filing.IntakeValidationException;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The formal check's decision on one filing: 准予备案登记 (with the two scope checks), 退回补正 (reasons, one
 * per line, pre-filled with the missing materials) or 不予备案登记 (a reason). When registering is refused
 * for missing materials the dialog names them and offers to return the filing instead.
 */
public final class FormalCheckDialogViewModel {
    private final FilingService filings;
    private final Messages messages;
    private final TaskRunner runner;
    private final FilingView view;

    private final ObjectProperty<FormalCheckDecision> decision = new SimpleObjectProperty<>(this, "decision");
    private final BooleanProperty normative = new SimpleBooleanProperty(this, "normative", true);
    private final BooleanProperty rightAuthority = new SimpleBooleanProperty(this, "rightAuthority", true);
    private final StringProperty reasons = new SimpleStringProperty(this, "reasons", "");
    private final ReadOnlyObjectWrapper<Set<MaterialKind>> missing = new ReadOnlyObjectWrapper<>(this, "missing");
    private final ReadOnlyBooleanWrapper refusedAsMissing = new ReadOnlyBooleanWrapper(this, "refusedAsMissing");
    private final ReadOnlyBooleanWrapper refusedAsOutOfScope = new ReadOnlyBooleanWrapper(this, "refusedAsOutOfScope");
    private final ReadOnlyStringWrapper reasonsError = new ReadOnlyStringWrapper(this, "reasonsError", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    /**
     * @param missing the required materials the current package lacks, as the detail pane knows them
     */
    public FormalCheckDialogViewModel(FilingService filings, Messages messages, TaskRunner runner, FilingView view,
                                      Set<MaterialKind> missing, FormalCheckDecision decision) {
        this.filings = filings;
        this.messages = messages;
        this.runner = runner;
        this.view = view;
        this.missing.set(Set.copyOf(missing));
        reasons.addListener((obs, old, now) -> reasonsError.set(""));
        switchTo(decision);
    }

    /** Changes what is decided (e.g. return instead of register after a refusal). */
    public void switchTo(FormalCheckDecision target) {
        decision.set(target);
        formError.set("");
        reasonsError.set("");
        refusedAsMissing.set(false);
        refusedAsOutOfScope.set(false);
        if (target == FormalCheckDecision.RETURN && reasons.get().isBlank()) {
            reasons.set(missingLines(missing.get()));
        }
        if (target == FormalCheckDecision.REJECT) {
            // the clerk ticks what still holds; what is left unticked is why it is refused
            normative.set(false);
            rightAuthority.set(false);
        }
    }

    /** One line per missing material, in checklist order: the reasons a return usually gives. */
    public String missingLines(Set<MaterialKind> kinds) {
        return Arrays.stream(MaterialKind.values()).filter(kinds::contains)
                .map(k -> messages.format("formalcheck.missingLine", k)).collect(Collectors.joining("\n"));
    }

    /** The reasons as the service takes them: one per non-blank line. */
    public List<String> reasonLines() {
        return reasons.get().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public String windowTitle() {
        return messages.label(decision.get());
    }

    public String documentCaption() {
        var doc = view.document();
        return doc.docNumber() == null ? doc.title() : doc.docNumber().raw() + "  " + doc.title();
    }

    /** Saves in the background; {@code onSaved} runs only when the service accepted the decision. */
    public void save(Consumer<FilingView> onSaved) {
        if (saving.get()) {
            return;
        }
        formError.set("");
        reasonsError.set("");
        FormalCheckDecision chosen = decision.get();
        long id = view.filing().id();
        int version = view.filing().version();
        boolean isNormative = normative.get();
        boolean isRight = rightAuthority.get();
        List<String> lines = reasonLines();
        String reason = reasons.get();
        saving.set(true);
        runner.run(messages.get("formalcheck.saving"), progress -> switch (chosen) {
            case REGISTER -> filings.register(id, version, isNormative, isRight);
            case RETURN -> filings.returnForCorrection(id, version, lines);
            case REJECT -> filings.reject(id, version, isNormative, isRight, reason);
        }, saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            showFailure(failure);
            saving.set(false);
        });
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof FilingService.MissingMaterialsException lacking) {
            missing.set(Set.copyOf(lacking.missing()));
            refusedAsMissing.set(true);
            formError.set(messages.format(lacking) + "\n" + messages.get("formalcheck.offerReturn"));
        } else if (failure instanceof DomainException d && "filing.register.outOfScope".equals(d.messageKey())) {
            refusedAsOutOfScope.set(true);
            formError.set(messages.format(d));
        } else if (failure instanceof IntakeValidationException invalid
                && invalid.errors().containsKey(IntakeField.REASONS)) {
            reasonsError.set(messages.format(invalid.errors().get(IntakeField.REASONS)));
        } else {
            formError.set(ErrorText.of(failure, messages));
        }
    }

    public ObjectProperty<FormalCheckDecision> decisionProperty() {
        return decision;
    }

    public BooleanProperty normativeProperty() {
        return normative;
    }

    public BooleanProperty rightAuthorityProperty() {
        return rightAuthority;
    }

    public StringProperty reasonsProperty() {
        return reasons;
    }

    /** The required materials missing: as known on opening, then as the service named them. */
    public ReadOnlyObjectProperty<Set<MaterialKind>> missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** Registering was refused for missing materials: offer to return the filing instead. */
    public ReadOnlyBooleanProperty refusedAsMissingProperty() {
        return refusedAsMissing.getReadOnlyProperty();
    }

    /** Registering was refused because a scope check was unticked: offer to refuse the filing instead. */
    public ReadOnlyBooleanProperty refusedAsOutOfScopeProperty() {
        return refusedAsOutOfScope.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonsErrorProperty() {
        return reasonsError.getReadOnlyProperty();
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
