package org.normdesk.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * 台账加密 in Settings → 数据库: encrypting this PC's own register, or changing the password of an encrypted one.
 * Both run in the background; the register is closed, converted in a verified copy, and reopened (the window hears
 * of the reopened register through {@link Workspace#setReplacedListener}). A shared server's register has nothing
 * to encrypt here.
 */
public final class EncryptionViewModel {
    /** The shortest password a register accepts (the service refuses shorter ones too). */
    static final int MIN_LENGTH = 8;

    private final Workspace ws;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<String> notifier;
    private final Optional<DataFolder> folder;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    private final ReadOnlyBooleanWrapper canEncrypt = new ReadOnlyBooleanWrapper(this, "canEncrypt");
    private final ReadOnlyBooleanWrapper canChange = new ReadOnlyBooleanWrapper(this, "canChange");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public EncryptionViewModel(Workspace ws, Messages messages, TaskRunner runner, Consumer<String> notifier) {
        this.ws = ws;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
        // no database question: which register is open is known from how it was opened
        this.folder = ws.ownFolder();
        boolean encrypted = ws.encrypted();
        canEncrypt.set(folder.isPresent() && !encrypted);
        canChange.set(folder.isPresent() && encrypted);
        state.set(messages.get(folder.isEmpty() ? "encryption.state.shared"
                : encrypted ? "encryption.state.encrypted" : "encryption.state.plain"));
    }

    /** How strong {@code password} looks: a hint shown while it is typed (empty for nothing typed). */
    public String strength(String password) {
        if (password == null || password.isEmpty()) {
            return "";
        }
        if (password.length() < MIN_LENGTH) {
            return messages.format("encryption.strength.tooShort", MIN_LENGTH);
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> Character.isLetter(c) && c < 0x80) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> c >= 0x2E80) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (password.length() >= 14 && kinds >= 2 || password.length() >= 10 && kinds >= 3) {
            return messages.get("encryption.strength.strong");
        }
        if (password.length() >= 10 || kinds >= 2) {
            return messages.get("encryption.strength.fair");
        }
        return messages.get("encryption.strength.weak");
    }

    /** Why the new password and its repetition cannot be used, or empty when they can. */
    public Optional<String> problem(char[] password, char[] again) {
        if (password.length < MIN_LENGTH) {
            return Optional.of(messages.get("db.encryption.passwordTooShort"));
        }
        if (!Arrays.equals(password, again)) {
            return Optional.of(messages.get("encryption.mismatch"));
        }
        return Optional.empty();
    }

    /** Encrypts the register with {@code password} (checked with {@link #problem} first); false when not started. */
    public boolean encrypt(char[] password) {
        if (busy.get() || !canEncrypt.get()) {
            return false;
        }
        char[] secret = password.clone();
        return start(messages.get("encryption.running"), progress -> {
            try {
                return ws.encryptAndReopen(folder.orElseThrow(), secret, progress);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, messages.format("encryption.done", folder.orElseThrow().root()));
    }

    /** Changes the password from {@code old} to {@code fresh}; a wrong old one is refused with nothing changed. */
    public boolean changePassword(char[] old, char[] fresh) {
        if (busy.get() || !canChange.get()) {
            return false;
        }
        char[] before = old.clone();
        char[] after = fresh.clone();
        return start(messages.get("encryption.changing"), progress -> {
            try {
                return ws.changePasswordAndReopen(folder.orElseThrow(), before, after, progress);
            } finally {
                Arrays.fill(before, '\0');
                Arrays.fill(after, '\0');
            }
        }, messages.get("encryption.changed"));
    }

    private boolean start(String what, org.normdesk.ui.task.BackgroundJob<Workspace> job, String done) {
        busy.set(true);
        error.set("");
        result.set(what);
        runner.run(what, job, reopened -> {
            busy.set(false);
            result.set(done);
            notifier.accept(done);
        }, failure -> {
            busy.set(false);
            result.set("");
            error.set(ErrorText.of(failure, messages));
        });
        return true;
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canEncryptProperty() {
        return canEncrypt.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canChangeProperty() {
        return canChange.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
