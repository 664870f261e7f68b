package org.normdesk.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.WorkstationPreferences;
import org.normdesk.ui.account.SignInDialog;
import org.normdesk.ui.account.SignInViewModel;
import org.normdesk.ui.common.Dialogs;
import org.normdesk.ui.common.FileOpener;
import org.normdesk.ui.common.FileTargets;
import org.normdesk.ui.common.UiStyle;
import org.normdesk.ui.common.ViewLoader;
import org.normdesk.ui.register.ExpiryWatch;
import org.normdesk.ui.register.RegisterSection;
import org.normdesk.ui.register.RegisterViewModel;
import org.normdesk.ui.task.BackgroundJob;
import org.normdesk.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Builds the main window and wires the views to their view-models: shows at once, opens the register in the
 * background, offers the demo register when it is empty, then fills the register view.
 */
public final class MainWindow {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    private final Messages messages;
    private final Clock clock;
    private final DemoSource demo;
    private final Prompts prompts;
    private final Path exportFolder;
    private final FileOpener opener;
    private final WorkstationPreferences preferences;
    private final MainWindowViewModel vm;
    private final MainWindowView view;
    private final Scene scene;
    private RegisterViewModel registerVm;
    private RegisterSection registerSection;
    private javafx.util.Duration expiryCheckEvery = ExpiryWatch.DEFAULT_CHECK_EVERY;
    private FileTargets files = FileTargets.dialogs();
    private org.normdesk.ui.common.FileChoices fileChoices = org.normdesk.ui.common.FileChoices.dialogs();
    private org.normdesk.ui.help.HelpWindow guide;
    private Path packageToOpen;

    public MainWindow(Messages messages, TaskRunner runner, Clock clock, DemoSource demo, Prompts prompts) {
        this(messages, runner, clock, demo, prompts, null, FileOpener.desktop(), WorkstationPreferences.inMemory());
    }

    public MainWindow(Messages messages, TaskRunner runner, Clock clock, DemoSource demo, Prompts prompts,
                      Path exportFolder, FileOpener opener) {
        this(messages, runner, clock, demo, prompts, exportFolder, opener, WorkstationPreferences.inMemory());
    }

    public MainWindow(Messages messages, TaskRunner runner, Clock clock, DemoSource demo, Prompts prompts,
                      WorkstationPreferences preferences) {
        this(messages, runner, clock, demo, prompts, null, FileOpener.desktop(), preferences);
    }

    /**
     * @param exportFolder where printed letters go; null for {@code exports} beside the register's templates
     *                     folder (the data folder of an embedded register)
     * @param opener       opens a printed letter with the OS's default application
     * @param preferences  this PC's own preferences, which the settings section shows and changes
     */
    public MainWindow(Messages messages, TaskRunner runner, Clock clock, DemoSource demo, Prompts prompts,
                      Path exportFolder, FileOpener opener, WorkstationPreferences preferences) {
        this.preferences = preferences;
        this.messages = messages;
        this.clock = clock;
        this.demo = demo;
        this.prompts = prompts;
        this.exportFolder = exportFolder;
        this.opener = opener;
        this.vm = new MainWindowViewModel(messages, runner);
        this.view = ViewLoader.load("/shell/MainWindow.fxml", messages, new MainWindowView(vm)).controller();
        this.scene = UiStyle.scene(view.root());
        view.installShortcuts(scene);
        view.setHelpActions(this::showGuide, () -> Dialogs.info(window(), messages, messages.get("help.about"),
                messages.format("help.aboutText", org.normdesk.ui.crash.CrashReport.appVersion(),
                        System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?"))));
    }

    /** The user guide's window; one, brought to the front when asked for again. */
    public void showGuide() {
        if (guide == null) {
            guide = new org.normdesk.ui.help.HelpWindow(org.normdesk.ui.help.HelpGuide.load(messages), messages, window());
        }
        guide.show();
    }

    public void show(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        stage.setWidth(Math.min(screen.getWidth() * 0.9, 1600));
        stage.setHeight(Math.min(screen.getHeight() * 0.9, 1000));
        stage.show();
    }

    /** Opens the register with {@code opener} (run off the FX thread). */
    public void open(BackgroundJob<Workspace> opener) {
        open(opener, text -> prompts.openFailed(window(), text));
    }

    /** Opens the register with {@code opener}; {@code onFailed} gets the sentence on the FX thread if it fails. */
    public void open(BackgroundJob<Workspace> opener, java.util.function.Consumer<String> onFailed) {
        vm.open(opener, demo, this::opened, onFailed);
    }

    private void opened(MainWindowViewModel.Opened opened) {
        Workspace ws = opened.workspace();
        // a register with accounts: sign in first (or only look); the views are built afterwards either way
        if (ws.accounts().signInRequired() && !ws.currentUser().isSignedIn()) {
            SignInViewModel signIn = new SignInViewModel(ws.accounts(), messages, vm.runner());
            SignInDialog.show(window(), signIn, messages, principal -> {
                vm.notify(principal != null ? signIn.welcome(principal) : messages.get("signIn.readOnly"));
                showRegister(opened);
            });
            return;
        }
        showRegister(opened);
    }

    private void showRegister(MainWindowViewModel.Opened opened) {
        Workspace ws = opened.workspace();
        registerSection = RegisterSection.create(ws, messages, vm.runner(), vm::notify, clock);
        registerVm = registerSection.viewModel();
        registerSection.enableLedgerImport(fileChoices);
        registerSection.enablePackages(fileChoices, clock);
        registerVm.detail().setAuditTrail(ws.audit());
        registerVm.totalDocumentsProperty().addListener((obs, old, now) -> vm.documentCountProperty().set(now.intValue()));
        view.setRegisterView(registerSection.root(), registerSection.view());
        Path exports = exportFolder != null ? exportFolder
                : ws.print().userTemplateFolder().resolveSibling("exports");
        SectionViews.Context context = new SectionViews.Context(ws, messages, vm.runner(), vm::notify, clock, exports,
                opener, preferences, registerVm::query, files);
        // each workflow's view is built when its section is first chosen, not while the register opens
        SectionViews.all().forEach((section, factory) -> view.setSectionFactory(section, () -> factory.create(context)));
        // a dashboard item of an upward filing leads to its line in the 向上报备 section
        view.root().addEventHandler(org.normdesk.ui.upward.UpwardOpenEvent.OPEN, e -> {
            boolean built = view.isSectionBuilt(Section.UPWARD);
            vm.sectionProperty().set(Section.UPWARD);
            if (!built) {
                // the section's view was built just now, after the event had passed where it listens: once more
                view.root().fireEvent(new org.normdesk.ui.upward.UpwardOpenEvent(e.upwardId()));
            }
        });
        registerSection.start(expiryCheckEvery);
        // encrypting the register or changing its password closes it and hands over the reopened one
        ws.setReplacedListener(next -> javafx.application.Platform.runLater(() -> reopened(next)));
        // no database question on the FX thread: a register with accounts never has the all-roles single user
        if (!ws.currentUser().isSingleUser()) {
            view.setSignOut(() -> signOut(ws));
        }
        if (packageToOpen != null) {
            // a double-clicked .ndpkg: its import dialog, over the register that is now open
            Path file = packageToOpen;
            packageToOpen = null;
            javafx.application.Platform.runLater(() -> registerSection.openPackage(file));
        } else if (opened.registerEmpty() && opened.demoAvailable() && prompts.offerDemo(window())) {
            vm.loadDemo(demo, registerSection::documentsCameIn);
            return;
        }
        vm.demoNotLoaded();
    }

    /** The register reopened (encrypted, or with a new password): the views are built again over it. */
    private void reopened(Workspace next) {
        if (registerSection != null) {
            registerSection.stop();
        }
        vm.open(progress -> next, DemoSource.none(), this::opened, text -> prompts.openFailed(window(), text));
    }

    /**
     * An exchange package to import once the register is open (and the user signed in): the app was started to
     * open it, e.g. by a double click on the .ndpkg file. Set before {@link #open}.
     */
    public void openPackageOnceOpen(Path file) {
        this.packageToOpen = file;
    }

    /**
     * 注销: the user is signed out at once (the services refuse changes from then on) and the sign-in dialog shows
     * again; the next user signs in, or only looks.
     */
    private void signOut(Workspace ws) {
        if (vm.overlayProperty().get()) {
            return;
        }
        String was = ws.currentUser().name();
        ws.currentUser().signOut();
        vm.notify(messages.format("shell.signedOut", was));
        SignInViewModel signIn = new SignInViewModel(ws.accounts(), messages, vm.runner());
        SignInDialog.show(window(), signIn, messages,
                principal -> vm.notify(principal != null ? signIn.welcome(principal) : messages.get("signIn.readOnly")));
    }

    /** Where exports go; the folder dialog unless set (before {@link #open}) to something else, e.g. in tests. */
    public void setFileTargets(FileTargets files) {
        this.files = files;
    }

    /** Which files to open and where to save them (the ledger import); set before {@link #open}, e.g. in tests. */
    public void setFileChoices(org.normdesk.ui.common.FileChoices choices) {
        this.fileChoices = choices;
    }

    /** How often automatic expiry looks for a new day; set before {@link #open}, e.g. shorter in tests. */
    public void setExpiryCheckInterval(javafx.util.Duration every) {
        this.expiryCheckEvery = every;
    }

    /** Closes the register; called when the app ends, after the window has gone. */
    public void close() {
        if (registerSection != null) {
            registerSection.stop();
        }
        Workspace ws = vm.workspaceProperty().get();
        if (ws != null) {
            try {
                ws.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the register failed", e);
            }
        }
    }

    /** The main window, once shown; owner of the start-up dialogs. */
    public Window window() {
        return scene.getWindow();
    }

    public Scene scene() {
        return scene;
    }

    public MainWindowViewModel viewModel() {
        return vm;
    }

    /** Null until the register is open. */
    public RegisterViewModel registerViewModel() {
        return registerVm;
    }

    /** The questions and alerts of the start-up; tests answer them without a dialog. */
    public interface Prompts {
        boolean offerDemo(Window owner);

        void openFailed(Window owner, String message);

        static Prompts dialogs(Messages messages) {
            return new Prompts() {
                @Override
                public boolean offerDemo(Window owner) {
                    return Dialogs.confirm(owner, messages, messages.get("shell.demo.title"),
                            messages.get("shell.demo.header"), messages.get("shell.demo.question"));
                }

                @Override
                public void openFailed(Window owner, String message) {
                    Dialogs.error(owner, messages, messages.get("shell.openFailed"), message);
                }
            };
        }
    }
}
