package org.normdesk.cli;

import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.search.Facets;
import org.normdesk.service.search.SearchHit;
import org.normdesk.service.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Command(name = "search", description = "Search the register: title words, a 文号 in any bracket form, or an issuer; best match first.")
final class SearchCommand implements Runnable {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORDS", arity = "1..*", description = "What to look for; every word must occur.")
    List<String> words;

    @Mixin
    FilterOptions filters;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many rows (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--facets", description = "Also print the counts per status, type, year and lead body.")
    boolean facets;

    @Override
    public void run() {
        try (Workspace workspace = root.openWorkspace()) {
            DocumentQuery query = filters.toFilter(workspace, String.join(" ", words)).on(java.time.LocalDate.now(root.clock()))
                    .page(0, limit);
            SearchResult result = workspace.search().search(query);
            Messages m = root.messages();
            PrintWriter out = spec.commandLine().getOut();
            if (result.terms().isEmpty()) {
                out.println(m.get("cli.search.nothing"));
            }
            out.println(String.join("\t", "id", m.get("column.docNumber"), m.get("column.title"), m.get("column.issuer"),
                    m.get("column.status"), m.get("column.published")));
            for (SearchHit hit : result.hits()) {
                var d = hit.document();
                out.println(String.join("\t", String.valueOf(d.id()), d.docNumber() == null ? "" : d.docNumber(),
                        d.title(), d.leadIssuer(), m.label(d.status()), m.date(d.publishedDate())));
            }
            out.println(m.format("cli.search.count", result.total(), result.hits().size()));
            if (facets) {
                Facets f = result.facets();
                out.println(m.get("column.status") + ": " + labelled(f.statuses(), m));
                out.println(m.get("export.column.type") + ": " + labelled(f.types(), m));
                out.println(m.get("column.published") + ": " + f.years().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
                out.println(m.get("column.issuer") + ": " + f.leadIssuers().stream().limit(10)
                        .map(i -> i.name() + " " + i.count()).collect(Collectors.joining(", ")));
            }
            out.flush();
        }
    }

    private static String labelled(Map<? extends Enum<?>, Integer> counts, Messages m) {
        return counts.entrySet().stream().map(e -> m.label(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
