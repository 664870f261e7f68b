package org.normdesk.ui.account;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.normdesk.domain.account.Principal;
import org.normdesk.service.account.AccountService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.util.Arrays;
import java.util.function.Consumer;

/** The sign-in at start: the password is checked in the background (Argon2 takes a noticeable moment). */
public final class SignInViewModel {
    private final AccountService accounts;
    private final Messages messages;
    private final TaskRunner runner;
    private final StringProperty userName = new SimpleStringProperty(this, "userName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public SignInViewModel(AccountService accounts, Messages messages, TaskRunner runner) {
        this.accounts = accounts;
        this.messages = messages;
        this.runner = runner;
    }

    /** Checks the name and password; {@code onSignedIn} runs on the FX thread when they are right. */
    public void signIn(Consumer<Principal> onSignedIn) {
        if (busy.get()) {
            return;
        }
        String name = userName.get();
        char[] typed = password.get() == null ? new char[0] : password.get().toCharArray();
        error.set("");
        busy.set(true);
        runner.run(messages.get("signIn.running"), progress -> {
            try {
                return accounts.authenticate(name, typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, principal -> {
            busy.set(false);
            password.set("");
            onSignedIn.accept(principal);
        }, failure -> {
            busy.set(false);
            password.set("");
            error.set(ErrorText.of(failure, messages));
        });
    }

    /** What the status bar says afterwards. */
    public String welcome(Principal principal) {
        return messages.format("signIn.welcome", principal.displayName(), principal.roles());
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
