package org.normdesk.ui.cleanup;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignItem;
import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.cleanup.CampaignService;
import org.normdesk.service.cleanup.CampaignService.CampaignItemsException;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Finalizing a campaign (定稿): the approving meeting, its date and the result's 文号. A refusal lists every
 * document that stands in the way (undecided, changed since scoped, or unable to take its decision).
 */
public final class FinalizeDialogViewModel {
    private final CampaignService campaigns;
    private final Messages messages;
    private final TaskRunner runner;
    private final Campaign campaign;

    private final StringProperty approvedBy = new SimpleStringProperty(this, "approvedBy", "");
    private final StringProperty approvedOn = new SimpleStringProperty(this, "approvedOn", "");
    private final StringProperty resultNumber = new SimpleStringProperty(this, "resultNumber", "");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper(this, "dateError", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ObservableList<String> refused = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    FinalizeDialogViewModel(CampaignService campaigns, Messages messages, TaskRunner runner, Campaign campaign,
                            LocalDate today) {
        this.campaigns = campaigns;
        this.messages = messages;
        this.runner = runner;
        this.campaign = campaign;
        approvedOn.set(today.toString());
        approvedOn.addListener((obs, old, now) -> dateError.set(""));
    }

    public String campaignName() {
        return campaign.name();
    }

    /** Finalizes in the background with progress; {@code onDone} runs only when the register took every decision. */
    public void save(Consumer<Campaign> onDone) {
        if (saving.get()) {
            return;
        }
        dateError.set("");
        formError.set("");
        refused.clear();
        LocalDate on;
        try {
            on = approvedOn.get() == null || approvedOn.get().isBlank() ? null : DateParser.parseDay(approvedOn.get());
        } catch (DomainException e) {
            dateError.set(messages.format(e));
            return;
        }
        String by = approvedBy.get();
        String number = resultNumber.get();
        saving.set(true);
        runner.run(messages.format("cleanup.finalize.running", campaign.name()),
                progress -> campaigns.finalizeCampaign(campaign.id(), campaign.version(), by, on, number, progress),
                done -> {
                    saving.set(false);
                    onDone.accept(done);
                }, failure -> {
                    saving.set(false);
                    formError.set(ErrorText.of(failure, messages));
                    if (failure instanceof CampaignItemsException items) {
                        for (CampaignItem item : items.items()) {
                            refused.add((item.docNumber() == null ? "" : item.docNumber() + " ") + item.title());
                        }
                    }
                });
    }

    public StringProperty approvedByProperty() {
        return approvedBy;
    }

    public StringProperty approvedOnProperty() {
        return approvedOn;
    }

    public StringProperty resultNumberProperty() {
        return resultNumber;
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    /** The documents named by a refusal (all of them, not only the first ten the sentence names). */
    public ObservableList<String> refused() {
        return refused;
    }

    /** How far finalizing is (the register's progress while it applies the decisions). */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return runner.progressProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
