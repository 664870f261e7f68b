package org.normdesk.cli;

import org.normdesk.domain.common.DomainException;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.transfer.PackageManifest;
import org.normdesk.service.transfer.PackageService;
import org.normdesk.service.transfer.Reconciliation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Command(name = "package", description = "Offline exchange packages (.ndpkg) between a county bureau and the city.")
final class PackageCommand {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Command(name = "export", description = "Write this register, or what changed since the last package to that "
            + "unit, to one .ndpkg file.")
    int export(@Option(names = "--to-unit", required = true, paramLabel = "UNIT",
                       description = "The unit the package is for, e.g. 濮阳市司法局.") String toUnit,
               @Option(names = "--since-last", description = "Only documents changed since the last package to that unit.")
               boolean sinceLast,
               @Option(names = "--all", description = "The whole register (the default).") boolean all,
               @Option(names = "--out", required = true, paramLabel = "F.ndpkg") Path out) {
        PrintWriter print = spec.commandLine().getOut();
        if (sinceLast && all) {
            throw new DomainException("cli.package.sinceLastOrAll", "Choose --since-last or --all, not both");
        }
        try (Workspace ws = root.openWorkspace()) {
            PackageService.ExportResult result = ws.packages().export(toUnit, sinceLast, out,
                    new ProgressLine(spec.commandLine().getErr()));
            PackageManifest m = result.manifest();
            print.println(root.messages().format("cli.package.exported", result.file(), m.recipientUnit(),
                    m.counts().get("documents"), m.counts().get("filings"), m.counts().get("attachments"),
                    m.fullRegister() ? root.messages().get("cli.package.full") : root.messages().get("cli.package.changes"),
                    m.packageId()));
        }
        print.flush();
        return 0;
    }

    @Command(name = "import", description = "Reconcile a package with this register and, unless --dry-run, apply it "
            + "in one transaction. Every conflict needs --resolve KEY=mine|theirs.")
    int importPackage(@Parameters(index = "0", paramLabel = "F.ndpkg") Path file,
                      @Option(names = "--dry-run", description = "Only print the reconciliation report.") boolean dryRun,
                      @Option(names = "--resolve", paramLabel = "KEY=mine|theirs",
                              description = "The choice for one conflict (KEY as the report shows it); repeatable.")
                      List<String> resolve) {
        PrintWriter print = spec.commandLine().getOut();
        Messages messages = root.messages();
        Map<String, Reconciliation.Resolution> resolutions = parse(resolve);
        try (Workspace ws = root.openWorkspace()) {
            PackageService packages = ws.packages();
            Reconciliation report = packages.reconcile(file, new ProgressLine(spec.commandLine().getErr()));
            print(report, messages, print);
            if (!dryRun) {
                PackageService.ApplyResult done = packages.apply(file, resolutions,
                        new ProgressLine(spec.commandLine().getErr()));
                print.println(messages.format("cli.package.applied", done.added(), done.updated(), done.keptMine(),
                        done.unchanged(), done.relationsAdded(), done.issuersAdded()));
            }
        }
        print.flush();
        return 0;
    }

    static Map<String, Reconciliation.Resolution> parse(List<String> resolve) {
        Map<String, Reconciliation.Resolution> resolutions = new LinkedHashMap<>();
        if (resolve == null) {
            return resolutions;
        }
        for (String r : resolve) {
            int eq = r.indexOf('=');
            String choice = eq < 0 ? "" : r.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
            if (eq <= 0 || !(choice.equals("mine") || choice.equals("theirs"))) {
                throw new DomainException("cli.package.badResolve", "Write --resolve KEY=mine or KEY=theirs, not " + r, r);
            }
            resolutions.put(r.substring(0, eq).strip(), choice.equals("mine") ? Reconciliation.Resolution.MINE
                    : Reconciliation.Resolution.THEIRS);
        }
        return resolutions;
    }

    static void print(Reconciliation report, Messages messages, PrintWriter out) {
        PackageManifest m = report.manifest();
        out.println(messages.format("cli.package.header", report.fileName(), m.sourceUnitName(), m.createdAt().toString(),
                m.fullRegister() ? messages.get("cli.package.full") : messages.get("cli.package.changes"),
                m.counts().getOrDefault("documents", 0L), m.schemaVersion()));
        if (report.alreadyImported()) {
            out.println(messages.get("cli.package.alreadyImported"));
        }
        for (Reconciliation.State state : List.of(Reconciliation.State.NEW, Reconciliation.State.CHANGED,
                Reconciliation.State.CONFLICT)) {
            for (Reconciliation.Item item : report.items(state)) {
                out.println(messages.format("cli.package.item", messages.get("package.state." + state.name()),
                        item.key(), item.title(), item.docNumber() == null ? "" : item.docNumber()));
                for (Reconciliation.FieldDiff d : item.diffs()) {
                    out.println(messages.format("cli.package.diff", messages.get("package.field." + d.field()),
                            d.mine(), d.theirs()));
                }
            }
        }
        for (Reconciliation.NumberClash clash : report.numberClashes()) {
            out.println(messages.format(clash.refusal()));
        }
        for (Reconciliation.SerialGap gap : report.missingSerials()) {
            out.println(messages.format("cli.package.gap", gap.sequence(), gap.missing()));
        }
        for (Reconciliation.PaperFiling f : report.paperOnly()) {
            out.println(messages.format("cli.package.paperOnly", f.filingUnit(), f.receivedDate(), f.title(),
                    f.docNumber(), f.registrationNo() == null ? "" : f.registrationNo()));
        }
        out.println(messages.format("cli.package.summary", report.count(Reconciliation.State.NEW),
                report.count(Reconciliation.State.CHANGED), report.count(Reconciliation.State.UNCHANGED),
                report.count(Reconciliation.State.CONFLICT), report.missingSerials().stream()
                        .mapToInt(g -> g.missing().size()).sum(), report.paperOnly().size()));
    }
}
