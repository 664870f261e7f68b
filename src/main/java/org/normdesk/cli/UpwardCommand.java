package org.normdesk.cli;

import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.upward.UpwardTally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@Command(name = "upward", description = "Upward filing of the unit's own rules and normative documents.")
final class UpwardCommand {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Command(name = "propose", description = "Create the destinations the routing rules give for an own document.")
    int propose(@Parameters(paramLabel = "DOC-ID") long documentId) {
        try (Workspace ws = root.openWorkspace()) {
            print(ws.upward().propose(documentId));
        }
        return 0;
    }

    @Command(name = "send", description = "Mark one upward filing sent, with the materials that went.")
    int send(@Parameters(paramLabel = "UPWARD-ID") long id, @Option(names = "--on", required = true) String on,
             @Option(names = "--how", defaultValue = "paper") String how,
             @Option(names = "--material", split = ",", required = true) List<String> materials) {
        Set<MaterialKind> present = EnumSet.noneOf(MaterialKind.class);
        materials.forEach(m -> present.add(EnumNames.parse(MaterialKind.class, m)));
        try (Workspace ws = root.openWorkspace()) {
            UpwardFiling filing = ws.upward().get(id);
            print(List.of(ws.upward().markSent(id, filing.version(), on, EnumNames.parse(FilingChannel.class, how), present)));
        }
        return 0;
    }

    @Command(name = "due", description = "Upward filings not sent yet and due within N days (or overdue).")
    int due(@Option(names = "--within", defaultValue = "10") int days) {
        try (Workspace ws = root.openWorkspace()) {
            print(ws.upward().due(days));
        }
        return 0;
    }

    @Command(name = "tally", description = "The year's upward counts per destination.")
    int tally(@Option(names = "--year", required = true) int year) {
        Messages m = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = root.openWorkspace()) {
            UpwardTally tally = ws.upward().tally(year);
            out.println(m.format("cli.upward.tally", year, tally.issued().size(), tally.filed().size(),
                    tally.onTime().size(), tally.filingRate() == null ? "—" : tally.filingRate()));
            tally.destinations().values().forEach(d -> out.println("  " + d.name() + "\t" + d.due().size() + "\t"
                    + d.sent().size() + "\t" + d.onTime().size()));
        }
        out.flush();
        return 0;
    }

    private void print(List<UpwardFiling> filings) {
        Messages m = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        for (UpwardFiling f : filings) {
            out.println(m.format("cli.upward.line", f.id(), f.documentTitle(), f.destination(), m.date(f.dueDate()),
                    m.label(f.state())));
        }
        out.flush();
    }
}
