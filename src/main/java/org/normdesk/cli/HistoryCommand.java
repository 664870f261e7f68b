package org.normdesk.cli;

import org.normdesk.domain.document.StatusChange;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "history", description = "Show a document's status history, oldest first.")
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOC-ID")
    long documentId;

    @Override
    public Integer call() {
        Messages m = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = root.openWorkspace()) {
            out.println(workspace.register().get(documentId).title());
            for (StatusChange change : workspace.register().history(documentId)) {
                out.println(String.join("\t", m.date(change.effectiveOn()),
                        change.from() == null ? "" : m.label(change.from()), m.label(change.to()),
                        change.recordedBy(), m.reason(change.reason()),
                        change.causedByDocumentId() == null ? "" : "#" + change.causedByDocumentId()));
            }
        }
        out.flush();
        return 0;
    }
}
