package org.normdesk.ui.cleanup;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignTrigger;
import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.cleanup.CampaignService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.time.LocalDate;
import java.util.function.Consumer;

/** A new cleanup campaign: name, legal basis, 定期 / 专项, deadline. */
public final class CampaignDialogViewModel {
    private final CampaignService campaigns;
    private final Messages messages;
    private final TaskRunner runner;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty legalBasis = new SimpleStringProperty(this, "legalBasis", "");
    private final ObjectProperty<CampaignTrigger> trigger = new SimpleObjectProperty<>(this, "trigger",
            CampaignTrigger.ROUTINE);
    private final StringProperty deadline = new SimpleStringProperty(this, "deadline", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper deadlineError = new ReadOnlyStringWrapper(this, "deadlineError", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    CampaignDialogViewModel(CampaignService campaigns, Messages messages, TaskRunner runner) {
        this.campaigns = campaigns;
        this.messages = messages;
        this.runner = runner;
        name.addListener((obs, old, now) -> nameError.set(""));
        deadline.addListener((obs, old, now) -> deadlineError.set(""));
    }

    /** Creates the campaign in the background; {@code onSaved} runs only when it was accepted. */
    public void save(Consumer<Campaign> onSaved) {
        if (saving.get()) {
            return;
        }
        nameError.set("");
        deadlineError.set("");
        formError.set("");
        if (name.get() == null || name.get().isBlank()) {
            nameError.set(messages.get("campaign.name.blank"));
            return;
        }
        LocalDate due;
        try {
            due = deadline.get() == null || deadline.get().isBlank() ? null : DateParser.parseDay(deadline.get());
        } catch (DomainException e) {
            deadlineError.set(messages.format(e));
            return;
        }
        String n = name.get();
        String basis = legalBasis.get() == null || legalBasis.get().isBlank() ? null : legalBasis.get().strip();
        CampaignTrigger t = trigger.get();
        saving.set(true);
        runner.run(messages.get("cleanup.create.running"), progress -> campaigns.create(n, basis, t, due), created -> {
            saving.set(false);
            onSaved.accept(created);
        }, failure -> {
            saving.set(false);
            if (failure instanceof DomainException e && e.messageKey().startsWith("campaign.name")) {
                nameError.set(messages.format(e));
            } else {
                formError.set(ErrorText.of(failure, messages));
            }
        });
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty legalBasisProperty() {
        return legalBasis;
    }

    public ObjectProperty<CampaignTrigger> triggerProperty() {
        return trigger;
    }

    public StringProperty deadlineProperty() {
        return deadline;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deadlineErrorProperty() {
        return deadlineError.getReadOnlyProperty();
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
