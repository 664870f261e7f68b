package org.normdesk.ui.settings;

import javafx.collections.ObservableList;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.ui.task.TaskRunner;

import java.util.List;
import java.util.function.Consumer;

/** 机关: the bodies that issue and file documents; the list is shared with the unit tab's "own issuers". */
public final class IssuersViewModel extends SettingsForm<List<Issuer>> {
    private final RegisterService register;
    private final ObservableList<Issuer> issuers;

    public IssuersViewModel(RegisterService register, ObservableList<Issuer> issuers, Messages messages,
                            TaskRunner runner, Consumer<String> notifier) {
        super(messages, runner, notifier);
        this.register = register;
        this.issuers = issuers;
    }

    public void load() {
        reload(() -> { });
    }

    private void reload(Runnable then) {
        task(messages.get("settings.issuers.loading"), progress -> register.issuers(), list -> then.run());
    }

    @Override
    protected void show(List<Issuer> list) {
        issuers.setAll(list);
    }

    /** A blank add form that knows the names already taken. */
    public IssuerDialogViewModel newIssuerForm() {
        return new IssuerDialogViewModel(register, messages, runner, issuers.stream().map(Issuer::name).toList());
    }

    /** After the form saved {@code issuer}: the list is read again, in the register's order. */
    public void added(Issuer issuer) {
        String done = messages.format("settings.issuers.added", issuer.name());
        clearError();
        reload(() -> said(done));
    }

    public ObservableList<Issuer> issuers() {
        return issuers;
    }
}
