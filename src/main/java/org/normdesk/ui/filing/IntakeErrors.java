package org.normdesk.ui.filing;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.filing.IntakeField;
import org.normdesk.service.filing.IntakeValidationException;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.ErrorText;

import java.util.EnumMap;
import java.util.Map;

/** The messages of an intake form: one under each field, and one sentence for the whole form. */
final class IntakeErrors {
    private final Messages messages;
    private final Map<IntakeField, ReadOnlyStringWrapper> fields = new EnumMap<>(IntakeField.class);
    private final ReadOnlyStringWrapper form = new ReadOnlyStringWrapper(this, "form", "");

    IntakeErrors(Messages messages) {
        this.messages = messages;
        for (IntakeField field : IntakeField.values()) {
            fields.put(field, new ReadOnlyStringWrapper(this, field.name(), ""));
        }
    }

    ReadOnlyStringProperty of(IntakeField field) {
        return fields.get(field).getReadOnlyProperty();
    }

    ReadOnlyStringProperty form() {
        return form.getReadOnlyProperty();
    }

    void setForm(String text) {
        form.set(text == null ? "" : text);
    }

    /** An error goes away as soon as its field is edited. */
    void clearOnEdit(ObservableValue<?> value, IntakeField field) {
        value.addListener((obs, old, now) -> fields.get(field).set(""));
    }

    void clear() {
        fields.values().forEach(f -> f.set(""));
        form.set("");
    }

    /** Puts each field's problem under it; anything else becomes the form's sentence. */
    void show(Throwable failure) {
        if (failure instanceof IntakeValidationException invalid) {
            for (Map.Entry<IntakeField, DomainException> e : invalid.errors().entrySet()) {
                fields.get(e.getKey()).set(messages.format(e.getValue()));
            }
            form.set(messages.format(invalid));
        } else {
            form.set(ErrorText.of(failure, messages));
        }
    }
}
