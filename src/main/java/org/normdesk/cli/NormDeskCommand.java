package org.normdesk.cli;

import org.normdesk.domain.common.DomainException;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code normdesk}: every workflow from a script. Without a subcommand it starts the desktop app. */
@Command(name = "normdesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "NormDesk 规范性文件备案审查台账 — without a subcommand the desktop app starts.",
        subcommands = {DbInfoCommand.class, ImportDemoCommand.class, ListCommand.class, AddCommand.class,
                StatusCommand.class, HistoryCommand.class, IssuersCommand.class, AddIssuerCommand.class,
                FilingsCommand.class, CalendarCommand.class, MoveUpCommand.class, ExpireCommand.class,
                RelateCommand.class, AuditCommand.class, UpwardCommand.class, CampaignCommand.class, SearchCommand.class,
                ExportCommand.class, ViewsCommand.class, ReviewCommand.class, ReviewTextCommands.class, ImportCommand.class, UsersCommand.class, TallyCommand.class, BackupCommand.class, RestoreCommand.class,
                PackageCommand.class, EncryptCommand.class, CommandLine.HelpCommand.class})
public final class NormDeskCommand implements Callable<Integer> {
    /** Exit code for an error the user can fix (bad input, refused change). */
    public static final int USER_ERROR = 1;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: $NORMDESK_DATA_DIR, else ~/.normdesk).")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC-URL",
            description = "Shared PostgreSQL register instead of the embedded one, e.g. jdbc:postgresql://server/normdesk.")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "User for --db-url.")
    String dbUser;

    @Option(names = "--attachments", paramLabel = "DIR",
            description = "Shared attachments folder for --db-url (default: the data folder's attachments).")
    Path attachments;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of messages (default: the system's).")
    String language;

    @Option(names = "--user", paramLabel = "NAME",
            description = "Sign in as NAME (password from $NORMDESK_PASSWORD, else asked at the console); "
                    + "needed for changes once the register has accounts.")
    String user;

    @Option(names = "--db-password-stdin", description = "Read the database password (of an encrypted register, or of "
            + "--db-url) from the first line of standard input; else $NORMDESK_DB_PASSWORD, else asked at the console.")
    boolean dbPasswordStdin;

    /** Where passwords given by the environment are read; tests supply their own. */
    Function<String, String> environment = System::getenv;

    /** Standard input, for {@code --db-password-stdin}; tests supply their own. */
    java.io.InputStream stdin = System.in;
    /** The line {@code --db-password-stdin} read, once. */
    String stdinLine;
    /** Standard input once read from, so that a second line (a new password) follows the first. */
    java.io.BufferedReader stdinReader;

    @Option(names = "--smoke", description = "Start the desktop app, wait until the main window has painted and the "
            + "register is open, print the start-up times and exit (0 when it started, non-zero when not).")
    boolean smoke;

    // a double-clicked .ndpkg arrives here (installer/ndpkg.properties); the app must start rather than refuse it
    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "FILE",
            description = "A file the desktop app is asked to open (an exchange package, .ndpkg).")
    Path fileToOpen;

    private final GuiLauncher guiLauncher;
    private final Clock clock;

    public NormDeskCommand(GuiLauncher guiLauncher, Clock clock) {
        this.guiLauncher = guiLauncher;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if (smoke) {
            return guiLauncher.smoke(dataDir, language);
        }
        if (fileToOpen != null) {
            // its import dialog opens once the register is open
            org.slf4j.LoggerFactory.getLogger(NormDeskCommand.class).info("Started to open {}", fileToOpen);
            guiLauncher.launch(dataDir, language, fileToOpen.toAbsolutePath());
            return 0;
        }
        guiLauncher.launch(dataDir, language);
        return 0;
    }

    DataFolder dataFolder() {
        return DataFolder.resolve(dataDir).ensureExists();
    }

    /** The register, signed in as {@code --user} when given. */
    Workspace openWorkspace() {
        return Passwords.signIn(this, openUnsignedWorkspace());
    }

    private Workspace openUnsignedWorkspace() {
        if (dbUrl == null) {
            DataFolder folder = dataFolder();
            if (!Workspace.isEncrypted(folder)) {
                return Workspace.openEmbedded(folder, clock);
            }
            char[] password = Passwords.databasePassword(this, folder.root().toString());
            try {
                return Workspace.openEmbedded(folder, clock, password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }
        // never on the command line: it would end up in the shell history and the process list
        String password = dbPasswordStdin ? new String(Passwords.fromStdin(this)) : environment.apply("NORMDESK_DB_PASSWORD");
        if (password == null && System.console() != null) {
            char[] typed = System.console().readPassword("Password for %s: ", dbUrl);
            password = typed == null ? "" : new String(typed);
        }
        DataFolder folder = dataFolder();
        return Workspace.openShared(dbUrl, dbUser, password,
                attachments != null ? attachments : folder.attachments(),
                folder.searchIndex(dbUrl, false), clock);
    }

    Messages messages() {
        return Messages.load(Messages.chooseLocale(language, Locale.getDefault()));
    }

    Clock clock() {
        return clock;
    }

    /** Runs the command line and turns user errors into one sentence on stderr instead of a stack trace. */
    public static int run(NormDeskCommand root, String... args) {
        return run(root, null, null, args);
    }

    /** As {@link #run(NormDeskCommand, String...)}, writing to {@code out} / {@code err} when given (tests). */
    public static int run(NormDeskCommand root, PrintWriter out, PrintWriter err, String... args) {
        DesktopStart desktop = DesktopStart.parse(args);
        if (desktop != null) {
            // the desktop app's own start: no picocli model of the subcommands before the window appears
            root.dataDir = desktop.dataDir();
            root.language = desktop.language();
            root.smoke = desktop.smoke();
            root.fileToOpen = desktop.fileToOpen();
            return root.call();
        }
        CommandLine cli = new CommandLine(root);
        if (out != null) {
            cli.setOut(out);
        }
        if (err != null) {
            cli.setErr(err);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter errors = commandLine.getErr();
            ProgressLine.endUnfinished(errors);
            if (e instanceof DomainException domain) {
                errors.println(root.messages().format(domain));
                errors.flush();
                return USER_ERROR;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** Starts the desktop app; supplied by the wiring so that the CLI does not depend on the GUI. */
    @FunctionalInterface
    public interface GuiLauncher {
        void launch(Path dataDir, String language);

        /** A start to open {@code file} (an exchange package, .ndpkg) once the register is open. */
        default void launch(Path dataDir, String language, Path file) {
            launch(dataDir, language);
        }

        /** A start that ends by itself once the app is up ({@code --smoke}); returns the exit code. */
        default int smoke(Path dataDir, String language) {
            throw new UnsupportedOperationException("this launcher has no smoke start");
        }
    }
}
