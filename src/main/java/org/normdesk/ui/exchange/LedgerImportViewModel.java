package org.normdesk.ui.exchange;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.exchange.ColumnMapping;
import org.normdesk.service.exchange.ImportPlan;
import org.normdesk.service.exchange.ImportResult;
import org.normdesk.service.exchange.Ledger;
import org.normdesk.service.exchange.LedgerErrors;
import org.normdesk.service.exchange.LedgerField;
import org.normdesk.service.exchange.LedgerImportService;
import org.normdesk.service.exchange.LedgerRow;
import org.normdesk.service.exchange.LedgerSheet;
import org.normdesk.service.exchange.PlannedRow;
import org.normdesk.service.exchange.RowState;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ledger import wizard (导入台账): choose a file (its encoding, sheets and header row are shown), correct the
 * proposed column mapping, look at the dry run row by row, import in one transaction, then save the rejected rows
 * as an error workbook. Reading, planning, importing and writing run in the background.
 */
public final class LedgerImportViewModel {
    /** The wizard's pages, in order. */
    public enum Step { FILE, MAPPING, PREVIEW, DONE }

    private static final int SAMPLES = 3;

    private final LedgerImportService imports;
    private final Messages messages;
    private final TaskRunner runner;
    private final Runnable onImported;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.FILE);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty fileText = new SimpleStringProperty("");
    private final StringProperty encodingText = new SimpleStringProperty("");
    private final StringProperty sheetsText = new SimpleStringProperty("");
    private final StringProperty headerText = new SimpleStringProperty("");
    private final StringProperty mappingNote = new SimpleStringProperty("");
    private final ObservableList<MappingRow> mappingRows = FXCollections.observableArrayList();
    private final ObservableList<PreviewRow> previewRows = FXCollections.observableArrayList();
    private final FilteredList<PreviewRow> visibleRows = new FilteredList<>(previewRows, r -> true);
    private final ObjectProperty<RowState> stateFilter = new SimpleObjectProperty<>();
    private final Map<RowState, IntegerProperty> counts = new EnumMap<>(RowState.class);
    private final StringProperty newIssuersText = new SimpleStringProperty("");
    private final StringProperty resultText = new SimpleStringProperty("");
    private final StringProperty errorsSavedText = new SimpleStringProperty("");

    private Ledger ledger;
    private ImportPlan plan;
    private ImportResult result;

    /** @param onImported runs on the FX thread after an import that changed the register */
    public LedgerImportViewModel(LedgerImportService imports, Messages messages, TaskRunner runner,
                                 Runnable onImported) {
        this.imports = imports;
        this.messages = messages;
        this.runner = runner;
        this.onImported = onImported;
        for (RowState state : RowState.values()) {
            counts.put(state, new SimpleIntegerProperty());
        }
        stateFilter.addListener((obs, old, now) -> visibleRows.setPredicate(r -> now == null || r.state() == now));
    }

    // --- step 1: the file

    /** Reads {@code file} in the background and proposes a mapping from its headers. */
    public void read(Path file) {
        if (file == null || busy.get()) {
            return;
        }
        start();
        runner.run(messages.format("ledgerWizard.reading", file.getFileName()), progress -> {
            Ledger read = imports.read(file);
            return new Read(read, imports.propose(read));
        }, read -> {
            busy.set(false);
            ledger = read.ledger();
            plan = null;
            result = null;
            fileText.set(read.ledger().fileName());
            encodingText.set(read.ledger().encoding() == null
                    ? messages.format("ledgerWizard.format", read.ledger().format().toUpperCase(java.util.Locale.ROOT))
                    : read.ledger().encoding());
            sheetsText.set(String.join("、", read.ledger().sheets().stream().map(s -> messages.format(
                    "ledgerWizard.sheet", s.name(), s.rows().size())).toList()));
            headerText.set(String.join("、", read.ledger().sheets().stream().map(s -> messages.format(
                    "ledgerWizard.headerAt", s.name(), s.headerRowNumber())).toList()));
            showMapping(read.mapping());
            mappingNote.set(messages.get("ledgerWizard.mapping.proposed"));
        }, this::failed);
    }

    public boolean hasLedger() {
        return ledger != null;
    }

    // --- step 2: the mapping

    /** One column of the ledger: its header, a few values from it, and the field it goes to (null: not imported). */
    public static final class MappingRow {
        private final String header;
        private final String samples;
        private final ObjectProperty<LedgerField> field = new SimpleObjectProperty<>();

        MappingRow(String header, String samples, LedgerField field) {
            this.header = header;
            this.samples = samples;
            this.field.set(field);
        }

        public String header() {
            return header;
        }

        public String samples() {
            return samples;
        }

        public ObjectProperty<LedgerField> fieldProperty() {
            return field;
        }
    }

    private void showMapping(ColumnMapping mapping) {
        LedgerSheet first = ledger.sheets().get(0);
        Map<LedgerField, Integer> resolved = mapping.resolve(first.headers());
        List<MappingRow> rows = new ArrayList<>();
        for (int c = 0; c < first.headers().size(); c++) {
            final int column = c;
            LedgerField field = resolved.entrySet().stream().filter(e -> e.getValue() == column)
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            rows.add(new MappingRow(first.headers().get(c), samples(first, c), field));
        }
        mappingRows.setAll(rows);
    }

    private static String samples(LedgerSheet sheet, int column) {
        List<String> found = new ArrayList<>();
        for (LedgerRow row : sheet.rows()) {
            String value = row.cell(column).strip();
            if (!value.isEmpty() && !found.contains(value)) {
                found.add(value);
                if (found.size() == SAMPLES) {
                    break;
                }
            }
        }
        return String.join(" ｜ ", found);
    }

    /** The mapping as the combo boxes now say; a field chosen for two columns is refused by name. */
    public ColumnMapping mapping() {
        Map<LedgerField, String> columns = new EnumMap<>(LedgerField.class);
        for (MappingRow row : mappingRows) {
            LedgerField field = row.fieldProperty().get();
            if (field == null) {
                continue;
            }
            String earlier = columns.putIfAbsent(field, row.header());
            if (earlier != null) {
                throw new DomainException("ledgerWizard.mapping.twice", field + " is chosen for " + earlier + " and "
                        + row.header(), messages.label(field), earlier, row.header());
            }
        }
        ColumnMapping mapping = new ColumnMapping(columns);
        mapping.checkAgainst(ledger);
        return mapping;
    }

    /** Applies a saved mapping (JSON) to this ledger's columns. */
    public void loadMapping(Path file) {
        if (file == null || ledger == null || busy.get()) {
            return;
        }
        start();
        runner.run(messages.get("ledgerWizard.mapping.loading"), progress -> ColumnMapping.read(file), mapping -> {
            busy.set(false);
            showMapping(mapping);
            mappingNote.set(messages.format("ledgerWizard.mapping.loaded", file.getFileName()));
        }, this::failed);
    }

    /** Saves the mapping as the combo boxes say, for the next ledger of the same shape. */
    public void saveMapping(Path file) {
        if (file == null || ledger == null || busy.get()) {
            return;
        }
        ColumnMapping mapping;
        try {
            mapping = mapping();
        } catch (DomainException e) {
            error.set(messages.format(e));
            return;
        }
        start();
        runner.run(messages.get("ledgerWizard.mapping.saving"), progress -> {
            mapping.write(file);
            return file;
        }, saved -> {
            busy.set(false);
            mappingNote.set(messages.format("ledgerWizard.mapping.saved", saved.toAbsolutePath()));
        }, this::failed);
    }

    // --- step 3: the dry run

    /** One ledger row in the preview. */
    public record PreviewRow(String where, RowState state, String title, String docNumber, String reasons) {
    }

    /** Plans the import (writes nothing) and shows every row's state with its reasons. */
    public void preview() {
        if (ledger == null || busy.get()) {
            return;
        }
        ColumnMapping mapping;
        try {
            mapping = mapping();
        } catch (DomainException e) {
            error.set(messages.format(e));
            return;
        }
        start();
        runner.run(messages.get("ledgerWizard.planning"), progress -> imports.plan(ledger, mapping, progress),
                planned -> {
                    busy.set(false);
                    showPlan(planned);
                    step.set(Step.PREVIEW);
                }, this::failed);
    }

    private void showPlan(ImportPlan planned) {
        plan = planned;
        Map<LedgerField, Integer> columns = new EnumMap<>(LedgerField.class);
        List<PreviewRow> rows = new ArrayList<>(planned.rows().size());
        String lastSheet = null;
        for (PlannedRow row : planned.rows()) {
            if (!Objects.equals(lastSheet, row.source().sheet())) {
                lastSheet = row.source().sheet();
                columns = sheetColumns(planned, lastSheet);
            }
            rows.add(new PreviewRow(messages.format("ledger.errors.at", row.source().sheet(), row.source().rowNumber()),
                    row.state(), cell(row, columns, LedgerField.TITLE), cell(row, columns, LedgerField.DOC_NUMBER),
                    LedgerErrors.reasons(row, planned.mapping(), messages)));
        }
        previewRows.setAll(rows);
        planned.counts().forEach((state, n) -> counts.get(state).set(n));
        newIssuersText.set(planned.newIssuers().isEmpty() ? "" : messages.format("ledgerWizard.newIssuers",
                planned.newIssuers().size(), String.join("、", planned.newIssuers().stream()
                        .map(org.normdesk.domain.issuer.Issuer::name).limit(5).toList())
                        + (planned.newIssuers().size() > 5 ? "…" : "")));
        stateFilter.set(null);
    }

    private static Map<LedgerField, Integer> sheetColumns(ImportPlan planned, String sheet) {
        return planned.ledger().sheets().stream().filter(s -> s.name().equals(sheet)).findFirst()
                .map(s -> planned.mapping().resolve(s.headers())).orElse(Map.of());
    }

    private static String cell(PlannedRow row, Map<LedgerField, Integer> columns, LedgerField field) {
        Integer column = columns.get(field);
        return column == null ? "" : row.source().cell(column).strip();
    }

    /** True when the import would change the register. */
    public boolean planChangesSomething() {
        return plan != null && (plan.count(RowState.NEW) > 0 || plan.count(RowState.UPDATE) > 0);
    }

    // --- step 4: the import

    /** Imports in one transaction in the background (it plans again against the register as it is then). */
    public void importNow() {
        if (plan == null || busy.get()) {
            return;
        }
        ColumnMapping mapping = plan.mapping();
        start();
        runner.run(messages.format("ledgerWizard.importing", ledger.fileName()),
                progress -> imports.importLedger(ledger, mapping, progress), done -> {
                    busy.set(false);
                    result = done;
                    resultText.set(messages.format("ledgerWizard.done", done.added(), done.updated(),
                            done.duplicates(), done.rejected(), done.skipped(), done.issuersAdded()));
                    step.set(Step.DONE);
                    if (!done.changedNothing()) {
                        onImported.run();
                    }
                }, this::failed);
    }

    /** The name offered for the error workbook: the ledger's name with 未导入 added. */
    public String errorWorkbookName() {
        String name = ledger == null ? "ledger" : ledger.fileName();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + messages.get("ledgerWizard.errors.suffix") + ".xlsx";
    }

    /** Writes the rejected rows (original cells, where they were, why) to {@code file}. */
    public void saveErrors(Path file) {
        if (file == null || plan == null || busy.get()) {
            return;
        }
        ImportPlan planned = plan;
        start();
        runner.run(messages.get("ledgerWizard.errors.saving"), progress -> LedgerErrors.write(planned, messages, file),
                written -> {
                    busy.set(false);
                    errorsSavedText.set(messages.format("ledgerWizard.errors.saved", written, file.toAbsolutePath()));
                }, this::failed);
    }

    /** Back one page (not while working, not after the import). */
    public void back() {
        if (busy.get()) {
            return;
        }
        error.set("");
        switch (step.get()) {
            case MAPPING -> step.set(Step.FILE);
            case PREVIEW -> step.set(Step.MAPPING);
            default -> {
            }
        }
    }

    /** From the file page to the mapping page, once a file is read. */
    public void next() {
        if (busy.get()) {
            return;
        }
        switch (step.get()) {
            case FILE -> {
                if (ledger != null) {
                    error.set("");
                    step.set(Step.MAPPING);
                } else {
                    error.set(messages.get("ledgerWizard.file.none"));
                }
            }
            case MAPPING -> preview();
            case PREVIEW -> importNow();
            default -> {
            }
        }
    }

    private void start() {
        busy.set(true);
        error.set("");
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(ErrorText.of(failure, messages));
    }

    private record Read(Ledger ledger, ColumnMapping mapping) {
    }

    public Messages messages() {
        return messages;
    }

    public TaskRunner runner() {
        return runner;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
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

    public StringProperty encodingTextProperty() {
        return encodingText;
    }

    public StringProperty sheetsTextProperty() {
        return sheetsText;
    }

    public StringProperty headerTextProperty() {
        return headerText;
    }

    public StringProperty mappingNoteProperty() {
        return mappingNote;
    }

    public ObservableList<MappingRow> mappingRows() {
        return mappingRows;
    }

    public ObservableList<PreviewRow> previewRows() {
        return previewRows;
    }

    public FilteredList<PreviewRow> visibleRows() {
        return visibleRows;
    }

    public ObjectProperty<RowState> stateFilterProperty() {
        return stateFilter;
    }

    public IntegerProperty countProperty(RowState state) {
        return counts.get(state);
    }

    public StringProperty newIssuersTextProperty() {
        return newIssuersText;
    }

    public StringProperty resultTextProperty() {
        return resultText;
    }

    public StringProperty errorsSavedTextProperty() {
        return errorsSavedText;
    }

    /** The latest dry run, or null. */
    public ImportPlan plan() {
        return plan;
    }

    /** What the import did, or null before it. */
    public ImportResult result() {
        return result;
    }
}
