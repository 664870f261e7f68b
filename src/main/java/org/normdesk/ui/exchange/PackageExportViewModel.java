package org.normdesk.ui.exchange;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.service.settings.SettingsService;
import org.normdesk.service.transfer.PackageManifest;
import org.normdesk.service.transfer.PackageService;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * 导出交换包: the unit the package is for (one of the register's known units, or typed), the whole register or only
 * what changed since the last package to that unit, and the file; written in the background, then a sentence with
 * the counts and where the file is.
 */
public final class PackageExportViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final PackageService packages;
    private final RegisterService register;
    private final SettingsService settings;
    private final Messages messages;
    private final TaskRunner runner;
    private final Clock clock;

    private final ObservableList<String> units = FXCollections.observableArrayList();
    private final StringProperty recipient = new SimpleStringProperty("");
    private final BooleanProperty sinceLast = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty resultText = new SimpleStringProperty("");
    private final StringProperty fromText = new SimpleStringProperty("");
    private String ownUnit = "";
    private PackageService.ExportResult result;

    public PackageExportViewModel(PackageService packages, RegisterService register, SettingsService settings,
                                  Messages messages, TaskRunner runner, Clock clock) {
        this.packages = packages;
        this.register = register;
        this.settings = settings;
        this.messages = messages;
        this.runner = runner;
        this.clock = clock;
        recipient.addListener((obs, old, now) -> error.set(""));
    }

    private record Known(String ownUnit, List<String> units) {
    }

    /** Reads this register's unit and its known units (the issuers) in the background. */
    public void load() {
        busy.set(true);
        runner.run(messages.get("packageExport.loading"), progress -> {
            String own = settings.unit().unitName();
            String mine = own == null ? "" : own.strip();
            return new Known(mine, register.issuers().stream().map(Issuer::name).map(String::strip)
                    .filter(n -> !n.equals(mine)).distinct().sorted().toList());
        }, known -> {
            busy.set(false);
            ownUnit = known.ownUnit();
            units.setAll(known.units());
            fromText.set(ownUnit.isEmpty() ? messages.get("packageExport.noOwnUnit")
                    : messages.format("packageExport.from", ownUnit));
        }, this::failed);
    }

    /** The name offered in the save dialog: 交换包-<from>至<to>-<yyyymmdd>.ndpkg, without characters files cannot hold. */
    public String suggestedFileName() {
        String to = recipient.get() == null ? "" : recipient.get().strip();
        String name = messages.format(sinceLast.get() ? "packageExport.fileNameChanges" : "packageExport.fileName",
                ownUnit.isEmpty() ? "NormDesk" : ownUnit, to.isEmpty() ? "?" : to, LocalDate.now(clock).format(DAY));
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".ndpkg";
    }

    /** Checked before the file is asked for: a package needs a recipient. True when it may go ahead. */
    public boolean checkRecipient() {
        if (recipient.get() == null || recipient.get().isBlank()) {
            error.set(messages.get("packageExport.recipientBlank"));
            return false;
        }
        return true;
    }

    /** Writes the package to {@code target} in the background; null (the save dialog cancelled) does nothing. */
    public void export(Path target) {
        if (target == null || busy.get() || !checkRecipient()) {
            return;
        }
        String to = recipient.get().strip();
        boolean changes = sinceLast.get();
        Path file = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ndpkg") ? target
                : target.resolveSibling(target.getFileName() + ".ndpkg");
        busy.set(true);
        error.set("");
        resultText.set("");
        runner.run(messages.format("packageExport.writing", file.getFileName()),
                progress -> packages.export(to, changes, file, progress), done -> {
                    busy.set(false);
                    result = done;
                    PackageManifest m = done.manifest();
                    long documents = m.counts().getOrDefault("documents", 0L);
                    resultText.set(changes && documents == 0
                            ? messages.format("packageExport.doneEmpty", done.file(), m.recipientUnit())
                            : messages.format("packageExport.done", documents,
                            m.counts().getOrDefault("filings", 0L), m.counts().getOrDefault("attachments", 0L),
                            done.file(), m.recipientUnit(), messages.get(m.fullRegister()
                                    ? "packageExport.whole" : "packageExport.changes")));
                }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(ErrorText.of(failure, messages));
    }

    public Messages messages() {
        return messages;
    }

    public TaskRunner runner() {
        return runner;
    }

    public ObservableList<String> units() {
        return units;
    }

    public StringProperty recipientProperty() {
        return recipient;
    }

    public BooleanProperty sinceLastProperty() {
        return sinceLast;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty resultTextProperty() {
        return resultText;
    }

    public StringProperty fromTextProperty() {
        return fromText;
    }

    /** What the last export wrote, or null. */
    public PackageService.ExportResult result() {
        return result;
    }
}
