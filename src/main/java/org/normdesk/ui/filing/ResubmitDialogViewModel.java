package org.normdesk.ui.filing;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialItem;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.Submission;
import org.normdesk.service.filing.FilingService;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.IntakeField;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.task.TaskRunner;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * 重新报送: the corrected package of a returned filing. It continues the same filing with its own receipt
 * date (the formal check's clock starts again; the first receipt's stays). The checklist starts from what
 * the previous package had, for the clerk to complete.
 */
public final class ResubmitDialogViewModel {
    private final FilingService filings;
    private final Messages messages;
    private final TaskRunner runner;
    private final FilingView view;

    private final StringProperty receivedDate = new SimpleStringProperty(this, "receivedDate", "");
    private final ObjectProperty<FilingChannel> channel = new SimpleObjectProperty<>(this, "channel");
    private final MaterialsForm materials;
    private final IntakeErrors errors;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    public ResubmitDialogViewModel(FilingService filings, Messages messages, TaskRunner runner, FilingView view,
                                   Set<MaterialKind> required, LocalDate today) {
        this.filings = filings;
        this.messages = messages;
        this.runner = runner;
        this.view = view;
        this.materials = new MaterialsForm(required);
        this.errors = new IntakeErrors(messages);
        Submission previous = view.currentSubmission();
        receivedDate.set(messages.date(today));
        channel.set(previous.channel());
        previous.materials().stream().filter(MaterialItem::present).forEach(m -> materials.line(m.kind())
                .presentProperty().set(true));
        errors.clearOnEdit(receivedDate, IntakeField.RECEIVED_DATE);
        errors.clearOnEdit(channel, IntakeField.CHANNEL);
    }

    public String documentCaption() {
        var doc = view.document();
        return doc.docNumber() == null ? doc.title() : doc.docNumber().raw() + "  " + doc.title();
    }

    /** Which package this is and what the previous one lacked. */
    public String packageCaption(Set<MaterialKind> lacking) {
        Submission previous = view.currentSubmission();
        return messages.format("resubmit.caption", previous.seq() + 1, previous.receivedDate(),
                lacking.isEmpty() ? messages.get("resubmit.nothingMissing") : List.copyOf(lacking));
    }

    /** Saves in the background; {@code onSaved} runs only when the service accepted the package. */
    public void save(Consumer<FilingView> onSaved) {
        if (saving.get()) {
            return;
        }
        errors.clear();
        long id = view.filing().id();
        int version = view.filing().version();
        String received = receivedDate.get();
        FilingChannel via = channel.get();
        var inputs = materials.inputs();
        saving.set(true);
        runner.run(messages.get("resubmit.saving"), progress -> filings.resubmit(id, version, received, via, inputs),
                saved -> {
                    saving.set(false);
                    onSaved.accept(saved);
                }, failure -> {
                    errors.show(failure);
                    saving.set(false);
                });
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
}
