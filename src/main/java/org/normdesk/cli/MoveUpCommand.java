package org.normdesk.cli;

import org.normdesk.service.Workspace;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.admin.MoveUpService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "move-up", description = "Copy this PC's register into an empty shared PostgreSQL database and verify it.")
final class MoveUpCommand implements Callable<Integer> {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "JDBC-URL", description = "e.g. jdbc:postgresql://server/normdesk")
    String targetUrl;
    @Option(names = "--to-user", paramLabel = "USER")
    String targetUser;
    @Option(names = "--attachments", required = true, paramLabel = "DIR",
            description = "The shared attachments folder every workstation can reach.")
    Path sharedAttachments;

    @Override
    public Integer call() {
        String password = System.getenv("NORMDESK_DB_PASSWORD");
        if (password == null && System.console() != null) {
            char[] typed = System.console().readPassword("Password for %s: ", targetUrl);
            password = typed == null ? "" : new String(typed);
        }
        CurrentUser actor;
        try (Workspace source = root.openWorkspace()) {
            actor = source.currentUser();
        }
        MoveUpService.Report report = MoveUpService.moveUp(actor, root.dataFolder(), targetUrl, targetUser, password,
                sharedAttachments, new ProgressLine(spec.commandLine().getErr()));
        PrintWriter out = spec.commandLine().getOut();
        for (Map.Entry<String, Integer> table : report.rowsPerTable().entrySet()) {
            out.println(table.getKey().toLowerCase() + "\t" + table.getValue());
        }
        out.println(root.messages().format("cli.moveup.done", report.attachmentFilesCopied()));
        out.flush();
        return 0;
    }
}
