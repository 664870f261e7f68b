package org.normdesk.cli;

import org.normdesk.domain.audit.AuditEntry;
import org.normdesk.domain.audit.ChainCheck;
import org.normdesk.service.Workspace;
import org.normdesk.service.audit.AuditService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;

@Command(name = "audit", description = "The tamper-evident audit trail.")
final class AuditCommand {
    /** Exit code when the chain is broken. */
    static final int BROKEN = 4;

    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Command(name = "verify", description = "Recompute every hash and link; report the first broken entry. "
            + "With --file, check an export instead of this register.")
    int verify(@Option(names = "--file", paramLabel = "FILE", description = "An export made by 'audit export'.") Path file) {
        PrintWriter out = spec.commandLine().getOut();
        if (file != null) {
            // another PC's export: no register needs to be opened
            ChainCheck check = AuditService.verifyExport(file);
            out.println(check.intact()
                    ? root.messages().format("cli.audit.fileIntact", check.entries(), check.headHash())
                    : root.messages().format("cli.audit.fileBroken", check.firstBroken(), check.entries()));
            out.flush();
            return check.intact() ? 0 : BROKEN;
        }
        try (Workspace ws = root.openWorkspace()) {
            ChainCheck check = ws.audit().verify();
            out.println(check.intact()
                    ? root.messages().format("cli.audit.intact", check.entries(), check.headHash())
                    : root.messages().format("cli.audit.broken", check.firstBroken(), check.entries()));
            out.flush();
            return check.intact() ? 0 : BROKEN;
        }
    }

    @Command(name = "export", description = "Write the audit trail with its chain head to a file that another PC can verify.")
    int export(@Option(names = "--out", required = true, paramLabel = "FILE") Path file) {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = root.openWorkspace()) {
            ChainCheck written = ws.audit().export(file);
            out.println(root.messages().format("cli.audit.exported", written.entries(), file, written.headHash()));
        }
        out.flush();
        return 0;
    }

    @Command(name = "history", description = "Every audit entry of one record, oldest first.")
    int history(@Parameters(paramLabel = "ENTITY", description = "document, filing, campaign, issuer, setting") String entity,
                @Parameters(paramLabel = "ID") long id) {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = root.openWorkspace()) {
            for (AuditEntry entry : ws.audit().history(entity, id)) {
                out.println(String.join("\t", String.valueOf(entry.seq()), entry.occurredAt().toString(), entry.actor(),
                        entry.action(), entry.afterJson() == null ? "" : entry.afterJson()));
            }
        }
        out.flush();
        return 0;
    }
}
