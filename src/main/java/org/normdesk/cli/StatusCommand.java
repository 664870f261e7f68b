package org.normdesk.cli;

import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "status", description = "Change a document's status (amend, expire, repeal, revoke) with a reason.")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOC-ID")
    long documentId;
    @Option(names = "--to", required = true, converter = EnumNames.StatusConverter.class)
    LifecycleStatus to;
    @Option(names = "--reason", required = true)
    String reason;
    @Option(names = "--on", description = "Effective date (default today).")
    String on;
    @Option(names = "--by", paramLabel = "DOC-ID", description = "The amending or repealing document.")
    Long causedBy;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            NormativeDocument current = workspace.register().get(documentId);
            NormativeDocument changed = workspace.register().changeStatus(documentId, current.version(), to,
                    on == null ? null : DateParser.parseDay(on), reason, causedBy);
            spec.commandLine().getOut().println(root.messages().format("cli.status.done", changed.id(),
                    current.status(), changed.status()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
