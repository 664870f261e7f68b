package org.normdesk.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.util.function.Consumer;

/** 机关: the bodies that issue and file documents; the list is shared with the unit tab's "own issuers". */
public final class IssuersViewModel {
    private final RegisterService register;
    private final ObservableList<Issuer> issuers;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<String> notifier;

    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper(this, "formMessage", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    public IssuersViewModel(RegisterService register, ObservableList<Issuer> issuers, Messages messages,
                            TaskRunner runner, Consumer<String> notifier) {
        this.register = register;
        this.issuers = issuers;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
    }

    public void load() {
        reload(() -> { });
    }

    private void reload(Runnable then) {
        busy.set(true);
        runner.run(messages.get("settings.issuers.loading"), progress -> register.issuers(), list -> {
            busy.set(false);
            issuers.setAll(list);
            loaded.set(true);
            then.run();
        }, failure -> {
            busy.set(false);
            formError.set(ErrorText.of(failure, messages));
        });
    }

    /** A blank add form that knows the names already taken. */
    public IssuerDialogViewModel newIssuerForm() {
        return new IssuerDialogViewModel(register, messages, runner, issuers.stream().map(Issuer::name).toList());
    }

    /** After the form saved {@code issuer}: the list is read again, in the register's order. */
    public void added(Issuer issuer) {
        String done = messages.format("settings.issuers.added", issuer.name());
        formError.set("");
        reload(() -> {
            formMessage.set(done);
            notifier.accept(done);
        });
    }

    public ObservableList<Issuer> issuers() {
        return issuers;
    }

    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
