package org.normdesk.ui.exchange;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.transfer.PackageManifest;
import org.normdesk.service.transfer.PackageService;
import org.normdesk.service.transfer.Reconciliation;
import org.normdesk.service.transfer.Reconciliation.Resolution;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 导入交换包: the package is checked and compared with this register in the background (nothing is written), the
 * reconciliation report is shown as counts per kind and a filterable list, each change or conflict field by field
 * (本地 beside 交换包); every conflict takes a choice (保留本地 / 采用交换包) and 应用 stays unavailable, saying why,
 * until all have one; then the package is applied in one transaction in the background and a summary shown.
 */
public final class PackageImportViewModel {
    /** A line of the report: a document of the package by its state, a gap in the serials, or a paper-only filing. */
    public enum Kind { NEW, CHANGED, UNCHANGED, CONFLICT, NUMBER_CLASH, MISSING_SERIAL, PAPER_ONLY }

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PackageService packages;
    private final Messages messages;
    private final TaskRunner runner;
    private final Runnable onImported;

    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty fileText = new SimpleStringProperty("");
    private final StringProperty headerText = new SimpleStringProperty("");
    private final ObservableList<ReportRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ReportRow> visibleRows = new FilteredList<>(rows, r -> true);
    private final ObjectProperty<Kind> kindFilter = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final Map<Kind, IntegerProperty> counts = new EnumMap<>(Kind.class);
    private final IntegerProperty unresolved = new SimpleIntegerProperty();
    /** Documents that would be written with a 文号 another document already carries: the service refuses those. */
    private final IntegerProperty blockingClashes = new SimpleIntegerProperty();
    private final ObjectProperty<ReportRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty applied = new SimpleBooleanProperty();
    private final BooleanProperty nothingToChange = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Reconciliation> report = new ReadOnlyObjectWrapper<>();
    private final StringProperty applyHint = new SimpleStringProperty("");
    private final StringProperty resultText = new SimpleStringProperty("");
    private final BooleanBinding canApply;

    private Path file;
    /** The reconciliation on show, set before its lines are counted (the report property follows after). */
    private Reconciliation shown;
    private PackageService.ApplyResult result;

    /** @param onImported runs on the FX thread after an import that changed the register */
    public PackageImportViewModel(PackageService packages, Messages messages, TaskRunner runner, Runnable onImported) {
        this.packages = packages;
        this.messages = messages;
        this.runner = runner;
        this.onImported = onImported;
        for (Kind kind : Kind.values()) {
            counts.put(kind, new SimpleIntegerProperty());
        }
        kindFilter.addListener((obs, old, now) -> refilter());
        searchText.addListener((obs, old, now) -> refilter());
        canApply = Bindings.createBooleanBinding(() -> report.get() != null && !busy.get() && !applied.get()
                        && !nothingToChange.get() && unresolved.get() == 0 && blockingClashes.get() == 0, report, busy,
                applied, nothingToChange, unresolved, blockingClashes);
        for (javafx.beans.Observable o : List.of(report, busy, applied, nothingToChange, unresolved, blockingClashes)) {
            o.addListener(x -> updateHint());
        }
    }

    /** One line of the report; a conflict carries the user's choice (null until made). */
    public static final class ReportRow {
        private final Kind kind;
        private final String key;
        private final String title;
        private final String docNumber;
        private final String detail;
        private final List<Reconciliation.FieldDiff> diffs;
        private final ObjectProperty<Resolution> resolution = new SimpleObjectProperty<>();

        ReportRow(Kind kind, String key, String title, String docNumber, String detail,
                  List<Reconciliation.FieldDiff> diffs) {
            this.kind = kind;
            this.key = key;
            this.title = title == null ? "" : title;
            this.docNumber = docNumber == null ? "" : docNumber;
            this.detail = detail;
            this.diffs = List.copyOf(diffs);
        }

        public Kind kind() {
            return kind;
        }

        /** The document's key in the sender's register (empty for serial gaps and paper-only filings). */
        public String key() {
            return key;
        }

        public String title() {
            return title;
        }

        public String docNumber() {
            return docNumber;
        }

        /** What differs (the fields' names), the missing numbers, or the paper filing's unit and date. */
        public String detail() {
            return detail;
        }

        public List<Reconciliation.FieldDiff> diffs() {
            return diffs;
        }

        public ObjectProperty<Resolution> resolutionProperty() {
            return resolution;
        }

        public boolean isConflict() {
            return kind == Kind.CONFLICT;
        }
    }

    // --- the dry run

    /** Checks {@code package} and compares it with this register in the background; writes nothing. */
    public void reconcile(Path packageFile) {
        if (packageFile == null || busy.get()) {
            return;
        }
        file = packageFile;
        fileText.set(packageFile.toAbsolutePath().toString());
        busy.set(true);
        error.set("");
        resultText.set("");
        applied.set(false);
        result = null;
        report.set(null);
        rows.clear();
        shown = null;
        counts.values().forEach(c -> c.set(0));
        unresolved.set(0);
        blockingClashes.set(0);
        runner.run(messages.format("packageImport.reading", packageFile.getFileName()),
                progress -> packages.reconcile(packageFile, progress), this::show, this::failed);
    }

    /** Shows a reconciliation (the dry run's answer): its lines, counts, header and the first line to look at. */
    void show(Reconciliation reconciled) {
        shown = reconciled;
        List<ReportRow> lines = new ArrayList<>();
        for (Kind kind : List.of(Kind.CONFLICT, Kind.NEW, Kind.CHANGED, Kind.UNCHANGED)) {
            for (Reconciliation.Item item : reconciled.items(Reconciliation.State.valueOf(kind.name()))) {
                lines.add(new ReportRow(kind, item.key(), item.title(), item.docNumber(), String.join("、",
                        item.diffs().stream().map(d -> fieldName(d.field())).toList()), item.diffs()));
            }
        }
        for (Reconciliation.NumberClash clash : reconciled.numberClashes()) {
            lines.add(new ReportRow(Kind.NUMBER_CLASH, clash.key(), clash.title(), clash.docNumber(),
                    clash.otherLocalId() != null
                            ? messages.format("packageImport.clashDetail", clash.otherTitle(), clash.otherLocalId())
                            : messages.format("packageImport.clashInPackageDetail", clash.otherTitle(), clash.otherKey()),
                    List.of()));
        }
        for (Reconciliation.SerialGap gap : reconciled.missingSerials()) {
            for (String missing : gap.missing()) {
                lines.add(new ReportRow(Kind.MISSING_SERIAL, "", missing, "", messages.format(
                        "packageImport.gapDetail", gap.sequence()), List.of()));
            }
        }
        for (Reconciliation.PaperFiling f : reconciled.paperOnly()) {
            lines.add(new ReportRow(Kind.PAPER_ONLY, "", f.title(), f.docNumber(), messages.format(
                    "packageImport.paperDetail", f.filingUnit(), f.receivedDate() == null ? "" : f.receivedDate(),
                    f.registrationNo() == null ? "" : f.registrationNo()), List.of()));
        }
        for (ReportRow row : lines) {
            if (row.isConflict()) {
                row.resolutionProperty().addListener((obs, old, now) -> {
                    countUnresolved();
                    countBlockingClashes();
                    updateHint();
                });
            }
        }
        Map<Kind, Integer> n = new EnumMap<>(Kind.class);
        lines.forEach(r -> n.merge(r.kind(), 1, Integer::sum));
        counts.forEach((kind, count) -> count.set(n.getOrDefault(kind, 0)));
        PackageManifest m = reconciled.manifest();
        headerText.set(messages.format("packageImport.header", m.sourceUnitName(),
                m.createdAt() == null ? "" : CREATED.format(m.createdAt().atZone(ZoneId.systemDefault())),
                messages.get(m.fullRegister() ? "packageExport.whole" : "packageExport.changes"),
                m.counts().getOrDefault("documents", 0L), m.recipientUnit() == null ? "" : m.recipientUnit()));
        rows.setAll(lines);
        nothingToChange.set(reconciled.alreadyImported() && n.getOrDefault(Kind.NEW, 0) == 0
                && n.getOrDefault(Kind.CHANGED, 0) == 0 && n.getOrDefault(Kind.CONFLICT, 0) == 0);
        countUnresolved();
        countBlockingClashes();
        kindFilter.set(n.getOrDefault(Kind.CONFLICT, 0) > 0 ? Kind.CONFLICT
                : n.getOrDefault(Kind.NUMBER_CLASH, 0) > 0 ? Kind.NUMBER_CLASH : null);
        refilter();
        report.set(reconciled);
        busy.set(false);
        selected.set(visibleRows.isEmpty() ? null : visibleRows.get(0));
    }

    /** The name of a compared field in the user's language. */
    public String fieldName(String field) {
        return messages.get("package.field." + field);
    }

    /** A compared value as the user reads it: types and statuses by their names, an empty value said so. */
    public String value(String field, String value) {
        if (value == null || value.isBlank()) {
            return messages.get("packageImport.empty");
        }
        try {
            if (field.equals("type")) {
                return messages.label(DocumentType.valueOf(value));
            }
            if (field.equals("status")) {
                return messages.label(LifecycleStatus.valueOf(value));
            }
        } catch (IllegalArgumentException unknown) {
            return value;
        }
        return value;
    }

    /** The clashes that would stop the import as chosen now: the service's own rule. */
    private void countBlockingClashes() {
        blockingClashes.set(shown == null ? 0 : shown.blockingClashes(resolutions()).size());
    }

    private void countUnresolved() {
        unresolved.set((int) rows.stream().filter(r -> r.isConflict() && r.resolutionProperty().get() == null).count());
    }

    private void refilter() {
        Kind kind = kindFilter.get();
        String text = searchText.get() == null ? "" : searchText.get().strip().toLowerCase(Locale.ROOT);
        visibleRows.setPredicate(r -> (kind == null || r.kind() == kind) && (text.isEmpty()
                || r.title().toLowerCase(Locale.ROOT).contains(text) || r.docNumber().toLowerCase(Locale.ROOT).contains(text)
                || r.key().equals(text)));
    }

    // --- the choices

    /** The same choice for every conflict (e.g. keep all local versions). */
    public void resolveAll(Resolution resolution) {
        if (busy.get() || applied.get()) {
            return;
        }
        rows.stream().filter(ReportRow::isConflict).forEach(r -> r.resolutionProperty().set(resolution));
    }

    private void updateHint() {
        if (report.get() == null || busy.get()) {
            applyHint.set("");
        } else if (applied.get()) {
            applyHint.set("");
        } else if (nothingToChange.get()) {
            applyHint.set(messages.get("packageImport.nothingToChange"));
        } else if (blockingClashes.get() > 0) {
            applyHint.set(messages.format("packageImport.clashHint", blockingClashes.get()));
        } else if (unresolved.get() > 0) {
            applyHint.set(messages.format("packageImport.unresolvedHint", unresolved.get(),
                    counts.get(Kind.CONFLICT).get()));
        } else {
            long theirs = rows.stream().filter(r -> r.isConflict()
                    && r.resolutionProperty().get() == Resolution.THEIRS).count();
            long mine = rows.stream().filter(r -> r.isConflict()
                    && r.resolutionProperty().get() == Resolution.MINE).count();
            applyHint.set(messages.format("packageImport.readyHint", counts.get(Kind.NEW).get(),
                    counts.get(Kind.CHANGED).get() + theirs, mine));
        }
    }

    // --- applying

    /** The choices as the service takes them: the sender's key → mine or theirs. */
    public Map<String, Resolution> resolutions() {
        Map<String, Resolution> chosen = new LinkedHashMap<>();
        rows.stream().filter(r -> r.isConflict() && r.resolutionProperty().get() != null)
                .forEach(r -> chosen.put(r.key(), r.resolutionProperty().get()));
        return chosen;
    }

    /** Applies the package with the choices in one transaction, in the background; only when {@link #canApply}. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        Path packageFile = file;
        Map<String, Resolution> chosen = resolutions();
        busy.set(true);
        error.set("");
        runner.run(messages.format("packageImport.applying", packageFile.getFileName()),
                progress -> packages.apply(packageFile, chosen, progress), done -> {
                    result = done;
                    applied.set(true);
                    busy.set(false);
                    resultText.set(done.changedNothing() && done.keptMine() == 0
                            ? messages.get("packageImport.doneNothing")
                            : messages.format("packageImport.done", done.added(), done.updated(), done.keptMine(),
                            done.unchanged(), done.relationsAdded(), done.issuersAdded()));
                    if (!done.changedNothing()) {
                        onImported.run();
                    }
                }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (report.get() == null) {
            headerText.set(messages.get("packageImport.notRead"));
        }
        error.set(ErrorText.of(failure, messages));
    }

    public Messages messages() {
        return messages;
    }

    public TaskRunner runner() {
        return runner;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty fileTextProperty() {
        return fileText;
    }

    public StringProperty headerTextProperty() {
        return headerText;
    }

    public ObservableList<ReportRow> rows() {
        return rows;
    }

    public FilteredList<ReportRow> visibleRows() {
        return visibleRows;
    }

    public ObjectProperty<Kind> kindFilterProperty() {
        return kindFilter;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public IntegerProperty countProperty(Kind kind) {
        return counts.get(kind);
    }

    public IntegerProperty unresolvedProperty() {
        return unresolved;
    }

    public ObjectProperty<ReportRow> selectedProperty() {
        return selected;
    }

    public BooleanProperty appliedProperty() {
        return applied;
    }

    public BooleanProperty nothingToChangeProperty() {
        return nothingToChange;
    }

    public ReadOnlyObjectProperty<Reconciliation> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public StringProperty applyHintProperty() {
        return applyHint;
    }

    public StringProperty resultTextProperty() {
        return resultText;
    }

    public BooleanBinding canApply() {
        return canApply;
    }

    /** What the import did, or null before it. */
    public PackageService.ApplyResult result() {
        return result;
    }
}
