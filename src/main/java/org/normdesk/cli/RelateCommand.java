package org.normdesk.cli;

import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "relate", description = "Record that a document amends / repeals / replaces / is based on another.")
final class RelateCommand implements Callable<Integer> {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM-ID", description = "The amending / repealing document.")
    long fromId;
    @Parameters(index = "1", paramLabel = "KIND", description = "amends, repeals, replaces, based-on.")
    String kind;
    @Parameters(index = "2", paramLabel = "TO-ID", description = "The document acted on.")
    long toId;
    @Option(names = "--on", description = "Effective date (default: the acting document's effective date).")
    String on;
    @Option(names = "--reason")
    String reason;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            NormativeDocument target = workspace.lifecycle().relate(fromId, EnumNames.parse(RelationKind.class, kind), toId,
                    on == null ? null : DateParser.parseDay(on), reason);
            spec.commandLine().getOut().println(root.messages().format("cli.relate.done", target.id(), target.title(),
                    target.status()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
