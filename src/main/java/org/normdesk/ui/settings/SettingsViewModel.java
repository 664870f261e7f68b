package org.normdesk.ui.settings;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.Workspace;
import org.normdesk.service.calendar.CalendarData;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.DeadlineSettings;
import org.normdesk.service.settings.WorkstationPreferences;
import org.normdesk.ui.task.TaskRunner;

import java.time.Clock;
import java.util.function.Consumer;

/** The settings section: one view-model per tab; the issuers list is shared by the unit and issuer tabs. */
public final class SettingsViewModel {
    private final ObservableList<Issuer> issuers = FXCollections.observableArrayList();
    private final UnitSettingsViewModel unit;
    private final DeadlinesViewModel deadlines;
    private final ValidityRulesViewModel validity;
    private final CalendarSettingsViewModel calendar;
    private final IssuersViewModel issuerList;
    private final DatabaseSettingsViewModel database;
    private final LanguageViewModel language;
    private final AccountsViewModel accounts;
    private final RulePackViewModel rulePack;

    public SettingsViewModel(Workspace ws, WorkstationPreferences preferences, ConnectionTester tester,
                             Messages messages, TaskRunner runner, Consumer<String> notifier, Clock clock) {
        unit = new UnitSettingsViewModel(ws.settings(), issuers, messages, runner, notifier, clock);
        deadlines = new DeadlinesViewModel(new DeadlineSettings(ws.calendar()), messages, runner, notifier);
        validity = new ValidityRulesViewModel(ws.validity(), messages, runner, notifier);
        calendar = new CalendarSettingsViewModel(ws.calendar(), CalendarData::loadBundled, messages, runner, notifier,
                clock);
        issuerList = new IssuersViewModel(ws.register(), issuers, messages, runner, notifier);
        database = new DatabaseSettingsViewModel(ws::info, preferences, tester, messages, runner, notifier);
        database.setBackups(ws::backups);
        database.setEncryption(new EncryptionViewModel(ws, messages, runner, notifier));
        language = new LanguageViewModel(preferences, messages, runner, notifier);
        accounts = new AccountsViewModel(ws.accounts(), ws.audit(), ws.currentUser(), messages, runner, notifier, clock);
        rulePack = new RulePackViewModel(ws.rulePacks(), messages, runner, notifier);
    }

    /** Reads every tab in the background. */
    public void load() {
        issuerList.load();
        unit.load();
        deadlines.load();
        validity.load();
        calendar.load();
        database.load();
        language.load();
        accounts.load();
        rulePack.load();
    }

    public UnitSettingsViewModel unit() {
        return unit;
    }

    public DeadlinesViewModel deadlines() {
        return deadlines;
    }

    public ValidityRulesViewModel validity() {
        return validity;
    }

    public CalendarSettingsViewModel calendar() {
        return calendar;
    }

    public IssuersViewModel issuers() {
        return issuerList;
    }

    public DatabaseSettingsViewModel database() {
        return database;
    }

    public AccountsViewModel accounts() {
        return accounts;
    }

    public RulePackViewModel rulePack() {
        return rulePack;
    }

    public LanguageViewModel language() {
        return language;
    }
}
