package org.normdesk.ui.filing;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.normdesk.domain.common.TextNormalizer;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.FormalCheckDecision;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.Workspace;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.IntakeRow;
import org.normdesk.service.filing.UnfiledDocument;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Choice;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.common.FileOpener;
import org.normdesk.ui.task.TaskRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The filing section (登记): the intake queue with its filters, the "today" panel (due this week, overdue),
 * the 漏报 list, the selected filing's detail, the formal-check actions and the printed letters.
 */
public final class IntakeViewModel {
    /** The open filings the clerk works on: waiting for the formal check or for the corrected package. */
    public static final Set<FilingState> OPEN_INTAKE = EnumSet.of(FilingState.RECEIVED,
            FilingState.RETURNED_FOR_CORRECTION);
    /** Filings not concluded yet: the intake ones and those registered or under review (their review clock runs). */
    public static final Set<FilingState> NOT_CONCLUDED = EnumSet.of(FilingState.RECEIVED,
            FilingState.RETURNED_FOR_CORRECTION, FilingState.REGISTERED, FilingState.UNDER_REVIEW);

    private final Workspace ws;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<String> notifier;
    private final Clock clock;
    private final Path exportFolder;
    private final FileOpener opener;
    private final FilingDetailViewModel detail;

    private final ObservableList<IntakeRow> rows = FXCollections.observableArrayList();
    private final FilteredList<IntakeRow> shown = new FilteredList<>(rows);
    private final ObservableList<Choice<Set<FilingState>>> stateChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Set<FilingState>>> stateChoice = new SimpleObjectProperty<>(this, "state");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ObjectProperty<IntakeRow> selected = new SimpleObjectProperty<>(this, "selected");

    private final ObservableList<IntakeRow> dueThisWeek = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper overdueCount = new ReadOnlyIntegerWrapper(this, "overdueCount");
    private final ObservableList<UnfiledDocument> unfiled = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<List<Path>> lastPrinted = new ReadOnlyObjectWrapper<>(this, "lastPrinted",
            List.of());

    private List<Issuer> issuers = List.of();
    private Set<MaterialKind> required = MaterialKind.defaultRequired();
    private long queueGeneration;
    private long panelGeneration;
    private Long selectAfterLoad;

    public IntakeViewModel(Workspace ws, Messages messages, TaskRunner runner, Consumer<String> notifier, Clock clock,
                           Path exportFolder, FileOpener opener) {
        this.ws = ws;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
        this.clock = clock;
        this.exportFolder = exportFolder;
        this.opener = opener;
        this.detail = new FilingDetailViewModel(ws.filings(), ws.settings(), messages, runner, clock);
        this.detail.setAuditTrail(ws.audit());

        stateChoices.add(new Choice<>(Set.of(), messages.get("intake.filter.stateAll")));
        stateChoices.add(new Choice<>(NOT_CONCLUDED, messages.get("intake.filter.notConcluded")));
        stateChoices.add(new Choice<>(OPEN_INTAKE, messages.get("intake.filter.open")));
        for (FilingState s : FilingState.values()) {
            stateChoices.add(new Choice<>(EnumSet.of(s), messages.label(s)));
        }
        stateChoice.set(defaultChoice());
        // the state choice asks the register (reading every concluded filing takes a while); the search
        // narrows what was read
        stateChoice.addListener((obs, old, now) -> {
            if (now != null) {
                loadQueue();
            }
        });
        searchText.addListener((obs, old, now) -> applyFilter());
        selected.addListener((obs, old, now) -> {
            if (now == null || old == null || now.filingId() != old.filingId()) {
                detail.show(now == null ? null : now.filingId());
            }
        });
    }

    /** The rows the filters let through: a state choice (empty set = all) and a search over the text columns. */
    public static Predicate<IntakeRow> filter(Set<FilingState> states, String text) {
        String needle = text == null ? "" : TextNormalizer.stripAllWhitespace(TextNormalizer.fold(text))
                .toLowerCase(Locale.ROOT);
        return row -> (states == null || states.isEmpty() || states.contains(row.state()))
                && (needle.isEmpty() || haystack(row).contains(needle));
    }

    private static String haystack(IntakeRow row) {
        String joined = String.join("\u0001", orEmpty(row.docNumber()), orEmpty(row.title()), orEmpty(row.filingUnit()),
                orEmpty(row.registrationNo()));
        return TextNormalizer.stripAllWhitespace(TextNormalizer.fold(joined)).toLowerCase(Locale.ROOT);
    }

    private void applyFilter() {
        updatePredicate();
        if (selected.get() != null && !shown.contains(selected.get())) {
            selected.set(null);
        }
    }

    private void updatePredicate() {
        shown.setPredicate(filter(states(), searchText.get()));
        countText.set(shown.size() == rows.size() ? messages.format("intake.count", rows.size())
                : messages.format("intake.countFiltered", shown.size(), rows.size()));
    }

    private Set<FilingState> states() {
        Choice<Set<FilingState>> choice = stateChoice.get();
        return choice == null ? Set.of() : choice.value();
    }

    /** Reads the queue in the chosen states, and the today panel, the 漏报 list and what the forms need. */
    public void load() {
        loadQueue();
        long request = ++panelGeneration;
        LocalDate since = unfiledSince();
        runner.run(messages.get("intake.loading"), progress -> new Panel(ws.filings().dueThisWeek(),
                ws.filings().overdue().size(), ws.filings().unfiled(since), ws.register().issuers(),
                ws.settings().unit().requiredMaterials()), panel -> {
                    if (request == panelGeneration) {
                        issuers = panel.issuers();
                        required = panel.required();
                        dueThisWeek.setAll(panel.dueThisWeek());
                        overdueCount.set(panel.overdue());
                        unfiled.setAll(panel.unfiled());
                    }
                }, this::failed);
    }

    /** Reads the queue again in the chosen states; only the newest answer fills the table. */
    private void loadQueue() {
        long request = ++queueGeneration;
        Set<FilingState> states = states();
        runner.run(messages.get("intake.loading"), progress -> ws.filings().queue(states), queue -> {
            if (request == queueGeneration) {
                fillQueue(queue);
            }
        }, this::failed);
    }

    private void fillQueue(List<IntakeRow> queue) {
        boolean asked = selectAfterLoad != null;
        Long keep = asked ? selectAfterLoad : selected.get() == null ? null : selected.get().filingId();
        error.set("");
        rows.setAll(queue);
        IntakeRow row = keep == null ? null : rows.stream().filter(r -> r.filingId() == keep).findFirst().orElse(null);
        if (row == null && asked && !states().isEmpty()) {
            // the filing asked for is in another state: read every state (comes back here)
            stateChoice.set(stateChoices.get(0));
            return;
        }
        selectAfterLoad = null;
        updatePredicate();
        if (row != null && !shown.contains(row)) {
            searchText.set(""); // the filing to show must not be hidden by the search
        }
        updatePredicate();
        selected.set(row != null && shown.contains(row) ? row : null);
        FilingView current = detail.filingProperty().get();
        if (row != null && current != null && current.filing().id() == row.filingId()
                && current.filing().version() != row.version()) {
            detail.show(row.filingId()); // someone changed the shown filing: read it again
        }
    }

    /** Shows filing {@code id} selected once the queue is read again. */
    public void select(long filingId) {
        selectAfterLoad = filingId;
        load();
    }

    /** Back to the default: every filing not concluded yet, no search. */
    public void clearFilters() {
        stateChoice.set(defaultChoice());
        searchText.set("");
    }

    /** What the queue shows at first: the filings not concluded yet, soonest deadline first. */
    private Choice<Set<FilingState>> defaultChoice() {
        return stateChoices.get(1);
    }

    /** 漏报 are looked for among documents published since the start of last year. */
    public LocalDate unfiledSince() {
        return LocalDate.now(clock).minusYears(1).withDayOfYear(1);
    }

    /** The receive form for a new filing. */
    public ReceiveDialogViewModel newReceive() {
        return new ReceiveDialogViewModel(ws.filings(), ws.register(), messages, runner, issuers, required,
                LocalDate.now(clock)).suggestValidity(ws.validity().lastKnown());
    }

    /** The receive form for a document listed as 漏报. */
    public ReceiveDialogViewModel receiveUnfiled(UnfiledDocument document) {
        return newReceive().withDocument(DocumentPick.of(document));
    }

    /** The formal-check dialog for the shown filing, or null while none is loaded. */
    public FormalCheckDialogViewModel formalCheck(FormalCheckDecision decision) {
        FilingView view = detail.filingProperty().get();
        return view == null ? null
                : new FormalCheckDialogViewModel(ws.filings(), messages, runner, view, detail.missing(), decision);
    }

    /** The re-submission form for the shown (returned) filing, or null while none is loaded. */
    public ResubmitDialogViewModel resubmit() {
        FilingView view = detail.filingProperty().get();
        return view == null ? null
                : new ResubmitDialogViewModel(ws.filings(), messages, runner, view, required, LocalDate.now(clock));
    }

    /** After a dialog changed {@code view}: say so, show it at once, and read the queue again. */
    public void saved(FilingView view) {
        notifier.accept(savedMessage(view));
        selectAfterLoad = view.filing().id();
        detail.show(view, required);
        load();
    }

    /** 打印回执: writes the receipt into the export folder and opens the PDF. */
    public void printReceipt() {
        print(messages.get("intake.print.receiptRunning"), (id, dir) -> ws.letters().receipt(id, dir));
    }

    /** 打印退回补正通知书, likewise. */
    public void printNotice() {
        print(messages.get("intake.print.noticeRunning"), (id, dir) -> ws.letters().returnNotice(id, dir));
    }

    private void print(String description, Letter letter) {
        FilingView view = detail.filingProperty().get();
        if (view == null) {
            return;
        }
        long id = view.filing().id();
        Path dir = exportFolder;
        runner.run(description, progress -> {
            Files.createDirectories(dir);
            List<Path> files = letter.write(id, dir);
            Path pdf = files.stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(files.get(0));
            String problem = null;
            try {
                opener.open(pdf);
            } catch (IOException | RuntimeException e) {
                problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            return new Printed(files, pdf, problem);
        }, printed -> {
            lastPrinted.set(printed.files());
            notifier.accept(printed.openProblem() == null
                    ? messages.format("intake.print.done", printed.pdf())
                    : messages.format("intake.print.notOpened", printed.pdf(), printed.openProblem()));
        }, this::failed);
    }

    /** What the status bar says after a dialog saved {@code view}. */
    public String savedMessage(FilingView view) {
        var doc = view.document();
        String caption = doc.docNumber() == null ? "《" + doc.title() + "》" : doc.docNumber().raw() + "《" + doc.title() + "》";
        return switch (view.filing().state()) {
            case RECEIVED -> view.submissions().size() == 1 ? messages.format("intake.saved.received", caption)
                    : messages.format("intake.saved.resubmitted", caption, view.submissions().size());
            case REGISTERED -> messages.format("intake.saved.registered", caption, view.filing().registrationNo());
            case RETURNED_FOR_CORRECTION -> messages.format("intake.saved.returned", caption);
            case REJECTED_NOT_IN_SCOPE -> messages.format("intake.saved.rejected", caption);
            default -> messages.format("intake.saved.other", caption, view.filing().state());
        };
    }

    private void failed(Throwable failure) {
        String text = ErrorText.of(failure, messages);
        error.set(text);
        notifier.accept(text);
    }

    /** "What is due" of a queue line, for the today panel: the deadline, what it is for, the document. */
    public String dueCaption(IntakeRow row) {
        String day = row.nextDue().getDayOfWeek().getDisplayName(TextStyle.SHORT, messages.locale());
        return messages.format("intake.today.dueItem", row.nextDue(), day,
                messages.get("intake.dueKind." + row.state().name()),
                row.docNumber() == null ? row.title() : row.docNumber() + " " + row.title());
    }

    public String todayText() {
        LocalDate today = LocalDate.now(clock);
        return messages.format("intake.today.title", today,
                today.getDayOfWeek().getDisplayName(TextStyle.FULL, messages.locale()));
    }

    public BooleanBinding inState(FilingState state) {
        return Bindings.createBooleanBinding(() -> detail.filingProperty().get() != null
                && detail.filingProperty().get().filing().state() == state, detail.filingProperty());
    }

    /** The shown filing has a registration number: there is a receipt to print. */
    public BooleanBinding registered() {
        return Bindings.createBooleanBinding(() -> detail.filingProperty().get() != null
                && detail.filingProperty().get().filing().registrationNo() != null, detail.filingProperty());
    }

    /** The shown filing was returned at least once: there is a notice to print. */
    public BooleanBinding everReturned() {
        return Bindings.createBooleanBinding(() -> detail.filingProperty().get() != null
                && detail.filingProperty().get().checks().stream()
                .anyMatch(c -> c.decision() == FormalCheckDecision.RETURN), detail.filingProperty());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The queue as read in the chosen states; {@link #shown()} is what the search lets through. */
    public ObservableList<IntakeRow> rows() {
        return rows;
    }

    public ObservableList<IntakeRow> shown() {
        return shown;
    }

    public ObservableList<Choice<Set<FilingState>>> stateChoices() {
        return stateChoices;
    }

    public ObjectProperty<Choice<Set<FilingState>>> stateChoiceProperty() {
        return stateChoice;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ObjectProperty<IntakeRow> selectedProperty() {
        return selected;
    }

    public ObservableList<IntakeRow> dueThisWeek() {
        return dueThisWeek;
    }

    public ReadOnlyIntegerProperty overdueCountProperty() {
        return overdueCount.getReadOnlyProperty();
    }

    public ObservableList<UnfiledDocument> unfiled() {
        return unfiled;
    }

    public FilingDetailViewModel detail() {
        return detail;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The files the last print wrote (.docx and .pdf). */
    public ReadOnlyObjectProperty<List<Path>> lastPrintedProperty() {
        return lastPrinted.getReadOnlyProperty();
    }

    public Path exportFolder() {
        return exportFolder;
    }

    public Messages messages() {
        return messages;
    }

    @FunctionalInterface
    private interface Letter {
        List<Path> write(long filingId, Path dir);
    }

    private record Printed(List<Path> files, Path pdf, String openProblem) {
    }

    private record Panel(List<IntakeRow> dueThisWeek, int overdue, List<UnfiledDocument> unfiled,
                         List<Issuer> issuers, Set<MaterialKind> required) {
    }
}
