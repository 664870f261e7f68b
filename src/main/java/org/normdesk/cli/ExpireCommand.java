package org.normdesk.cli;

import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.LifecycleService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "expire", description = "Bring documents whose effective date has come into force (现行有效) and mark documents whose validity has ended as expired (已失效).")
final class ExpireCommand implements Callable<Integer> {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "Only list what would expire.")
    boolean dryRun;

    @Override
    public Integer call() {
        Messages m = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = root.openWorkspace()) {
            List<NormativeDocument> entering;
            List<NormativeDocument> docs;
            if (dryRun) {
                entering = workspace.lifecycle().dueToEnterForce();
                docs = workspace.lifecycle().dueForExpiry();
            } else {
                LifecycleService.DailyRun run = workspace.lifecycle().applyDue();
                entering = run.enteredForce();
                docs = run.expired();
            }
            for (NormativeDocument doc : entering) {
                out.println(String.join("\t", String.valueOf(doc.id()),
                        doc.docNumber() == null ? "" : doc.docNumber().raw(), doc.title(), m.date(doc.effectiveDate())));
            }
            if (!entering.isEmpty()) {
                out.println(m.format(dryRun ? "cli.expire.wouldEnterForce" : "cli.expire.enteredForce", entering.size()));
            }
            for (NormativeDocument doc : docs) {
                out.println(String.join("\t", String.valueOf(doc.id()),
                        doc.docNumber() == null ? "" : doc.docNumber().raw(), doc.title(), m.date(doc.validUntil())));
            }
            out.println(m.format(dryRun ? "cli.expire.wouldExpire" : "cli.expire.expired", docs.size()));
        }
        out.flush();
        return 0;
    }
}
