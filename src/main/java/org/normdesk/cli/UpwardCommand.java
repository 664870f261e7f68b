package org.normdesk.cli;

import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.upward.UpwardPackages;
import org.normdesk.service.upward.UpwardTally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Command(name = "send", description = "Mark one upward filing sent: with the materials named, or (without "
            + "--material) with what its package checklist holds; refused while a required material is missing.")
    int send(@Parameters(paramLabel = "UPWARD-ID") long id, @Option(names = "--on", required = true) String on,
             @Option(names = "--how", defaultValue = "paper") String how,
             @Option(names = "--material", split = ",") List<String> materials) {
        try (Workspace ws = root.openWorkspace()) {
            UpwardFiling filing = ws.upward().get(id);
            FilingChannel channel = EnumNames.parse(FilingChannel.class, how);
            if (materials == null) {
                print(List.of(ws.upwardPackages().markSent(id, filing.version(), on, channel)));
            } else {
                Set<MaterialKind> present = EnumSet.noneOf(MaterialKind.class);
                materials.forEach(m -> present.add(EnumNames.parse(MaterialKind.class, m)));
                print(List.of(ws.upward().markSent(id, filing.version(), on, channel, present)));
            }
        }
        return 0;
    }

    @Command(name = "attach", description = "Store a file as one material of an own document (for every destination).")
    int attach(@Parameters(paramLabel = "DOC-ID") long documentId,
               @Option(names = "--material", required = true, description = "official-text, drafting-explanation, "
                       + "legal-basis, legality-review-opinion, collective-deliberation, public-consultation, "
                       + "electronic-text") String material,
               @Parameters(paramLabel = "FILE") Path file) {
        try (Workspace ws = root.openWorkspace()) {
            printChecklist(ws.upwardPackages().attach(documentId, EnumNames.parse(MaterialKind.class, material), file));
        }
        return 0;
    }

    @Command(name = "package", description = "Prepare the filing package for one destination: the 备案报告 (.docx "
            + "and PDF), the materials named as upper bodies expect, the checklist, as a folder and a .zip.")
    int packageFor(@Parameters(paramLabel = "DOC-ID") long documentId,
                   @Option(names = "--to", required = true, paramLabel = "DESTINATION") String destination,
                   @Option(names = "--out", required = true, paramLabel = "DIR") Path out) {
        Messages m = root.messages();
        PrintWriter w = spec.commandLine().getOut();
        try (Workspace ws = root.openWorkspace()) {
            UpwardFiling filing = destination(ws.upward().forDocument(documentId), destination.strip(), documentId);
            UpwardPackages.Package made = ws.upwardPackages().prepare(filing.id(), out);
            w.println(m.format("cli.upward.package.folder", made.folder()));
            w.println(m.format("cli.upward.package.zip", made.zip()));
            made.letter().forEach(f -> w.println(m.format("cli.upward.package.letter", f)));
            printChecklist(made.checklist());
        }
        return 0;
    }

    @Command(name = "receipt", description = "Record the destination's receipt (回执) of a sent upward filing.")
    int receipt(@Parameters(paramLabel = "UPWARD-ID") long id, @Option(names = "--on", required = true) String on,
                @Option(names = "--feedback") String feedback) {
        try (Workspace ws = root.openWorkspace()) {
            UpwardFiling filing = ws.upward().get(id);
            print(List.of(ws.upward().acknowledge(id, filing.version(), on, feedback)));
        }
        return 0;
    }

    /** 省政府 finds 省人民政府: exact name first, then with 政府 read as 人民政府, then a unique part. */
    static UpwardFiling destination(List<UpwardFiling> filings, String wanted, long documentId) {
        List<String> names = filings.stream().map(UpwardFiling::destination).toList();
        for (java.util.function.Predicate<String> fits : List.<java.util.function.Predicate<String>>of(
                d -> d.equals(wanted), d -> d.equals(wanted.replace("人民政府", "政府").replace("政府", "人民政府")),
                d -> d.contains(wanted))) {
            List<UpwardFiling> found = filings.stream().filter(f -> fits.test(f.destination())).toList();
            if (found.size() == 1) {
                return found.get(0);
            }
        }
        throw new DomainException("cli.upward.package.noDestination", "No destination " + wanted + " among " + names,
                wanted, String.valueOf(documentId), names.isEmpty() ? "—" : String.join("、", names));
    }

    private void printChecklist(UpwardPackages.Checklist checklist) {
        Messages m = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        for (UpwardPackages.Item item : checklist.items()) {
            out.println("  " + m.format(item.present() ? "cli.upward.checklist.present" : "cli.upward.checklist.missing",
                    m.label(item.kind()), item.required() ? m.get("cli.upward.checklist.required") : "")
                    + (item.fileName() == null ? "" : "\t" + item.fileName()));
        }
        List<MaterialKind> missing = checklist.missingRequired();
        out.println(missing.isEmpty() ? m.get("cli.upward.checklist.complete")
                : m.format("cli.upward.checklist.incomplete", missing));
        out.flush();
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
