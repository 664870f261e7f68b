package org.normdesk.ui.welcome;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.LanguageChoice;
import org.normdesk.service.settings.UnitKind;

import java.util.Locale;
import java.util.Optional;

/**
 * The first run's questions: the language, the unit (kind, name, code for registration numbers) and whether to
 * start with the demo register. The language applies at once: {@link #messages()} follows it, and the dialog
 * relabels itself from it.
 */
public final class WelcomeViewModel {
    /** A unit code is a few characters (濮, 华县): it is printed inside every registration number. */
    static final int MAX_CODE_LENGTH = 6;

    private final Locale system;
    private final ObjectProperty<LanguageChoice> language;
    private final ObjectProperty<Messages> messages;
    private final ObjectProperty<UnitKind> unitKind = new SimpleObjectProperty<>(this, "unitKind", UnitKind.COUNTY);
    private final StringProperty unitName = new SimpleStringProperty(this, "unitName", "");
    private final StringProperty unitCode = new SimpleStringProperty(this, "unitCode", "");
    private final BooleanProperty loadDemo = new SimpleBooleanProperty(this, "loadDemo", true);
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper codeError = new ReadOnlyStringWrapper(this, "codeError", "");
    private final BooleanProperty encrypt = new SimpleBooleanProperty(this, "encrypt", false);
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty passwordAgain = new SimpleStringProperty(this, "passwordAgain", "");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper(this, "passwordError", "");

    public WelcomeViewModel(LanguageChoice initial, Locale system) {
        this.system = system;
        this.language = new SimpleObjectProperty<>(this, "language", initial);
        this.messages = new SimpleObjectProperty<>(this, "messages", load(initial));
        language.addListener((obs, old, now) -> {
            messages.set(load(now));
            nameError.set("");
            codeError.set("");
        });
        unitName.addListener((obs, old, now) -> nameError.set(""));
        unitCode.addListener((obs, old, now) -> codeError.set(""));
        encrypt.addListener((obs, old, now) -> passwordError.set(""));
        password.addListener((obs, old, now) -> passwordError.set(""));
        passwordAgain.addListener((obs, old, now) -> passwordError.set(""));
    }

    /** The shortest register password (the service refuses shorter ones too). */
    static final int MIN_PASSWORD = 8;

    /** How strong the typed register password looks; empty while nothing is typed. */
    public String passwordStrength() {
        String typed = password.get();
        Messages m = messages.get();
        if (typed.isEmpty()) {
            return "";
        }
        if (typed.length() < MIN_PASSWORD) {
            return m.format("encryption.strength.tooShort", MIN_PASSWORD);
        }
        long kinds = java.util.stream.Stream.<java.util.function.IntPredicate>of(Character::isDigit,
                c -> Character.isLetter(c) && c < 0x80, c -> c >= 0x2E80, c -> !Character.isLetterOrDigit(c))
                .filter(kind -> typed.chars().anyMatch(kind)).count();
        if (typed.length() >= 14 && kinds >= 2 || typed.length() >= 10 && kinds >= 3) {
            return m.get("encryption.strength.strong");
        }
        return m.get(typed.length() >= 10 || kinds >= 2 ? "encryption.strength.fair" : "encryption.strength.weak");
    }

    /** The register password chosen on the welcome (a copy), or empty when the register is not to be encrypted. */
    public Optional<char[]> registerPassword() {
        return encrypt.get() ? Optional.of(password.get().toCharArray()) : Optional.empty();
    }

    private Messages load(LanguageChoice choice) {
        return Messages.load(Messages.chooseLocale(choice.code(), system));
    }

    /** The answers, or empty (with the errors shown) while a field is wrong. */
    public Optional<WelcomeChoices> finish() {
        Messages m = messages.get();
        String name = unitName.get().strip();
        String code = unitCode.get().strip();
        if (name.isEmpty()) {
            nameError.set(m.get("welcome.name.blank"));
        }
        if (code.isEmpty()) {
            codeError.set(m.get("welcome.code.blank"));
        } else if (code.length() > MAX_CODE_LENGTH || code.chars().anyMatch(Character::isWhitespace)) {
            codeError.set(m.format("welcome.code.invalid", MAX_CODE_LENGTH));
        }
        if (encrypt.get()) {
            if (password.get().length() < MIN_PASSWORD) {
                passwordError.set(m.get("db.encryption.passwordTooShort"));
            } else if (!password.get().equals(passwordAgain.get())) {
                passwordError.set(m.get("encryption.mismatch"));
            }
        }
        if (!nameError.get().isEmpty() || !codeError.get().isEmpty() || !passwordError.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WelcomeChoices(language.get(), unitKind.get(), name, code, loadDemo.get()));
    }

    /** The example name for the chosen kind of unit, shown in the empty name field. */
    public String namePrompt() {
        return messages.get().get("welcome.namePrompt." + unitKind.get().name());
    }

    public ObjectProperty<LanguageChoice> languageProperty() {
        return language;
    }

    public ObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    public Messages messages() {
        return messages.get();
    }

    public ObjectProperty<UnitKind> unitKindProperty() {
        return unitKind;
    }

    public StringProperty unitNameProperty() {
        return unitName;
    }

    public StringProperty unitCodeProperty() {
        return unitCode;
    }

    public BooleanProperty loadDemoProperty() {
        return loadDemo;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return codeError.getReadOnlyProperty();
    }

    public BooleanProperty encryptProperty() {
        return encrypt;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    public ReadOnlyStringProperty passwordErrorProperty() {
        return passwordError.getReadOnlyProperty();
    }
}
