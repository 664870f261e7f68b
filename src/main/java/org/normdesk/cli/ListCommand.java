package org.normdesk.cli;

import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "list", description = "List documents of the register, newest first.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--status", split = ",", converter = EnumNames.StatusConverter.class, paramLabel = "STATUS",
            description = "valid, amended, expired, repealed, revoked, not-yet-effective (comma separated).")
    List<LifecycleStatus> statuses = List.of();

    @Option(names = "--type", split = ",", converter = EnumNames.TypeConverter.class, paramLabel = "TYPE",
            description = "government-normative, department-normative, government-rule.")
    List<DocumentType> types = List.of();

    @Option(names = "--year", description = "Year of publication.")
    Integer year;

    @Option(names = "--search", paramLabel = "TEXT", description = "Title words or a 文号 in any bracket form.")
    String text;

    @Option(names = "--in-force-on", paramLabel = "DATE", description = "What was in force on that day (from the history).")
    String inForceOn;

    @Option(names = "--issuer", paramLabel = "NAME", description = "Only documents of this issuing body.")
    String issuerName;

    @Option(names = "--limit", defaultValue = "10000", description = "At most this many rows (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table or csv (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            Long issuerId = issuerName == null ? null : workspace.register().issuers().stream()
                    .filter(i -> i.name().equals(issuerName.strip())).findFirst()
                    .orElseThrow(() -> new NotFoundException("issuer", issuerName)).id();
            List<DocumentSummary> rows = inForceOn != null
                    ? workspace.lifecycle().inForceOn(DateParser.parseDay(inForceOn), issuerId)
                    : workspace.register().search(
                    new DocumentQuery(text, Set.copyOf(statuses), Set.copyOf(types), year, issuerId, limit));
            print(rows, root.messages(), spec.commandLine().getOut());
        }
        return 0;
    }

    private void print(List<DocumentSummary> rows, Messages m, PrintWriter out) {
        boolean csv = "csv".equalsIgnoreCase(format);
        String separator = csv ? "," : "\t";
        out.println(String.join(separator, "id", m.get("column.docNumber"), m.get("column.title"),
                m.get("column.issuer"), m.get("column.status"), m.get("column.published")));
        for (DocumentSummary row : rows) {
            out.println(String.join(separator, String.valueOf(row.id()), cell(row.docNumber(), csv),
                    cell(row.title(), csv), cell(row.leadIssuer(), csv), m.label(row.status()),
                    m.date(row.publishedDate())));
        }
        if (!csv) {
            out.println(m.format("cli.list.count", rows.size()));
        }
        out.flush();
    }

    private static String cell(String value, boolean csv) {
        String text = value == null ? "" : value;
        if (csv && (text.contains(",") || text.contains("\"") || text.contains("\n"))) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
