package org.normdesk.cli;

import org.normdesk.domain.common.NotFoundException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.MaterialItem;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.Workspace;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.IntakeRow;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.filing.UnfiledDocument;
import org.normdesk.service.i18n.Messages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Command(name = "filings", description = "Filing intake: receive, check, register, return, and watch deadlines.")
final class FilingsCommand {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    static final class NewDocument {
        @Option(names = "--title", required = true)
        String title;
        @Option(names = "--number", description = "文号.")
        String number;
        @Option(names = "--type", required = true, converter = EnumNames.TypeConverter.class)
        DocumentType type;
        @Option(names = "--published", required = true)
        String published;
        @Option(names = "--effective")
        String effective;
    }

    static final class Document {
        @Option(names = "--document", description = "A document already in the register, by id.")
        Long existingId;
        @ArgGroup(exclusive = false)
        NewDocument newDocument;
    }

    @Command(name = "receive", description = "Record a received filing (and its document, if new).")
    int receive(@Option(names = "--unit", required = true, description = "The filing unit, by name.") String unitName,
                @Option(names = "--received", required = true) String received,
                @Option(names = "--channel", defaultValue = "paper", description = "online, paper, post.") String channel,
                @Option(names = "--material", split = ",", description = "Materials present: filing-report, official-text, ...")
                List<String> materials,
                @Option(names = "--file", description = "KIND=PATH, a file for a material.") Map<String, Path> files,
                @Option(names = "--yes", description = "Save despite warnings (holiday receipt, similar title).") boolean yes,
                @ArgGroup(exclusive = true, multiplicity = "1") Document document) {
        try (Workspace ws = root.openWorkspace()) {
            Issuer unit = issuerNamed(ws, unitName);
            DocumentInput input = document.newDocument == null ? null : new DocumentInput(document.newDocument.title,
                    document.newDocument.number, List.of(unit.id()), document.newDocument.type, null, null,
                    document.newDocument.published, document.newDocument.effective, null, null);
            List<MaterialInput> given = new ArrayList<>();
            for (String kind : materials == null ? List.<String>of() : materials) {
                MaterialKind materialKind = EnumNames.parse(MaterialKind.class, kind);
                Path file = files == null ? null : files.get(kind);
                given.add(new MaterialInput(materialKind, true, file));
            }
            FilingView view = ws.filings().receive(new ReceiveRequest(document.existingId, input, unit.id(), received,
                    EnumNames.parse(FilingChannel.class, channel), given, yes));
            print(view, root.messages());
        }
        return 0;
    }

    @Command(name = "register", description = "准予备案登记: the formal check passed; prints the registration number.")
    int register(@Parameters(paramLabel = "FILING-ID") long id) {
        try (Workspace ws = root.openWorkspace()) {
            FilingView view = ws.filings().view(id);
            print(ws.filings().register(id, view.filing().version(), true, true), root.messages());
        }
        return 0;
    }

    @Command(name = "return", description = "退回补正 with reasons.")
    int returnForCorrection(@Parameters(paramLabel = "FILING-ID") long id,
                            @Option(names = "--reason", required = true) List<String> reasons) {
        try (Workspace ws = root.openWorkspace()) {
            FilingView view = ws.filings().view(id);
            print(ws.filings().returnForCorrection(id, view.filing().version(), reasons), root.messages());
        }
        return 0;
    }

    @Command(name = "reject", description = "不予备案登记 with a reason.")
    int reject(@Parameters(paramLabel = "FILING-ID") long id, @Option(names = "--reason", required = true) String reason,
               @Option(names = "--not-normative") boolean notNormative) {
        try (Workspace ws = root.openWorkspace()) {
            FilingView view = ws.filings().view(id);
            print(ws.filings().reject(id, view.filing().version(), !notNormative, notNormative, reason), root.messages());
        }
        return 0;
    }

    @Command(name = "resubmit", description = "The corrected package of a returned filing.")
    int resubmit(@Parameters(paramLabel = "FILING-ID") long id, @Option(names = "--received", required = true) String received,
                 @Option(names = "--material", split = ",", required = true) List<String> materials) {
        try (Workspace ws = root.openWorkspace()) {
            FilingView view = ws.filings().view(id);
            List<MaterialInput> given = materials.stream()
                    .map(kind -> MaterialInput.present(EnumNames.parse(MaterialKind.class, kind))).toList();
            print(ws.filings().resubmit(id, view.filing().version(), received, null, given), root.messages());
        }
        return 0;
    }

    @Command(name = "receipt", description = "Write the 备案登记回执 of a registered filing (.docx and .pdf).")
    int receipt(@Parameters(paramLabel = "FILING-ID") long id, @Option(names = "--out", required = true) Path outDir) {
        try (Workspace ws = root.openWorkspace()) {
            ws.letters().receipt(id, outDir).forEach(spec.commandLine().getOut()::println);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    @Command(name = "notice", description = "Write the 退回补正通知书 of a returned filing (.docx and .pdf).")
    int notice(@Parameters(paramLabel = "FILING-ID") long id, @Option(names = "--out", required = true) Path outDir) {
        try (Workspace ws = root.openWorkspace()) {
            ws.letters().returnNotice(id, outDir).forEach(spec.commandLine().getOut()::println);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    @Command(name = "show", description = "One filing with its packages, checks and deadlines.")
    int show(@Parameters(paramLabel = "FILING-ID") long id) {
        try (Workspace ws = root.openWorkspace()) {
            print(ws.filings().view(id), root.messages());
        }
        return 0;
    }

    @Command(name = "list", description = "The intake queue, soonest deadline first.")
    int list(@Option(names = "--state", split = ",", description = "received, returned-for-correction, registered, ...")
             List<String> states) {
        Set<FilingState> wanted = EnumSet.noneOf(FilingState.class);
        for (String state : states == null ? List.<String>of() : states) {
            wanted.add(EnumNames.parse(FilingState.class, state));
        }
        try (Workspace ws = root.openWorkspace()) {
            printRows(ws.filings().queue(wanted));
        }
        return 0;
    }

    @Command(name = "overdue", description = "Open filings whose deadline has passed.")
    int overdue() {
        try (Workspace ws = root.openWorkspace()) {
            printRows(ws.filings().overdue());
        }
        return 0;
    }

    @Command(name = "unfiled", description = "漏报: documents that should have been filed and were not.")
    int unfiled(@Option(names = "--since", defaultValue = "2000-01-01", description = "Published on or after.") String since) {
        Messages m = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = root.openWorkspace()) {
            List<UnfiledDocument> rows = ws.filings().unfiled(LocalDate.parse(since));
            for (UnfiledDocument row : rows) {
                out.println(String.join("\t", String.valueOf(row.documentId()), nullToEmpty(row.docNumber()), row.title(),
                        row.issuer(), m.date(row.published()), m.date(row.filingDue()),
                        m.format("cli.filings.daysOverdue", row.daysOverdue())));
            }
            out.println(m.format("cli.list.count", rows.size()));
        }
        out.flush();
        return 0;
    }

    private void printRows(List<IntakeRow> rows) {
        Messages m = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        for (IntakeRow row : rows) {
            out.println(String.join("\t", String.valueOf(row.filingId()), nullToEmpty(row.docNumber()), row.title(),
                    row.filingUnit(), m.label(row.state()), m.date(row.firstReceived()), m.date(row.nextDue()),
                    m.label(row.health()), row.daysLate() > 0 ? m.format("cli.filings.daysLate", row.daysLate()) : "",
                    nullToEmpty(row.registrationNo())));
        }
        out.println(m.format("cli.list.count", rows.size()));
        out.flush();
    }

    private void print(FilingView view, Messages m) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.format("cli.filings.header", view.filing().id(), view.document().title(), m.label(view.filing().state())));
        if (view.filing().registrationNo() != null) {
            out.println(m.format("cli.filings.registered", view.filing().registrationNo(), m.date(view.filing().registeredDate())));
        }
        out.println(m.format("cli.filings.received", m.date(view.filing().receivedDate()), view.submissions().size()));
        for (MaterialItem item : view.currentSubmission().materials()) {
            out.println("  " + (item.present() ? "[x] " : "[ ] ") + m.label(item.kind())
                    + (item.fileName() == null ? "" : "  " + item.fileName()));
        }
        var d = view.deadlines();
        out.println(m.format("cli.filings.deadlines", m.date(d.filingDue()), d.daysLate(), m.date(d.formalCheckDue()),
                m.date(d.resubmitDue()), m.date(d.reviewDue())));
        out.flush();
    }

    private static Issuer issuerNamed(Workspace ws, String name) {
        return ws.register().issuers().stream().filter(i -> i.name().equals(name.strip())).findFirst()
                .orElseThrow(() -> new NotFoundException("issuer", name));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
