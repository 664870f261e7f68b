package org.normdesk.service;

import org.normdesk.domain.calendar.WorkCalendar;
import org.normdesk.service.audit.AuditService;
import org.normdesk.service.calendar.CalendarData;
import org.normdesk.service.calendar.CalendarService;
import org.normdesk.service.cleanup.CampaignService;
import org.normdesk.service.stats.TallyService;
import org.normdesk.service.upward.UpwardService;
import org.normdesk.service.demo.DemoRegisterService;
import org.normdesk.service.filing.FilingLetters;
import org.normdesk.service.filing.FilingService;
import org.normdesk.service.report.PrintService;
import org.normdesk.service.settings.SettingsService;
import org.normdesk.store.AttachmentStore;
import org.normdesk.domain.document.ValidityRules;
import org.normdesk.service.register.LifecycleService;
import org.normdesk.service.register.RegisterService;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.store.JobLockStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/** An open register and the services over it; the GUI and the CLI each hold one. */
public final class Workspace implements AutoCloseable {
    private final Database database;
    private final RegisterService register;
    private final DemoRegisterService demo;
    private final SettingsService settings;
    private final CalendarService calendar;
    private final FilingService filings;
    private final LifecycleService lifecycle;
    private final CampaignService campaigns;
    private final TallyService tally;
    private final PrintService print;
    private final AuditService audit;
    private final UpwardService upward;
    private final FilingLetters letters;

    private Workspace(Database database, Path attachments, Clock clock, Supplier<String> currentUser) {
        this.database = database;
        this.register = new RegisterService(database, clock, currentUser);
        this.demo = new DemoRegisterService(database, clock, currentUser);
        this.settings = new SettingsService(database, clock, currentUser);
        this.audit = new AuditService(database, clock, currentUser);
        this.calendar = new CalendarService(database, NATIONAL_CALENDAR.get(), clock, currentUser);
        this.lifecycle = new LifecycleService(database, register, clock, ValidityRules.DEFAULT, currentUser);
        this.campaigns = new CampaignService(database, register, clock, currentUser);
        this.tally = new TallyService(database, calendar, settings, clock);
        // a bureau's edited templates live beside its attachments (the data folder, or the shared folder)
        this.print = new PrintService(attachments.resolveSibling("templates"), clock);
        this.filings = new FilingService(database, new AttachmentStore(database, attachments), register,
                calendar, settings, clock, currentUser);
        this.letters = new FilingLetters(filings, settings, print, clock);
        this.upward = new UpwardService(database, register, calendar, settings, clock, currentUser);
    }

    /** The shipped calendar is parsed once per process, when first needed. */
    private static final Supplier<WorkCalendar> NATIONAL_CALENDAR = new Supplier<>() {
        private volatile WorkCalendar loaded;

        @Override
        public WorkCalendar get() {
            if (loaded == null) {
                loaded = CalendarData.loadBundled().calendar();
            }
            return loaded;
        }
    };

    /**
     * @param attachments where attachment files live; for a shared database, the shared folder every workstation reaches
     */
    public static Workspace open(DatabaseConfig config, Path attachments, Clock clock, Supplier<String> currentUser) {
        Database database = Database.open(config);
        if (database.kind() == DatabaseKind.H2) {
            // the embedded file opens in one process only: a job lock found now was left by a crash
            new JobLockStore(database).clearAll();
        }
        return new Workspace(database, attachments, clock, currentUser);
    }

    public static Workspace openEmbedded(DataFolder folder, Clock clock) {
        folder.ensureExists();
        return open(DatabaseConfig.embedded(folder.root()), folder.attachments(), clock,
                () -> System.getProperty("user.name", "user"));
    }

    /** A shared register on a database server; the password is used for this connection only. */
    public static Workspace openShared(String jdbcUrl, String user, String password, Path attachments, Clock clock) {
        return open(new DatabaseConfig(jdbcUrl, user, password), attachments, clock,
                () -> System.getProperty("user.name", "user"));
    }

    public RegisterService register() {
        return register;
    }

    public DemoRegisterService demo() {
        return demo;
    }

    public SettingsService settings() {
        return settings;
    }

    public CalendarService calendar() {
        return calendar;
    }

    public LifecycleService lifecycle() {
        return lifecycle;
    }

    public CampaignService campaigns() {
        return campaigns;
    }

    public PrintService print() {
        return print;
    }

    public FilingLetters letters() {
        return letters;
    }

    public TallyService tally() {
        return tally;
    }

    public FilingService filings() {
        return filings;
    }

    public UpwardService upward() {
        return upward;
    }

    public AuditService audit() {
        return audit;
    }

    public DatabaseInfo info() {
        return new DatabaseInfo(database.kind().name(), database.config().displayUrl(), database.schemaVersion(),
                register.count(), demo.filingCount());
    }

    @Override
    public void close() {
        database.close();
    }
}
