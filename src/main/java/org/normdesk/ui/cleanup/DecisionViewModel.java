package org.normdesk.ui.cleanup;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.service.cleanup.CampaignService;
import org.normdesk.service.cleanup.CampaignService.DecisionUndo;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The bulk decision of the cleanup view: one decision, reason and (optional) basis document for the selected
 * documents, a preview of what it will do, and Undo of the decisions made, newest first.
 */
public final class DecisionViewModel {
    private static final int BASIS_CANDIDATES = 10;

    private final CampaignService campaigns;
    private final RegisterService register;
    private final Messages messages;
    private final TaskRunner runner;
    private final Runnable onChanged;
    private final java.util.function.Consumer<String> notifier;

    private final ObservableList<ItemRow> selection = FXCollections.observableArrayList();
    private final ObjectProperty<Disposition> decision = new SimpleObjectProperty<>(this, "decision");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ObservableList<String> reasonSuggestions = FXCollections.observableArrayList();
    private final StringProperty basisSearch = new SimpleStringProperty(this, "basisSearch", "");
    private final ReadOnlyObjectWrapper<DocumentSummary> basis = new ReadOnlyObjectWrapper<>(this, "basis");
    private final ReadOnlyStringWrapper basisText = new ReadOnlyStringWrapper(this, "basisText", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanProperty campaignOpen = new SimpleBooleanProperty(this, "campaignOpen");
    private final Deque<Applied> undo = new ArrayDeque<>();
    private final ReadOnlyIntegerWrapper undoCount = new ReadOnlyIntegerWrapper(this, "undoCount");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final StringBinding preview;
    private final BooleanBinding canApply;
    private Long campaignId;
    private long basisGeneration;

    DecisionViewModel(CampaignService campaigns, RegisterService register, Messages messages, TaskRunner runner,
                      java.util.function.Consumer<String> notifier, Runnable onChanged) {
        this.campaigns = campaigns;
        this.register = register;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
        this.onChanged = onChanged;
        reasonSuggestions.setAll(Arrays.stream(messages.get("cleanup.reasons").split("\\|")).map(String::strip).toList());
        preview = Bindings.createStringBinding(() -> {
            if (selection.isEmpty()) {
                return messages.get("cleanup.decide.noSelection");
            }
            if (decision.get() == null) {
                return messages.format("cleanup.decide.chooseDecision", selection.size());
            }
            long changing = selection.stream().filter(r -> r.decided() && r.decision() != decision.get()).count();
            return changing == 0 ? messages.format("cleanup.decide.preview", selection.size(), decision.get())
                    : messages.format("cleanup.decide.previewReplacing", selection.size(), decision.get(), changing);
        }, selection, decision);
        canApply = Bindings.createBooleanBinding(() -> campaignOpen.get() && !busy.get() && !selection.isEmpty()
                && decision.get() != null && reason.get() != null && !reason.get().isBlank(),
                campaignOpen, busy, selection, decision, reason);
        decision.addListener((obs, old, now) -> error.set(""));
        reason.addListener((obs, old, now) -> error.set(""));
        basisSearch.addListener((obs, old, now) -> {
            if (now == null || now.isBlank()) {
                basis.set(null);
                basisText.set("");
            }
        });
    }

    /** A new campaign was chosen: its decisions cannot be undone from another's history. */
    void reset(Long campaignId, boolean open) {
        if (!java.util.Objects.equals(this.campaignId, campaignId)) {
            undo.clear();
            updateUndo();
            selection.clear();
            basisSearch.set("");
            error.set("");
        }
        this.campaignId = campaignId;
        campaignOpen.set(open);
    }

    /** Decides the selected documents in the background; the items reload afterwards. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        long campaign = campaignId;
        List<Long> ids = selection.stream().map(ItemRow::documentId).toList();
        Disposition chosen = decision.get();
        String why = reason.get().strip();
        Long basisId = basis.get() == null ? null : basis.get().id();
        busy.set(true);
        error.set("");
        runner.run(messages.get("cleanup.decide.running"), progress -> campaigns.decide(campaign, ids, chosen, why, basisId),
                done -> {
                    busy.set(false);
                    undo.push(new Applied(done, chosen, ids.size()));
                    updateUndo();
                    notifier.accept(messages.format("cleanup.decide.done", ids.size(), chosen));
                    onChanged.run();
                }, failure -> {
                    busy.set(false);
                    error.set(ErrorText.of(failure, messages));
                });
    }

    /** Puts back what the newest decision replaced. */
    public void undo() {
        if (undo.isEmpty() || busy.get() || !campaignOpen.get()) {
            return;
        }
        Applied last = undo.peek();
        busy.set(true);
        runner.run(messages.get("cleanup.undo.running"), progress -> {
            campaigns.undo(last.undo());
            return last;
        }, done -> {
            busy.set(false);
            undo.remove(done);
            updateUndo();
            notifier.accept(messages.format("cleanup.undo.done", done.count(), done.decision()));
            onChanged.run();
        }, failure -> {
            busy.set(false);
            error.set(ErrorText.of(failure, messages));
        });
    }

    /** Looks up the basis document by 文号 or title; one match is taken, more ask for a closer search. */
    public void searchBasis() {
        long request = ++basisGeneration;
        String text = basisSearch.get();
        if (text == null || text.isBlank()) {
            basis.set(null);
            basisText.set("");
            return;
        }
        DocumentQuery query = new DocumentQuery(text, Set.of(), Set.of(), null, null, BASIS_CANDIDATES);
        runner.run(messages.get("register.searching"), progress -> register.search(query), found -> {
            if (request != basisGeneration) {
                return;
            }
            if (found.size() == 1) {
                basis.set(found.get(0));
                DocumentSummary d = found.get(0);
                basisText.set(messages.format("cleanup.basis.chosen",
                        (d.docNumber() == null ? "" : d.docNumber() + " ") + d.title()));
            } else {
                basis.set(null);
                basisText.set(found.isEmpty() ? messages.get("cleanup.basis.none")
                        : messages.format("cleanup.basis.many", found.size()));
            }
        }, failure -> basisText.set(ErrorText.of(failure, messages)));
    }

    private void updateUndo() {
        undoCount.set(undo.size());
        Applied last = undo.peek();
        undoText.set(last == null ? "" : messages.format("cleanup.undo.what", last.count(), last.decision()));
    }

    /** The table's selection; the view keeps it in step. */
    public ObservableList<ItemRow> selection() {
        return selection;
    }

    public ObjectProperty<Disposition> decisionProperty() {
        return decision;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObservableList<String> reasonSuggestions() {
        return reasonSuggestions;
    }

    public StringProperty basisSearchProperty() {
        return basisSearch;
    }

    public ReadOnlyObjectProperty<DocumentSummary> basisProperty() {
        return basis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty basisTextProperty() {
        return basisText.getReadOnlyProperty();
    }

    public StringBinding previewText() {
        return preview;
    }

    public BooleanBinding canApply() {
        return canApply;
    }

    public ReadOnlyIntegerProperty undoCountProperty() {
        return undoCount.getReadOnlyProperty();
    }

    /** What Undo would put back, e.g. "撤销：废止 3 件". */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A decision made, and what it replaced. */
    private record Applied(DecisionUndo undo, Disposition decision, int count) {
    }
}
