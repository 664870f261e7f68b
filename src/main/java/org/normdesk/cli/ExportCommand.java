package org.normdesk.cli;

import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.service.Workspace;
import org.normdesk.service.export.ExportFormat;
import org.normdesk.service.export.RegisterExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;

@Command(name = "export", description = "Export a saved view, or the documents matching filters, to .xlsx or .csv.")
final class ExportCommand implements Runnable {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--view", paramLabel = "NAME", description = "A saved view (see `normdesk views list`).")
    String view;

    @Option(names = "--search", paramLabel = "TEXT", description = "Title words or a 文号 in any bracket form.")
    String text;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", required = true, paramLabel = "xlsx|csv", description = "xlsx or csv.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Override
    public void run() {
        ExportFormat chosen = ExportFormat.parse(format);
        try (Workspace workspace = root.openWorkspace()) {
            DocumentQuery query;
            if (view != null) {
                query = workspace.views().query(workspace.views().byName(view));
            } else if (!filters.isEmpty() || text != null) {
                query = filters.toFilter(workspace, text).on(LocalDate.now(root.clock()));
            } else {
                throw new DomainException("cli.export.noFilter", "Name a view or give filters");
            }
            RegisterExportService.ExportSummary summary = workspace.exports(root.messages())
                    .export(query, chosen, out, new ProgressLine(spec.commandLine().getErr()));
            spec.commandLine().getOut().println(root.messages().format("cli.export.done", summary.rows(), summary.file()));
            spec.commandLine().getOut().flush();
        }
    }
}
