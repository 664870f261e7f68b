package org.normdesk.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normdesk.domain.account.Account;
import org.normdesk.domain.account.Role;
import org.normdesk.domain.audit.ChainCheck;
import org.normdesk.service.account.AccountService;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** 用户与审计: the accounts (administrators only) and the audit chain check (everyone). */
public final class AccountsViewModel {
    private final AccountService accounts;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<String> notifier;
    private final Clock clock;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty userName = new SimpleStringProperty(this, "userName", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
    private final ReadOnlyBooleanWrapper canManage = new ReadOnlyBooleanWrapper(this, "canManage");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper(this, "formMessage", "");
    private final ReadOnlyStringWrapper auditResult = new ReadOnlyStringWrapper(this, "auditResult", "");
    private final ReadOnlyBooleanWrapper auditBroken = new ReadOnlyBooleanWrapper(this, "auditBroken");

    public AccountsViewModel(AccountService accounts, AuditService audit, CurrentUser currentUser, Messages messages,
                             TaskRunner runner, Consumer<String> notifier, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
        this.clock = clock;
        for (Role role : Role.values()) {
            roles.put(role, new SimpleBooleanProperty(this, role.name()));
        }
        // choosing a user shows their roles in the boxes, ready to be changed
        selected.addListener((obs, old, now) -> {
            if (now != null) {
                for (Role role : Role.values()) {
                    roles.get(role).set(now.account().has(role));
                }
            }
        });
    }

    /** One account as listed. */
    public record Row(Account account, String roles, String state) {
        public String userName() {
            return account.userName();
        }

        public String displayName() {
            return account.displayName();
        }
    }

    /** Reads the accounts when this user may manage them; the single user of a register without accounts may. */
    public void load() {
        boolean admin = currentUser.principal().has(Role.ADMIN);
        canManage.set(admin);
        if (!admin) {
            rows.clear();
            return;
        }
        run(messages.get("accounts.heading"), accounts::list, list -> rows.setAll(list.stream().map(this::row).toList()));
    }

    public void create() {
        char[] typed = checkedPassword();
        if (typed == null) {
            return;
        }
        boolean first = !accounts.signInRequired();
        String name = userName.get();
        String shown = displayName.get();
        Set<Role> chosen = chosenRoles();
        run(messages.get("accounts.create"), () -> {
            try {
                return accounts.create(name, shown, chosen, typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, created -> {
            clearForm();
            done(messages.format(first ? "accounts.firstAdmin" : "accounts.created", created.userName()));
        });
    }

    public void saveRoles() {
        withSelected(row -> {
            Set<Role> chosen = chosenRoles();
            run(messages.get("accounts.saveRoles"), () -> accounts.setRoles(row.userName(), chosen),
                    changed -> done(messages.format("accounts.rolesSaved", changed.userName())));
        });
    }

    public void resetPassword() {
        withSelected(row -> {
            char[] typed = checkedPassword();
            if (typed == null) {
                return;
            }
            run(messages.get("accounts.resetPassword"), () -> {
                try {
                    return accounts.changePassword(row.userName(), typed);
                } finally {
                    Arrays.fill(typed, '\0');
                }
            }, changed -> {
                password.set("");
                repeat.set("");
                done(messages.format("accounts.passwordSet", changed.userName()));
            });
        });
    }

    public void deactivate() {
        withSelected(row -> run(messages.get("accounts.deactivate"), () -> accounts.deactivate(row.userName()),
                changed -> done(messages.format("accounts.deactivated", changed.userName()))));
    }

    public void unlock() {
        withSelected(row -> run(messages.get("accounts.unlock"), () -> accounts.unlock(row.userName()),
                changed -> done(messages.format("accounts.unlocked", changed.userName()))));
    }

    /** Recomputes the whole chain in the background and says where it first breaks. */
    public void verifyChain() {
        auditResult.set(messages.get("accounts.audit.verifying"));
        auditBroken.set(false);
        runner.run(messages.get("accounts.audit.verifying"), progress -> audit.verify(), (ChainCheck check) -> {
            auditBroken.set(!check.intact());
            auditResult.set(check.intact()
                    ? messages.format("accounts.audit.intact", check.entries(), check.headHash())
                    : messages.format("accounts.audit.broken", check.firstBroken(), check.entries()));
        }, failure -> {
            auditBroken.set(true);
            auditResult.set(ErrorText.of(failure, messages));
        });
    }

    private char[] checkedPassword() {
        formMessage.set("");
        if (!password.get().equals(repeat.get())) {
            formError.set(messages.get("accounts.password.mismatch"));
            return null;
        }
        return password.get().toCharArray();
    }

    private void withSelected(Consumer<Row> action) {
        formMessage.set("");
        if (selected.get() == null) {
            formError.set(messages.get("accounts.noSelection"));
            return;
        }
        action.accept(selected.get());
    }

    private <T> void run(String what, Supplier<T> job, Consumer<T> onDone) {
        busy.set(true);
        formError.set("");
        runner.run(what, progress -> job.get(), value -> {
            busy.set(false);
            onDone.accept(value);
        }, failure -> {
            busy.set(false);
            formError.set(ErrorText.of(failure, messages));
        });
    }

    private void done(String message) {
        formMessage.set(message);
        notifier.accept(message);
        load();
    }

    private void clearForm() {
        userName.set("");
        displayName.set("");
        password.set("");
        repeat.set("");
        roles.values().forEach(p -> p.set(false));
    }

    private Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((role, on) -> {
            if (on.get()) {
                chosen.add(role);
            }
        });
        return chosen;
    }

    private Row row(Account a) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.systemDefault());
        String state = !a.active() ? messages.get("accounts.state.inactive")
                : a.lockedAt(clock.instant()) ? messages.format("accounts.state.locked", time.format(a.lockedUntil()))
                : messages.get("accounts.state.active");
        Function<Role, String> label = messages::label;
        return new Row(a, a.roles().stream().sorted().map(label).collect(Collectors.joining("、")), state);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public BooleanProperty roleProperty(Role role) {
        return roles.get(role);
    }

    public List<Role> allRoles() {
        return List.of(Role.values());
    }

    public ReadOnlyBooleanProperty canManageProperty() {
        return canManage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty auditResultProperty() {
        return auditResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty auditBrokenProperty() {
        return auditBroken.getReadOnlyProperty();
    }
}
