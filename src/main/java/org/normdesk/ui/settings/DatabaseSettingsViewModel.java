package org.normdesk.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.DatabaseInfo;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.WorkstationPreferences;
import org.normdesk.service.settings.WorkstationPreferences.Values;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * 数据库: which register is open, and switching this PC to a shared PostgreSQL server from its next start.
 * The password is typed only to test the connection; it is never stored.
 */
public final class DatabaseSettingsViewModel {
    private final Supplier<DatabaseInfo> openRegister;
    private final WorkstationPreferences preferences;
    private final ConnectionTester tester;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<String> notifier;

    private final ReadOnlyStringWrapper currentKind = new ReadOnlyStringWrapper(this, "currentKind", "");
    private final ReadOnlyStringWrapper currentUrl = new ReadOnlyStringWrapper(this, "currentUrl", "");
    private final ReadOnlyStringWrapper currentSchema = new ReadOnlyStringWrapper(this, "currentSchema", "");
    private final ReadOnlyStringWrapper currentCounts = new ReadOnlyStringWrapper(this, "currentCounts", "");
    private final ReadOnlyStringWrapper nextStart = new ReadOnlyStringWrapper(this, "nextStart", "");

    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty attachments = new SimpleStringProperty(this, "attachments", "");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper(this, "urlError", "");
    private final ReadOnlyStringWrapper attachmentsError = new ReadOnlyStringWrapper(this, "attachmentsError", "");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper(this, "testResult", "");
    private final ReadOnlyBooleanWrapper testSucceeded = new ReadOnlyBooleanWrapper(this, "testSucceeded");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper(this, "formMessage", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** @param openRegister what the open register says about itself; called off the FX thread */
    public DatabaseSettingsViewModel(Supplier<DatabaseInfo> openRegister, WorkstationPreferences preferences,
                                     ConnectionTester tester, Messages messages, TaskRunner runner,
                                     Consumer<String> notifier) {
        this.openRegister = openRegister;
        this.preferences = preferences;
        this.tester = tester;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
        // a result belongs to the address it was for
        url.addListener((obs, old, now) -> {
            urlError.set("");
            clearTest();
        });
        user.addListener((obs, old, now) -> clearTest());
        password.addListener((obs, old, now) -> clearTest());
        attachments.addListener((obs, old, now) -> attachmentsError.set(""));
    }

    private void clearTest() {
        if (!testing.get()) {
            testResult.set("");
            testSucceeded.set(false);
        }
    }

    public void load() {
        busy.set(true);
        runner.run(messages.get("settings.db.loading"), progress -> new Loaded(openRegister.get(), preferences.load()),
                loaded -> {
                    busy.set(false);
                    DatabaseInfo info = loaded.info();
                    currentKind.set(info.kind());
                    currentUrl.set(info.url());
                    currentSchema.set(info.schemaVersion());
                    currentCounts.set(messages.format("settings.db.counts", info.documents(), info.filings()));
                    Values values = loaded.values();
                    url.set(values.sharedUrl());
                    user.set(values.sharedUser());
                    attachments.set(values.sharedAttachments() == null ? "" : values.sharedAttachments().toString());
                    showNextStart(values);
                }, failure -> {
                    busy.set(false);
                    formError.set(ErrorText.of(failure, messages));
                });
    }

    private void showNextStart(Values values) {
        nextStart.set(values.sharedDatabase()
                ? messages.format("settings.db.next.shared", values.sharedUrl(),
                values.sharedUser().isEmpty() ? "—" : values.sharedUser())
                : messages.get("settings.db.next.local"));
    }

    private final javafx.beans.property.ReadOnlyStringWrapper backupResult = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper backingUp = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private Supplier<org.normdesk.service.backup.BackupService> backups;

    private EncryptionViewModel encryption;

    /** 台账加密 of the open register; without it (tests of other parts) the section stays hidden. */
    public void setEncryption(EncryptionViewModel encryption) {
        this.encryption = encryption;
    }

    public EncryptionViewModel encryption() {
        return encryption;
    }

    /** The open register's backups; without them (tests of other parts) the backup button does nothing. */
    public void setBackups(Supplier<org.normdesk.service.backup.BackupService> backups) {
        this.backups = backups;
    }

    /**
     * Backs up the open register now into the data folder's backups/ (off the FX thread); the result, or why not
     * (a shared PostgreSQL register is backed up on the server), shows under the button.
     */
    public boolean backupNow() {
        if (backups == null || backingUp.get()) {
            return false;
        }
        backingUp.set(true);
        backupResult.set(messages.get("settings.backup.running"));
        runner.run(messages.get("settings.backup.running"), progress -> {
            org.normdesk.service.backup.BackupService service = backups.get();
            java.nio.file.Path file = service.backupsFolder().resolve("normdesk-manual-"
                    + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(java.time.LocalDateTime.now())
                    + ".zip");
            org.normdesk.service.backup.BackupManifest manifest = service.backup(file);
            return messages.format("settings.backup.done", file.toAbsolutePath(),
                    manifest.counts().getOrDefault("documents", 0L), manifest.counts().getOrDefault("attachments", 0L),
                    service.keepDays());
        }, text -> {
            backingUp.set(false);
            backupResult.set(text);
        }, failure -> {
            backingUp.set(false);
            backupResult.set(ErrorText.of(failure, messages));
        });
        return true;
    }

    public ReadOnlyStringProperty backupResultProperty() {
        return backupResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty backingUpProperty() {
        return backingUp.getReadOnlyProperty();
    }

    /** Opens the server in the form with the typed password and closes it; the answer shows under the buttons. */
    public boolean testConnection() {
        if (testing.get()) {
            return false;
        }
        formMessage.set("");
        formError.set("");
        String address;
        try {
            address = WorkstationPreferences.checkPostgresUrl(url.get());
        } catch (DomainException e) {
            urlError.set(messages.format(e));
            return false;
        }
        String who = user.get().strip();
        String secret = password.get();
        testing.set(true);
        testSucceeded.set(false);
        testResult.set(messages.get("settings.db.testing"));
        runner.run(messages.get("settings.db.testing"), progress -> tester.test(address, who, secret), info -> {
            testing.set(false);
            testSucceeded.set(true);
            testResult.set(messages.format("settings.db.test.ok", info.schemaVersion(), info.documents(),
                    info.filings()));
        }, failure -> {
            testing.set(false);
            testSucceeded.set(false);
            testResult.set(ErrorText.of(failure, messages));
        });
        return true;
    }

    /** Stores the address and user (never the password) for the next start. */
    public boolean saveShared() {
        if (busy.get()) {
            return false;
        }
        formMessage.set("");
        formError.set("");
        int wrong = 0;
        String address = null;
        try {
            address = WorkstationPreferences.checkSharedUrl(url.get());
        } catch (DomainException e) {
            urlError.set(messages.format(e));
            wrong++;
        }
        Path folder = null;
        String typedFolder = attachments.get() == null ? "" : attachments.get().strip();
        if (!typedFolder.isEmpty()) {
            try {
                folder = Path.of(typedFolder);
                if (!folder.isAbsolute()) {
                    attachmentsError.set(messages.get("settings.db.attachments.relative"));
                    wrong++;
                }
            } catch (InvalidPathException e) {
                attachmentsError.set(messages.format("settings.db.attachments.invalid", typedFolder));
                wrong++;
            }
        }
        if (wrong > 0) {
            formError.set(messages.format("settings.form.invalid", wrong));
            return false;
        }
        String checkedAddress = address;
        String who = user.get().strip();
        Path sharedFolder = folder;
        busy.set(true);
        runner.run(messages.get("settings.db.saving"),
                progress -> preferences.update(v -> v.withSharedDatabase(checkedAddress, who, sharedFolder)), saved -> {
                    busy.set(false);
                    showNextStart(saved);
                    String done = messages.format("settings.db.saved", saved.sharedUrl());
                    formMessage.set(done);
                    notifier.accept(done);
                }, failure -> {
                    busy.set(false);
                    formError.set(ErrorText.of(failure, messages));
                });
        return true;
    }

    /** From the next start on, this PC opens its own embedded register again. */
    public boolean useLocal() {
        if (busy.get()) {
            return false;
        }
        formMessage.set("");
        formError.set("");
        busy.set(true);
        runner.run(messages.get("settings.db.saving"), progress -> preferences.update(Values::withoutSharedDatabase),
                saved -> {
                    busy.set(false);
                    showNextStart(saved);
                    url.set("");
                    user.set("");
                    password.set("");
                    attachments.set("");
                    formMessage.set(messages.get("settings.db.local.saved"));
                    notifier.accept(messages.get("settings.db.local.saved"));
                }, failure -> {
                    busy.set(false);
                    formError.set(ErrorText.of(failure, messages));
                });
        return true;
    }

    public ReadOnlyStringProperty currentKindProperty() {
        return currentKind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentUrlProperty() {
        return currentUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentSchemaProperty() {
        return currentSchema.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentCountsProperty() {
        return currentCounts.getReadOnlyProperty();
    }

    /** Which register this PC opens at its next start. */
    public ReadOnlyStringProperty nextStartProperty() {
        return nextStart.getReadOnlyProperty();
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty attachmentsProperty() {
        return attachments;
    }

    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attachmentsErrorProperty() {
        return attachmentsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testSucceededProperty() {
        return testSucceeded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
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

    public Messages messages() {
        return messages;
    }

    private record Loaded(DatabaseInfo info, Values values) {
    }
}
