package org.normdesk.ui.register;

import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.LifecycleService;
import org.normdesk.ui.common.ViewLoader;
import org.normdesk.ui.task.TaskRunner;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The 台账 section: the register table with its detail pane, its navigation (reminders and saved views with live
 * counts), and the automatic expiry that runs while the register is open. Built by the main window once the
 * register is open.
 */
public final class RegisterSection {
    private static final int CAPTIONS_IN_NOTICE = 3;

    private final RegisterViewModel viewModel;
    private final RegisterView view;
    private final Node root;
    private final ExpiryWatch expiry;
    private final Messages messages;
    private final RegisterNavigationViewModel navigation;
    private final Workspace ws;
    private final TaskRunner runner;
    private org.normdesk.ui.common.FileChoices packageFiles;

    private RegisterSection(Workspace ws, Messages messages, TaskRunner runner, Consumer<String> notifier,
                            Clock clock) {
        this.messages = messages;
        this.ws = ws;
        this.runner = runner;
        this.viewModel = new RegisterViewModel(ws.register(), messages, runner, notifier, clock);
        viewModel.setValidityRules(ws.validity()::lastKnown);
        viewModel.setLifecycle(ws.lifecycle());
        viewModel.setPointInTimeIndex(ws::search);
        this.view = new RegisterView(viewModel, clock);
        this.root = ViewLoader.load("/register/RegisterView.fxml", messages, view,
                new DocumentDetailView(viewModel.detail(), messages)).root();
        this.expiry = new ExpiryWatch(ws.lifecycle(), messages, runner, clock, this::expired, notifier);
        this.navigation = new RegisterNavigationViewModel(ws.views(), ws::search, viewModel, messages, runner, clock);
        navigation.setReminderMonths(() -> ws.validity().rules().reminderMonths());
        ws.validity().onSaved(() -> javafx.application.Platform.runLater(navigation::refresh));
        ((BorderPane) root).setLeft(ViewLoader.load("/register/RegisterNavigation.fxml", messages,
                new RegisterNavigationView(navigation)).root());
    }

    public static RegisterSection create(Workspace ws, Messages messages, TaskRunner runner,
                                         Consumer<String> notifier, Clock clock) {
        return new RegisterSection(ws, messages, runner, notifier, clock);
    }

    /** Loads the table and starts the automatic expiry (now, then on each new day). */
    public void start(Duration expiryCheckEvery) {
        viewModel.load();
        navigation.refresh();
        expiry.start(expiryCheckEvery);
    }

    public void stop() {
        expiry.stop();
    }

    private void expired(LifecycleService.DailyRun run) {
        List<String> sentences = new java.util.ArrayList<>();
        java.util.LinkedHashSet<Long> ids = new java.util.LinkedHashSet<>();
        if (!run.enteredForce().isEmpty()) {
            sentences.add(messages.format("lifecycle.enteredForce.notice", run.enteredForce().size(),
                    named(run.enteredForce())));
            run.enteredForce().forEach(d -> ids.add(d.id()));
        }
        if (!run.expired().isEmpty()) {
            sentences.add(messages.format("expiry.notice", run.expired().size(), named(run.expired())));
            run.expired().forEach(d -> ids.add(d.id()));
        }
        String scope = run.enteredForce().isEmpty() ? messages.format("expiry.scope", ids.size())
                : messages.format("lifecycle.daily.scope", ids.size());
        viewModel.showNotice(new RegisterViewModel.Notice(String.join(" ", sentences),
                Scope.documents(scope, List.copyOf(ids))));
        viewModel.registerChanged();
    }

    private String named(List<NormativeDocument> docs) {
        return String.join("、", docs.stream().limit(CAPTIONS_IN_NOTICE)
                .map(DocumentDetailViewModel::caption).toList())
                + (docs.size() > CAPTIONS_IN_NOTICE ? messages.get("expiry.notice.more") : "");
    }

    /**
     * Offers the ledger import wizard (导入台账…) on the register's toolbar; {@code files} answers its file questions.
     * After an import the table and the navigation's counts are read again.
     */
    public void enableLedgerImport(org.normdesk.ui.common.FileChoices files) {
        view.setImportLedgerAction(() -> org.normdesk.ui.exchange.LedgerImportWizard.open(
                root.getScene() == null ? null : root.getScene().getWindow(), ws.ledgerImport(), messages, runner,
                files, this::documentsCameIn));
    }

    /**
     * Offers 导入交换包… and 导出交换包… on the register's toolbar; {@code files} answers their file questions. After
     * an import that changed the register the table and the navigation's counts are read again.
     */
    public void enablePackages(org.normdesk.ui.common.FileChoices files, Clock clock) {
        this.packageFiles = files;
        view.setPackageActions(() -> openPackage(null), () -> org.normdesk.ui.exchange.PackageDialogs.openExport(
                window(), ws.packages(), ws.register(), ws.settings(), messages, runner, files, clock));
    }

    /**
     * The import dialog for {@code file} (a double-clicked .ndpkg), or, for null, for a package the user chooses.
     * Null when the packages are not offered or the user cancelled the choice.
     */
    public org.normdesk.ui.exchange.PackageImportViewModel openPackage(java.nio.file.Path file) {
        if (packageFiles == null) {
            return null;
        }
        return org.normdesk.ui.exchange.PackageDialogs.openImport(window(), file, ws.packages(), messages, runner,
                packageFiles, this::documentsCameIn);
    }

    /**
     * After a ledger, a package or the demo register came in: the table and the navigation's counts are read again,
     * and what is due by today (documents in force since, validities ended) is applied now rather than tomorrow.
     */
    public void documentsCameIn() {
        viewModel.registerChanged();
        navigation.refresh();
        expiry.runAgain();
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public RegisterViewModel viewModel() {
        return viewModel;
    }

    public RegisterView view() {
        return view;
    }

    public Node root() {
        return root;
    }

    public RegisterNavigationViewModel navigation() {
        return navigation;
    }

    public ExpiryWatch expiry() {
        return expiry;
    }
}
