package org.normdesk.ui.upward;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.normdesk.domain.account.Role;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.upward.UpwardPackages;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.common.FileOpener;
import org.normdesk.ui.task.BackgroundJob;
import org.normdesk.ui.task.TaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The 向上报备 section: the unit's own documents with their destinations (filtered as you choose), and for the
 * chosen line its materials checklist, the filing package and the moves 待报送 → 已报送 → 已回执 / 被退回补正 →
 * 已重新报送. Every service call runs through the {@link TaskRunner}; the service checks roles and refuses bad
 * input, the view shows its message.
 */
public final class UpwardViewModel {
    private final Workspace ws;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<String> notifier;
    private final Clock clock;
    private final Path exportFolder;
    private final FileOpener opener;

    private final ObservableList<UpwardRow> rows = FXCollections.observableArrayList();
    private final FilteredList<UpwardRow> shown = new FilteredList<>(rows, r -> true);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final BooleanProperty dueSoonOnly = new SimpleBooleanProperty();
    private final ObjectProperty<String> destinationFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> yearFilter = new SimpleObjectProperty<>();
    private final ObservableList<String> destinationChoices = FXCollections.observableArrayList();
    private final ObservableList<Integer> yearChoices = FXCollections.observableArrayList();
    private final StringProperty countText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final ObjectProperty<UpwardRow> current = new SimpleObjectProperty<>();
    private final ObservableList<UpwardPackages.Item> checklist = FXCollections.observableArrayList();
    private final ObservableList<String> addableDestinations = FXCollections.observableArrayList();
    private final ObjectProperty<String> destinationToAdd = new SimpleObjectProperty<>();
    private final ObjectProperty<MaterialKind> attachKind = new SimpleObjectProperty<>(MaterialKind.OFFICIAL_TEXT);
    private final StringProperty packageText = new SimpleStringProperty("");
    private final ObjectProperty<UpwardPackages.Package> lastPackage = new SimpleObjectProperty<>();
    private final StringProperty sentOn = new SimpleStringProperty("");
    private final ObjectProperty<FilingChannel> sentHow = new SimpleObjectProperty<>(FilingChannel.PAPER);
    private final StringProperty receiptOn = new SimpleStringProperty("");
    private final StringProperty feedback = new SimpleStringProperty("");

    private final ObservableList<Issuer> ownIssuers = FXCollections.observableArrayList();
    private final StringProperty newTitle = new SimpleStringProperty("");
    private final StringProperty newNumber = new SimpleStringProperty("");
    private final ObjectProperty<DocumentType> newType = new SimpleObjectProperty<>(DocumentType.GOVERNMENT_RULE);
    private final ObjectProperty<Issuer> newIssuer = new SimpleObjectProperty<>();
    private final StringProperty newPublished = new SimpleStringProperty("");
    private final StringProperty newEffective = new SimpleStringProperty("");

    private String wanted;
    /** While the list is replaced the table's passing selections are not the user's choice. */
    private boolean showing;

    public UpwardViewModel(Workspace ws, Messages messages, TaskRunner runner, Consumer<String> notifier, Clock clock,
                           Path exportFolder, FileOpener opener) {
        this.ws = ws;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
        this.clock = clock;
        this.exportFolder = exportFolder;
        this.opener = opener;
        searchText.addListener((o, a, b) -> applyFilter());
        overdueOnly.addListener((o, a, b) -> applyFilter());
        dueSoonOnly.addListener((o, a, b) -> applyFilter());
        destinationFilter.addListener((o, a, b) -> applyFilter());
        yearFilter.addListener((o, a, b) -> applyFilter());
        resetDates();
    }

    // --- the list --------------------------------------------------------------------------------------------

    /** Reads the list again, keeping the chosen line. */
    public void refresh() {
        load(messages.get("upward.loading"), progress -> null, null);
    }

    /** Shows one upward filing (from the dashboard): clears the filters that would hide it and chooses it. */
    public void focus(long upwardId) {
        overdueOnly.set(false);
        dueSoonOnly.set(false);
        destinationFilter.set(null);
        yearFilter.set(null);
        searchText.set("");
        wanted = "u" + upwardId;
        refresh();
    }

    private void applyFilter() {
        String text = searchText.get() == null ? "" : searchText.get().strip();
        String destination = destinationFilter.get();
        Integer year = yearFilter.get();
        shown.setPredicate(r -> (!overdueOnly.get() || r.overdue())
                && (!dueSoonOnly.get() || r.dueSoon())
                && (destination == null || destination.equals(r.destination()))
                && (year == null || year.equals(r.year()))
                && (text.isEmpty() || r.title().contains(text) || (r.docNumber() != null && r.docNumber().contains(text))));
        long overdue = rows.stream().filter(UpwardRow::overdue).count();
        long soon = rows.stream().filter(UpwardRow::dueSoon).count();
        countText.set(messages.format("upward.count", shown.size(), rows.size(), overdue, soon));
    }

    /** Chooses a line and reads its checklist and the destinations that may still be added. */
    public void select(UpwardRow row) {
        if (showing) {
            return;
        }
        if (row == null) {
            current.set(null);
            return;
        }
        if (current.get() != null && current.get().key().equals(row.key())) {
            return;
        }
        wanted = row.key();
        current.set(row);
        runner.run(messages.get("upward.loading"), progress -> detail(row), this::showDetail, this::failed);
    }

    // --- actions ---------------------------------------------------------------------------------------------

    /** Proposes the destinations the routing rules give for the chosen own document. */
    public void propose() {
        UpwardRow row = current.get();
        if (row == null) {
            return;
        }
        act(messages.get("upward.saving"), progress -> {
            List<UpwardFiling> filings = ws.upward().propose(row.documentId());
            wanted = filings.isEmpty() ? wanted : "u" + filings.get(0).id();
            return messages.format("upward.done.proposed", row.title(), filings.size());
        });
    }

    /** Registers a new own document and proposes its destinations; nothing is kept when it is refused. */
    public void registerOwn() {
        Issuer issuer = newIssuer.get();
        DocumentInput input = new DocumentInput(newTitle.get(), newNumber.get(),
                issuer == null ? List.of() : List.of(issuer.id()), newType.get(), null, null, newPublished.get(),
                blankToNull(newEffective.get()), null, null);
        act(messages.get("upward.saving"), progress -> {
            List<UpwardFiling> filings = ws.upward().registerOwn(input);
            wanted = "u" + filings.get(0).id();
            return messages.format("upward.done.registered", input.title(), filings.size());
        }, () -> {
            newTitle.set("");
            newNumber.set("");
            newPublished.set("");
            newEffective.set("");
        });
    }

    public void addDestination() {
        UpwardRow row = current.get();
        String destination = destinationToAdd.get();
        if (row == null || destination == null) {
            error.set(messages.get("upward.destination.choose"));
            return;
        }
        act(messages.get("upward.saving"), progress -> {
            List<UpwardFiling> filings = ws.upward().addDestination(row.documentId(), destination);
            filings.stream().filter(f -> f.destination().equals(destination)).findFirst()
                    .ifPresent(f -> wanted = "u" + f.id());
            return messages.format("upward.done.destinationAdded", destination, row.title());
        });
    }

    /** Stores {@code file} as the chosen document's material of the chosen kind. */
    public void attach(Path file) {
        UpwardRow row = current.get();
        MaterialKind kind = attachKind.get();
        if (row == null || file == null) {
            return;
        }
        if (kind == null) {
            error.set(messages.get("upward.attach.chooseKind"));
            return;
        }
        act(messages.get("upward.attaching"), progress -> {
            ws.upwardPackages().attach(row.documentId(), kind, file);
            return messages.format("upward.done.attached", messages.label(kind), file.getFileName());
        });
    }

    /** Draws up the 备案报告 and the package folder and zip, and opens the letter's PDF. */
    public void preparePackage() {
        UpwardRow row = current.get();
        if (row == null || row.upwardId() == null) {
            return;
        }
        Path out = exportFolder.resolve("upward");
        runner.run(messages.get("upward.preparing"), progress -> {
            UpwardPackages.Package made = ws.upwardPackages().prepare(row.upwardId(), out);
            opener.open(made.letter().get(1));
            return made;
        }, made -> {
            lastPackage.set(made);
            packageText.set(packageText(made));
            notifier.accept(messages.format("upward.done.prepared", made.folder().getFileName()));
            reloadAfter(null);
        }, this::failed);
    }

    public void markSent() {
        UpwardRow row = current.get();
        String on = sentOn.get();
        FilingChannel how = sentHow.get();
        if (row == null || row.upwardId() == null) {
            return;
        }
        act(messages.get("upward.saving"), progress -> {
            ws.upwardPackages().markSent(row.upwardId(), row.version(), on, how);
            return messages.format("upward.done.sent", row.title(), row.destination());
        });
    }

    public void acknowledge() {
        UpwardRow row = current.get();
        String on = receiptOn.get();
        String text = blankToNull(feedback.get());
        if (row == null || row.upwardId() == null) {
            return;
        }
        act(messages.get("upward.saving"), progress -> {
            ws.upward().acknowledge(row.upwardId(), row.version(), on, text);
            return messages.format("upward.done.acknowledged", row.title(), row.destination());
        });
    }

    public void returned() {
        UpwardRow row = current.get();
        String text = blankToNull(feedback.get());
        if (row == null || row.upwardId() == null) {
            return;
        }
        act(messages.get("upward.saving"), progress -> {
            ws.upward().returned(row.upwardId(), row.version(), text);
            return messages.format("upward.done.returned", row.title(), row.destination());
        });
    }

    public void resend() {
        UpwardRow row = current.get();
        if (row == null || row.upwardId() == null) {
            return;
        }
        act(messages.get("upward.saving"), progress -> {
            ws.upward().resend(row.upwardId(), row.version());
            return messages.format("upward.done.resent", row.title(), row.destination());
        });
    }

    // --- plumbing --------------------------------------------------------------------------------------------

    private void act(String description, BackgroundJob<String> job) {
        act(description, job, () -> { });
    }

    private void act(String description, BackgroundJob<String> job, Runnable afterwards) {
        load(description, job, () -> {
            afterwards.run();
            resetDates();
        });
    }

    private void reloadAfter(Runnable afterwards) {
        load(messages.get("upward.loading"), progress -> null, afterwards);
    }

    /** Runs {@code job}, then reads the list and the chosen line's detail again, all off the FX thread. */
    private void load(String description, BackgroundJob<String> job, Runnable afterwards) {
        runner.run(description, progress -> {
            String done = job.call(progress);
            return new Loaded(done, read());
        }, loaded -> {
            error.set("");
            show(loaded.list());
            if (afterwards != null) {
                afterwards.run();
            }
            if (loaded.done() != null) {
                notifier.accept(loaded.done());
            }
        }, this::failed);
    }

    private record Listing(List<UpwardRow> rows, List<Issuer> ownIssuers, Detail detail) {
    }

    private record Detail(String key, List<UpwardPackages.Item> checklist, List<String> addable) {
    }

    private record Loaded(String done, Listing list) {
    }

    private Listing read() {
        LocalDate today = LocalDate.now(clock);
        List<UpwardRow> list = new ArrayList<>();
        ws.upward().all().forEach(f -> list.add(UpwardRow.of(f, today)));
        ws.upward().ownWithoutDestinations().forEach(d -> list.add(UpwardRow.unproposed(d)));
        // what needs doing first: overdue and due soonest, then the documents without destinations, then the sent
        list.sort(Comparator.comparing((UpwardRow r) -> r.daysLeft() == null ? 1 : 0)
                .thenComparing(r -> r.daysLeft() == null ? 0 : r.daysLeft())
                .thenComparing(r -> r.state() == null ? 0 : 1)
                .thenComparing(UpwardRow::publishedDate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(UpwardRow::title)
                .thenComparing(r -> r.destination() == null ? "" : r.destination()));
        Set<Long> own = ws.settings().unit().ownIssuerIds();
        List<Issuer> issuers = ws.register().issuers().stream().filter(i -> own.contains(i.id())).toList();
        UpwardRow chosen = wanted == null ? null
                : list.stream().filter(r -> r.key().equals(wanted)).findFirst().orElse(null);
        return new Listing(list, issuers, chosen == null ? null : detail(chosen));
    }

    private Detail detail(UpwardRow row) {
        if (row.upwardId() == null) {
            return new Detail(row.key(), List.of(), List.of());
        }
        List<String> present = ws.upward().forDocument(row.documentId()).stream().map(UpwardFiling::destination).toList();
        List<String> addable = ws.upward().allowedDestinations(row.documentId()).stream()
                .filter(d -> !present.contains(d)).toList();
        return new Detail(row.key(), ws.upwardPackages().checklist(row.upwardId()).items(), addable);
    }

    private void show(Listing list) {
        showing = true;
        try {
            showListing(list);
        } finally {
            showing = false;
        }
    }

    private void showListing(Listing list) {
        rows.setAll(list.rows());
        List<String> destinations = list.rows().stream().map(UpwardRow::destination).filter(Objects::nonNull)
                .distinct().sorted().toList();
        List<Integer> years = list.rows().stream().map(UpwardRow::year).filter(Objects::nonNull).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        String keepDestination = destinationFilter.get();
        Integer keepYear = yearFilter.get();
        destinationChoices.setAll(destinations);
        yearChoices.setAll(years);
        destinationFilter.set(destinations.contains(keepDestination) ? keepDestination : null);
        yearFilter.set(years.contains(keepYear) ? keepYear : null);
        ownIssuers.setAll(list.ownIssuers());
        if (newIssuer.get() == null || !list.ownIssuers().contains(newIssuer.get())) {
            newIssuer.set(list.ownIssuers().isEmpty() ? null : list.ownIssuers().get(0));
        }
        applyFilter();
        UpwardRow chosen = wanted == null ? null
                : list.rows().stream().filter(r -> r.key().equals(wanted)).findFirst().orElse(null);
        current.set(chosen);
        if (list.detail() != null) {
            showDetail(list.detail());
        } else {
            checklist.clear();
            addableDestinations.clear();
        }
    }

    private void showDetail(Detail detail) {
        if (current.get() == null || !current.get().key().equals(detail.key())) {
            return;
        }
        checklist.setAll(detail.checklist());
        addableDestinations.setAll(detail.addable());
        destinationToAdd.set(detail.addable().isEmpty() ? null : detail.addable().get(0));
        UpwardPackages.Package made = lastPackage.get();
        if (made == null || made.checklist().upwardId() != (current.get().upwardId() == null ? -1 : current.get().upwardId())) {
            packageText.set("");
        }
    }

    private String packageText(UpwardPackages.Package made) {
        List<MaterialKind> missing = made.checklist().missingRequired();
        return missing.isEmpty() ? messages.format("upward.package.ready", made.folder(), made.zip().getFileName())
                : messages.format("upward.package.incomplete", made.folder(),
                missing.stream().map(messages::label).collect(java.util.stream.Collectors.joining("、")));
    }

    private void resetDates() {
        sentOn.set(messages.date(LocalDate.now(clock)));
        receiptOn.set(messages.date(LocalDate.now(clock)));
        feedback.set("");
    }

    private void failed(Throwable t) {
        error.set(ErrorText.of(t, messages));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether the signed-in user may file upward (the service requires a 登记员). */
    public boolean canAct() {
        return ws.currentUser().principal().has(Role.REGISTRAR);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- properties ------------------------------------------------------------------------------------------

    public Messages messages() {
        return messages;
    }

    public ObservableList<UpwardRow> rows() {
        return rows;
    }

    public ObservableList<UpwardRow> shown() {
        return shown;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public BooleanProperty dueSoonOnlyProperty() {
        return dueSoonOnly;
    }

    public ObjectProperty<String> destinationFilterProperty() {
        return destinationFilter;
    }

    public ObjectProperty<Integer> yearFilterProperty() {
        return yearFilter;
    }

    public ObservableList<String> destinationChoices() {
        return destinationChoices;
    }

    public ObservableList<Integer> yearChoices() {
        return yearChoices;
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<UpwardRow> currentProperty() {
        return current;
    }

    public ObservableList<UpwardPackages.Item> checklist() {
        return checklist;
    }

    public ObservableList<String> addableDestinations() {
        return addableDestinations;
    }

    public ObjectProperty<String> destinationToAddProperty() {
        return destinationToAdd;
    }

    public ObjectProperty<MaterialKind> attachKindProperty() {
        return attachKind;
    }

    public StringProperty packageTextProperty() {
        return packageText;
    }

    public ObjectProperty<UpwardPackages.Package> lastPackageProperty() {
        return lastPackage;
    }

    public StringProperty sentOnProperty() {
        return sentOn;
    }

    public ObjectProperty<FilingChannel> sentHowProperty() {
        return sentHow;
    }

    public StringProperty receiptOnProperty() {
        return receiptOn;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public ObservableList<Issuer> ownIssuers() {
        return ownIssuers;
    }

    public StringProperty newTitleProperty() {
        return newTitle;
    }

    public StringProperty newNumberProperty() {
        return newNumber;
    }

    public ObjectProperty<DocumentType> newTypeProperty() {
        return newType;
    }

    public ObjectProperty<Issuer> newIssuerProperty() {
        return newIssuer;
    }

    public StringProperty newPublishedProperty() {
        return newPublished;
    }

    public StringProperty newEffectiveProperty() {
        return newEffective;
    }
}
