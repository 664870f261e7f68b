package org.normdesk.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.normdesk.domain.common.TextNormalizer;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The add-issuer form: name (unique), 机关代字, level and kind; every problem is shown under its field. */
public final class IssuerDialogViewModel {
    /** Column sizes of the issuer table. */
    static final int MAX_NAME = 200;
    static final int MAX_CODE = 50;

    private final RegisterService register;
    private final Messages messages;
    private final TaskRunner runner;
    private final Set<String> takenNames;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ObjectProperty<OrgLevel> level = new SimpleObjectProperty<>(this, "level");
    private final ObjectProperty<OrgKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper codeError = new ReadOnlyStringWrapper(this, "codeError", "");
    private final ReadOnlyStringWrapper levelError = new ReadOnlyStringWrapper(this, "levelError", "");
    private final ReadOnlyStringWrapper kindError = new ReadOnlyStringWrapper(this, "kindError", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    public IssuerDialogViewModel(RegisterService register, Messages messages, TaskRunner runner,
                                 Collection<String> takenNames) {
        this.register = register;
        this.messages = messages;
        this.runner = runner;
        this.takenNames = takenNames.stream().map(IssuerDialogViewModel::key).collect(Collectors.toSet());
        name.addListener((obs, old, now) -> nameError.set(""));
        code.addListener((obs, old, now) -> codeError.set(""));
        level.addListener((obs, old, now) -> levelError.set(""));
        kind.addListener((obs, old, now) -> kindError.set(""));
    }

    /** Names compare without blanks and full-width forms: 濮阳市 教育局 is 濮阳市教育局. */
    private static String key(String name) {
        return TextNormalizer.stripAllWhitespace(TextNormalizer.fold(name == null ? "" : name));
    }

    /**
     * Saves in the background; {@code onSaved} runs only when the register accepted the issuer.
     *
     * @return whether saving started
     */
    public boolean save(Consumer<Issuer> onSaved) {
        if (saving.get()) {
            return false;
        }
        formError.set("");
        int wrong = 0;
        String typedName = name.get() == null ? "" : name.get().strip();
        if (typedName.isEmpty()) {
            nameError.set(messages.get("issuer.name.blank"));
            wrong++;
        } else if (typedName.length() > MAX_NAME) {
            nameError.set(messages.format("settings.issuer.tooLong", String.valueOf(MAX_NAME)));
            wrong++;
        } else if (takenNames.contains(key(typedName))) {
            nameError.set(messages.format("settings.issuer.duplicate", typedName));
            wrong++;
        }
        String typedCode = code.get() == null ? "" : code.get().strip();
        if (typedCode.length() > MAX_CODE) {
            codeError.set(messages.format("settings.issuer.tooLong", String.valueOf(MAX_CODE)));
            wrong++;
        }
        if (level.get() == null) {
            levelError.set(messages.get("settings.issuer.level.missing"));
            wrong++;
        }
        if (kind.get() == null) {
            kindError.set(messages.get("settings.issuer.kind.missing"));
            wrong++;
        }
        if (wrong > 0) {
            formError.set(messages.format("settings.form.invalid", wrong));
            return false;
        }
        Issuer issuer = new Issuer(null, typedName, typedCode, level.get(), kind.get(), null);
        saving.set(true);
        runner.run(messages.get("settings.issuer.saving"), progress -> register.addIssuer(issuer), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            formError.set(ErrorText.of(failure, messages));
            saving.set(false);
        });
        return true;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<OrgLevel> levelProperty() {
        return level;
    }

    public ObjectProperty<OrgKind> kindProperty() {
        return kind;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return codeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty levelErrorProperty() {
        return levelError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindErrorProperty() {
        return kindError.getReadOnlyProperty();
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
