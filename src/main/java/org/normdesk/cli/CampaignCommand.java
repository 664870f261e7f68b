package org.normdesk.cli;

import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignItem;
import org.normdesk.domain.cleanup.CampaignTrigger;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Command(name = "campaign", description = "Cleanup campaigns (清理): scope, decisions, finalize, catalogues.")
final class CampaignCommand {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Command(name = "create", description = "Start a campaign; prints its id.")
    int create(@Parameters(paramLabel = "NAME") String name, @Option(names = "--basis") String basis,
               @Option(names = "--special") boolean special, @Option(names = "--deadline") String deadline) {
        try (Workspace ws = root.openWorkspace()) {
            Campaign c = ws.campaigns().create(name, basis, special ? CampaignTrigger.SPECIAL : CampaignTrigger.ROUTINE,
                    deadline == null ? null : DateParser.parseDay(deadline));
            out().println(c.id());
            out().flush();
        }
        return 0;
    }

    @Command(name = "scope", description = "Add documents to the scope: all in force, or by year / search.")
    int scope(@Parameters(paramLabel = "CAMPAIGN-ID") long id, @Option(names = "--year") Integer year,
              @Option(names = "--search") String text) {
        try (Workspace ws = root.openWorkspace()) {
            int added = ws.campaigns().addToScope(id, new DocumentQuery(text,
                    EnumSet.of(LifecycleStatus.VALID, LifecycleStatus.AMENDED), Set.of(), year, null, 0));
            out().println(root.messages().format("cli.campaign.scoped", added));
            out().flush();
        }
        return 0;
    }

    @Command(name = "decide", description = "The same decision for documents (ids), or for every undecided one.")
    int decide(@Parameters(paramLabel = "CAMPAIGN-ID") long id,
               @Option(names = "--decision", required = true, description = "continue, amend, expire, repeal, already-repealed") String decision,
               @Option(names = "--reason", required = true) String reason,
               @Option(names = "--documents", split = ",", description = "Document ids (default: every undecided one).") List<Long> documents) {
        try (Workspace ws = root.openWorkspace()) {
            List<Long> ids = documents != null ? documents : ws.campaigns().items(id).stream()
                    .filter(i -> !i.decided()).map(CampaignItem::documentId).toList();
            ws.campaigns().decide(id, ids, EnumNames.parse(Disposition.class, decision), reason, null);
            out().println(root.messages().format("cli.campaign.decided", ids.size()));
            out().flush();
        }
        return 0;
    }

    @Command(name = "finalize", description = "Apply every decision to the register in one transaction and freeze it.")
    int finalizeCampaign(@Parameters(paramLabel = "CAMPAIGN-ID") long id,
                         @Option(names = "--approved-by", required = true) String approvedBy,
                         @Option(names = "--approved-on", required = true) String approvedOn,
                         @Option(names = "--result-number") String resultNumber) {
        try (Workspace ws = root.openWorkspace()) {
            Campaign c = ws.campaigns().get(id);
            ws.campaigns().finalizeCampaign(id, c.version(), approvedBy, DateParser.parseDay(approvedOn), resultNumber,
                    new ProgressLine(spec.commandLine().getErr()));
            printTotals(ws.campaigns().totals(id));
        }
        return 0;
    }

    @Command(name = "totals", description = "How many documents got each decision.")
    int totals(@Parameters(paramLabel = "CAMPAIGN-ID") long id) {
        try (Workspace ws = root.openWorkspace()) {
            printTotals(ws.campaigns().totals(id));
        }
        return 0;
    }

    private void printTotals(Map<Disposition, Integer> totals) {
        Messages m = root.messages();
        totals.forEach((d, n) -> out().println(m.label(d) + "\t" + n));
        out().flush();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
