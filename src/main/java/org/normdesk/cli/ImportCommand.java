package org.normdesk.cli;

import org.normdesk.service.Workspace;
import org.normdesk.service.exchange.ColumnMapping;
import org.normdesk.service.exchange.ImportPlan;
import org.normdesk.service.exchange.ImportResult;
import org.normdesk.service.exchange.Ledger;
import org.normdesk.service.exchange.LedgerErrors;
import org.normdesk.service.exchange.LedgerField;
import org.normdesk.service.exchange.LedgerImportService;
import org.normdesk.service.exchange.PlannedRow;
import org.normdesk.service.exchange.RowState;
import org.normdesk.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;

@Command(name = "import", description = "Import an Excel/CSV ledger (.xlsx, .xls, .csv) into the register; "
        + "--dry-run shows what each row would do.")
final class ImportCommand implements Runnable {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The ledger: .xlsx, .xls or .csv (UTF-8 or GBK).")
    Path file;

    @Option(names = "--mapping", paramLabel = "M.JSON",
            description = "Column mapping saved before; without it the proposed mapping is used and printed.")
    Path mapping;

    @Option(names = "--save-mapping", paramLabel = "M.JSON", description = "Save the mapping used, for next time.")
    Path saveMapping;

    @Option(names = "--dry-run", description = "Only show what would be imported, updated, skipped or rejected.")
    boolean dryRun;

    @Option(names = "--errors", paramLabel = "OUT.XLSX",
            description = "Write the rejected rows with their reasons to this workbook, to fix and import again.")
    Path errors;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "20",
            description = "Rows of each state to list (default ${DEFAULT-VALUE}; 0 lists none).")
    int listed;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Messages messages = root.messages();
        try (Workspace workspace = root.openWorkspace()) {
            LedgerImportService imports = workspace.ledgerImport();
            Ledger ledger = imports.read(file);
            ColumnMapping used;
            if (mapping != null) {
                used = ColumnMapping.read(mapping);
            } else {
                used = imports.propose(ledger);
                out.println(messages.format("cli.import.proposed", ledger.fileName()));
                for (LedgerField field : LedgerField.values()) {
                    String header = used.columns().get(field);
                    out.println("  " + messages.label(field) + " (" + field.name() + ") ← "
                            + (header == null ? messages.get("cli.import.unmapped") : header));
                }
                out.println(used.toJson());
            }
            if (saveMapping != null) {
                used.write(saveMapping);
            }
            if (ledger.encoding() != null) {
                out.println(messages.format("cli.import.encoding", ledger.encoding()));
            }
            ImportPlan plan = imports.plan(ledger, used, new ProgressLine(spec.commandLine().getErr()));
            for (RowState state : RowState.values()) {
                if (state == RowState.SKIPPED) {
                    continue;
                }
                plan.rows(state).stream().limit(listed).forEach(row -> out.println(line(row, plan, messages)));
            }
            out.println(messages.format("cli.import.plan", plan.count(RowState.NEW), plan.count(RowState.UPDATE),
                    plan.count(RowState.DUPLICATE), plan.count(RowState.REJECTED), plan.count(RowState.SKIPPED),
                    plan.newIssuers().size()));
            if (errors != null && plan.count(RowState.REJECTED) > 0) {
                int written = LedgerErrors.write(plan, messages, errors);
                out.println(messages.format("cli.import.errors", written, errors.toAbsolutePath()));
            }
            if (!dryRun) {
                ImportResult result = imports.importLedger(ledger, used, new ProgressLine(spec.commandLine().getErr()));
                out.println(messages.format("cli.import.done", result.added(), result.updated(), result.duplicates(),
                        result.rejected(), result.issuersAdded()));
            }
            out.flush();
        }
    }

    private static String line(PlannedRow row, ImportPlan plan, Messages messages) {
        String what = row.notes().isEmpty() && row.document() != null ? row.document().title()
                : LedgerErrors.reasons(row, plan.mapping(), messages);
        return messages.format("cli.import.row", row.source().sheet(), row.source().rowNumber(),
                messages.label(row.state()), what);
    }
}
