package org.normdesk.service;

import org.normdesk.domain.calendar.WorkCalendar;
import org.normdesk.service.account.AccountService;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.service.calendar.CalendarData;
import org.normdesk.service.calendar.CalendarService;
import org.normdesk.service.cleanup.CampaignService;
import org.normdesk.service.stats.TallyService;
import org.normdesk.service.upward.UpwardPackages;
import org.normdesk.service.upward.UpwardService;
import org.normdesk.service.review.ReviewLetters;
import org.normdesk.service.review.ReviewService;
import org.normdesk.service.review.hints.HintService;
import org.normdesk.service.review.hints.RulePackLoader;
import org.normdesk.service.review.hints.RulePackService;
import org.normdesk.service.demo.DemoRegisterService;
import org.normdesk.service.filing.FilingLetters;
import org.normdesk.service.filing.FilingService;
import org.normdesk.service.report.PrintService;
import org.normdesk.service.settings.SettingsService;
import org.normdesk.store.AttachmentStore;
import org.normdesk.service.settings.ValiditySettings;
import org.normdesk.service.register.LifecycleService;
import org.normdesk.service.register.RegisterService;
import org.normdesk.service.export.RegisterExportService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.search.SavedViewService;
import org.normdesk.service.search.SearchService;
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
    private final HintService hints;
    private final RulePackService rulePacks;
    private final UpwardPackages upwardPackages;
    private final FilingLetters letters;
    private final SavedViewService views;
    private final ReviewService reviews;
    private final org.normdesk.service.review.ReviewViewService reviewViews;
    private final ReviewLetters reviewLetters;
    private final Path indexFolder;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private SearchService search;
    private final Path attachmentsFolder;
    private final ValiditySettings validity;

    private Workspace(Database database, Path attachments, Path indexFolder, Clock clock, CurrentUser currentUser) {
        this.database = database;
        this.attachmentsFolder = attachments;
        this.currentUser = currentUser;
        this.indexFolder = indexFolder;
        this.clock = clock;
        this.register = new RegisterService(database, clock, currentUser);
        this.demo = new DemoRegisterService(database, clock, currentUser);
        this.settings = new SettingsService(database, clock, currentUser);
        this.audit = new AuditService(database, clock, currentUser);
        this.calendar = new CalendarService(database, NATIONAL_CALENDAR.get(), clock, currentUser);
        this.validity = new ValiditySettings(database, clock, currentUser);
        this.validity.rules(); // opened off the FX thread: forms then read lastKnown() without the database
        this.lifecycle = new LifecycleService(database, register, clock, validity::rules, currentUser);
        this.campaigns = new CampaignService(database, register, clock, currentUser);
        this.tally = new TallyService(database, calendar, settings, clock);
        // a bureau's edited templates live beside its attachments (the data folder, or the shared folder)
        this.print = new PrintService(attachments.resolveSibling("templates"), clock);
        this.filings = new FilingService(database, new AttachmentStore(database, attachments), register,
                calendar, settings, clock, currentUser);
        this.letters = new FilingLetters(filings, settings, print, clock);
        this.upward = new UpwardService(database, register, calendar, settings, clock, currentUser);
        this.reviews = new ReviewService(database, filings, register, lifecycle, calendar, settings, clock, currentUser);
        this.reviewLetters = new ReviewLetters(reviews, settings, print, clock);
        this.reviewViews = new org.normdesk.service.review.ReviewViewService(database, reviews, clock, currentUser);
        this.upwardPackages = new UpwardPackages(database, upward, register, settings, print,
                new AttachmentStore(database, attachments), clock, currentUser);
        // the index hears of every document the register service changes, once it is committed
        this.register.setChangeListener(ids -> {
            SearchService opened = openedSearch();
            if (opened != null) {
                opened.documentsChanged(ids);
            }
        });
        this.views = new SavedViewService(database, this::search, clock, currentUser);
        // a bureau's own rule pack, once installed, lives beside the attachments too (rules/active-pack.json)
        Path rules = attachments.resolveSibling("rules");
        this.hints = new HintService(database, register, clock, currentUser,
                RulePackService.startupPack(rules, RULE_PACK.get()));
        this.rulePacks = new RulePackService(database, hints, rules, clock, currentUser);
        this.accounts = new AccountService(database, clock, currentUser);
        // once a register has accounts, the all-roles single user is gone: whoever opens it signs in
        if (currentUser.isSingleUser() && accounts.signInRequired()) {
            currentUser.signOut();
        }
    }

    /** The shipped rule pack is parsed once per process, when first needed. */
    private static final Supplier<org.normdesk.domain.review.rules.RulePack> RULE_PACK = new Supplier<>() {
        private volatile org.normdesk.domain.review.rules.RulePack loaded;

        @Override
        public org.normdesk.domain.review.rules.RulePack get() {
            if (loaded == null) {
                loaded = RulePackLoader.bundled();
            }
            return loaded;
        }
    };

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
        return open(config, attachments, null, clock, currentUser);
    }

    /**
     * @param indexFolder where the search index is kept; null keeps it in memory (rebuilt on first search)
     */
    public static Workspace open(DatabaseConfig config, Path attachments, Path indexFolder, Clock clock,
                                 Supplier<String> currentUser) {
        return open(config, attachments, indexFolder, clock, CurrentUser.singleUser(currentUser.get()));
    }

    /** As above, acting for {@code currentUser} (whose roles the services check). */
    public static Workspace open(DatabaseConfig config, Path attachments, Path indexFolder, Clock clock,
                                 CurrentUser currentUser) {
        Database database = Database.open(config);
        try {
            return prepared(database, config, attachments, indexFolder, clock, currentUser);
        } catch (RuntimeException e) {
            // e.g. a read-only folder refusing the first write: the file must not stay open in this process,
            // or opening it again once the folder is writable would still find it read-only
            database.close();
            throw e;
        }
    }

    private static Workspace prepared(Database database, DatabaseConfig config, Path attachments, Path indexFolder,
                                      Clock clock, CurrentUser currentUser) {
        if (database.kind() == DatabaseKind.H2) {
            // the embedded file opens in one process only: a job lock found now was left by a crash
            new JobLockStore(database).clearAll();
            if (config.jdbcUrl().startsWith("jdbc:h2:file:")) {
                // and attachment files copied in by a registration that never committed
                new AttachmentStore(database, attachments).sweepOrphans(java.time.Instant.now());
            }
        }
        return new Workspace(database, attachments, indexFolder, clock, currentUser);
    }

    public static Workspace openEmbedded(DataFolder folder, Clock clock) {
        return openEmbedded(folder, clock, null);
    }

    /**
     * This PC's own register; {@code password} unlocks an encrypted one (ignored for one that is not). An encrypted
     * register keeps its search index in memory only, so that no title lies on disk in clear text.
     *
     * @throws org.normdesk.store.StoreException {@code db.encryption.passwordNeeded} when the register is encrypted
     *                                           and no password was given; {@code db.encryption.wrongPassword}
     */
    public static Workspace openEmbedded(DataFolder folder, Clock clock, char[] password) {
        folder.ensureExists();
        // a restore cut off half-way (power loss) is finished before anything looks at the folder
        org.normdesk.service.backup.BackupService.finishInterruptedRestore(folder.root());
        if (!isEncrypted(folder)) {
            DatabaseConfig config = DatabaseConfig.embedded(folder.root());
            return open(config, folder.attachments(), folder.searchIndex(config.displayUrl(), true), clock,
                    CurrentUser.osUser());
        }
        if (password == null) {
            throw new org.normdesk.store.StoreException("db.encryption.passwordNeeded", "The register in "
                    + folder.root() + " is encrypted; open it with its password", folder.root().toString());
        }
        org.normdesk.store.DatabaseKey key = org.normdesk.store.DatabaseKey.unlock(folder.root(), password);
        return open(DatabaseConfig.embedded(folder.root(), key), folder.attachments(), null, clock,
                CurrentUser.osUser());
    }

    /**
     * Creates this PC's own register encrypted from the start (first run): the key file is written, then H2 creates
     * the encrypted file. Refused when the folder holds a register already.
     */
    public static Workspace createEncrypted(DataFolder folder, Clock clock, char[] password) {
        folder.ensureExists();
        if (java.nio.file.Files.exists(folder.root().resolve(org.normdesk.store.DatabaseBackup.DATABASE_FILE))) {
            throw new org.normdesk.store.StoreException("db.encryption.exists", "The folder " + folder.root()
                    + " holds a register already; encrypt it in Settings instead", folder.root().toString());
        }
        org.normdesk.store.DatabaseKey key = org.normdesk.store.DatabaseKey.create(password);
        key.writeTo(folder.root());
        try {
            return open(DatabaseConfig.embedded(folder.root(), key), folder.attachments(), null, clock,
                    CurrentUser.osUser());
        } catch (RuntimeException e) {
            try {
                java.nio.file.Files.deleteIfExists(folder.root().resolve(org.normdesk.store.DatabaseKey.FILE_NAME));
            } catch (java.io.IOException ignored) {
                // the register was not created; a key file alone is harmless and replaced next time
            }
            throw e;
        }
    }

    /**
     * Encrypts this PC's own register with a key derived from {@code password} (an administrator's operation): the
     * register is closed, copied into an encrypted file, verified and swapped in (see
     * {@link org.normdesk.store.DatabaseEncryption}); the on-disk search index is deleted (an encrypted register keeps
     * it in memory). Returns the encrypted register, opened for the same user, with the change audited. This
     * workspace is closed either way; after a failure the caller opens the register again.
     */
    public Workspace encryptAndReopen(DataFolder folder, char[] password, Progress progress) {
        currentUser.require(org.normdesk.domain.account.Role.ADMIN, "encrypt the register");
        DatabaseConfig plain = DatabaseConfig.embedded(folder.root());
        if (database.kind() != DatabaseKind.H2 || database.config().encrypted()
                || !database.config().jdbcUrl().equals(plain.jdbcUrl())) {
            throw new org.normdesk.store.StoreException("db.encryption.onlyEmbedded",
                    "Only this PC's own unencrypted register can be encrypted");
        }
        org.normdesk.store.DatabaseKey key = org.normdesk.store.DatabaseKey.create(password);
        close();
        try {
            org.normdesk.store.DatabaseEncryption.encrypt(folder.root(), key,
                    (done, total, stage) -> progress.update(done, total, stage));
        } catch (RuntimeException e) {
            reopenAfterFailure(e, plain);
            throw e;
        }
        deleteFolder(folder.searchIndex(plain.displayUrl(), true));
        Workspace reopened = open(DatabaseConfig.embedded(folder.root(), key), attachmentsFolder, null, clock,
                currentUser);
        reopened.database.transaction(() -> reopened.audit.record("register.encrypt", "register", null,
                java.util.Map.of("encrypted", false), java.util.Map.of("encrypted", true, "cipher", "AES")));
        replaced(reopened);
        return reopened;
    }

    /**
     * Changes the password of this PC's encrypted register (an administrator's operation). A wrong
     * {@code oldPassword} is refused before anything is closed or touched. Otherwise the register is closed,
     * re-encrypted in a copy, verified, the audit entry written into the copy, and the copy swapped in (see
     * {@link org.normdesk.store.DatabaseEncryption#changePassword}). Returns the register reopened with the new
     * password for the same user. This workspace is closed once the change starts; after a failure the caller opens
     * the register again (with the old password, unless the change had got past its verified copy).
     */
    public Workspace changePasswordAndReopen(DataFolder folder, char[] oldPassword, char[] newPassword,
                                             Progress progress) {
        currentUser.require(org.normdesk.domain.account.Role.ADMIN, "change the register password");
        if (database.kind() != DatabaseKind.H2 || !database.config().encrypted()
                || !database.config().jdbcUrl().startsWith(DatabaseConfig.embedded(folder.root()).jdbcUrl() + ";")) {
            throw new org.normdesk.store.StoreException("db.encryption.notEncrypted", "The register in "
                    + folder.root() + " is not encrypted", folder.root().toString());
        }
        org.normdesk.store.DatabaseKey oldKey = org.normdesk.store.DatabaseKey.unlock(folder.root(), oldPassword);
        org.normdesk.store.DatabaseKey.requireStrongEnough(newPassword);
        org.normdesk.store.DatabaseKey newKey = org.normdesk.store.DatabaseKey.create(newPassword);
        close();
        try {
            org.normdesk.store.DatabaseEncryption.changePassword(folder.root(), oldKey, newKey,
                copy -> new AuditService(copy, clock, currentUser).record("register.changePassword", "register",
                        null, java.util.Map.of("key", "previous"), java.util.Map.of("key", "new", "cipher", "AES")),
                    (done, total, stage) -> progress.update(done, total, stage));
        } catch (RuntimeException e) {
            // before its copy was ready the old password still opens the register; after, the new one does
            try {
                org.normdesk.store.DatabaseEncryption.finishInterruptedChange(folder.root());
            } catch (RuntimeException unfinished) {
                e.addSuppressed(unfinished);
            }
            reopenAfterFailure(e, DatabaseConfig.embedded(folder.root(), oldKey),
                    DatabaseConfig.embedded(folder.root(), newKey));
            throw e;
        }
        Workspace reopened = open(DatabaseConfig.embedded(folder.root(), newKey), attachmentsFolder, null, clock,
                currentUser);
        replaced(reopened);
        return reopened;
    }

    /** Who hears of the workspace that replaces this one (the window, which then shows the reopened register). */
    private volatile java.util.function.Consumer<Workspace> replacedListener = next -> { };

    /** {@code listener} gets the workspace that replaces this one after encrypting or a password change. */
    public void setReplacedListener(java.util.function.Consumer<Workspace> listener) {
        this.replacedListener = listener == null ? next -> { } : listener;
    }

    private void replaced(Workspace next) {
        next.replacedListener = replacedListener;
        replacedListener.accept(next);
    }

    /** After a failed encryption or password change the register is opened again as it was, when it can be. */
    private void reopenAfterFailure(RuntimeException failure, DatabaseConfig... configs) {
        for (DatabaseConfig config : configs) {
            try {
                replaced(open(config, attachmentsFolder, config.encrypted() ? null : indexFolder, clock, currentUser));
                return;
            } catch (RuntimeException again) {
                failure.addSuppressed(again);
            }
        }
    }

    /**
     * This PC's own data folder when this workspace is its embedded register; empty for a shared server (or a
     * register opened from elsewhere), which cannot be encrypted here.
     */
    public java.util.Optional<DataFolder> ownFolder() {
        Path root = attachmentsFolder.toAbsolutePath().getParent();
        if (database.kind() != DatabaseKind.H2 || root == null) {
            return java.util.Optional.empty();
        }
        String plain = DatabaseConfig.embedded(root).jdbcUrl();
        String url = database.config().jdbcUrl();
        return url.equals(plain) || url.startsWith(plain + ";")
                ? java.util.Optional.of(new DataFolder(root)) : java.util.Optional.empty();
    }

    /** True when this register is encrypted (its file needs the password to open). */
    public boolean encrypted() {
        return database.config().encrypted();
    }

    private static void deleteFolder(Path folder) {
        if (!java.nio.file.Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(Workspace.class).warn("Cannot delete the old search index {}", folder, e);
        }
    }

    /** Refuses a register password shorter than 8 characters ({@code db.encryption.passwordTooShort}). */
    public static void requireStrongEnough(char[] password) {
        org.normdesk.store.DatabaseKey.requireStrongEnough(password);
    }

    /** True when this PC's own register is encrypted (it then needs its password to open). */
    public static boolean isEncrypted(DataFolder folder) {
        // whether it is encrypted is only known once a restore cut off half-way has been finished
        org.normdesk.service.backup.BackupService.finishInterruptedRestore(folder.root());
        // and so is a password change cut off after its re-encrypted copy was verified
        org.normdesk.store.DatabaseEncryption.finishInterruptedChange(folder.root());
        return org.normdesk.store.DatabaseKey.isEncrypted(folder.root());
    }

    /** A shared register on a database server; the password is used for this connection only. */
    public static Workspace openShared(String jdbcUrl, String user, String password, Path attachments, Clock clock) {
        return openShared(jdbcUrl, user, password, attachments, null, clock);
    }

    /** As above, keeping this workstation's search index of the shared register in {@code indexFolder}. */
    public static Workspace openShared(String jdbcUrl, String user, String password, Path attachments,
                                       Path indexFolder, Clock clock) {
        return open(new DatabaseConfig(jdbcUrl, user, password), attachments, indexFolder, clock,
                CurrentUser.osUser());
    }

    /** The search box, facets and pages of the register; the index is opened (or built) when first needed. */
    public synchronized SearchService search() {
        if (search == null) {
            search = new SearchService(database, indexFolder, database.config().displayUrl());
        }
        return search;
    }

    private synchronized SearchService openedSearch() {
        return search;
    }

    /** Who this workspace acts for; sign-in replaces the principal. */
    public CurrentUser currentUser() {
        return currentUser;
    }

    /** Local accounts and sign-in. */
    public AccountService accounts() {
        return accounts;
    }

    public SavedViewService views() {
        return views;
    }

    /** Exports of the register (a saved view or any filter) to .xlsx and .csv. */
    public RegisterExportService exports(Messages messages) {
        return new RegisterExportService(search(), messages);
    }

    /** Backups of the embedded register (database + attachments); daily ones go to the data folder's backups/. */
    public org.normdesk.service.backup.BackupService backups() {
        return new org.normdesk.service.backup.BackupService(database, attachmentsFolder,
                attachmentsFolder.resolveSibling("backups"), clock, currentUser, () -> java.util.Map.of(
                        "documents", (long) register.count(), "issuers", (long) register.issuers().size(),
                        "filings", (long) demo.filingCount(), "auditEntries", audit.count()));
    }

    /** Offline exchange packages (.ndpkg) between a county and the city. */
    public org.normdesk.service.transfer.PackageService packages() {
        return new org.normdesk.service.transfer.PackageService(database, attachmentsFolder, settings, clock,
                currentUser);
    }

    /** Imports of existing Excel/CSV ledgers (台账) into the register. */
    public org.normdesk.service.exchange.LedgerImportService ledgerImport() {
        return new org.normdesk.service.exchange.LedgerImportService(database, register, clock, currentUser);
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

    /** The validity rules (years, reminders) as a setting of the register. */
    public ValiditySettings validity() {
        return validity;
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

    /** 备案审查: the review queue, checklists, opinions and correction follow-up. */
    public ReviewService reviews() {
        return reviews;
    }

    /** Saved views of the review queue, with live counts. */
    public org.normdesk.service.review.ReviewViewService reviewViews() {
        return reviewViews;
    }

    /** The 审查意见书 as .docx and PDF. */
    /** Installing a bureau's own rule pack, or going back to the shipped one. */
    public RulePackService rulePacks() {
        return rulePacks;
    }

    public ReviewLetters reviewLetters() {
        return reviewLetters;
    }

    /** Review: a document's electronic text and the offline legality hints. */
    public HintService hints() {
        return hints;
    }

    /** Filing packages of upward filings: the 备案报告, the materials, the checklist. */
    public UpwardPackages upwardPackages() {
        return upwardPackages;
    }

    public AuditService audit() {
        return audit;
    }

    public DatabaseInfo info() {
        return new DatabaseInfo(database.kind().name(), database.config().displayUrl(), database.schemaVersion(),
                register.count(), demo.filingCount());
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        SearchService opened = openedSearch();
        if (opened != null) {
            opened.close();
        }
        database.close();
    }
}
