package org.normdesk.cli;

import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "issuers", description = "List the issuing and filing bodies.")
final class IssuersCommand implements Callable<Integer> {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = root.openWorkspace()) {
            for (Issuer issuer : workspace.register().issuers()) {
                out.println(String.join("\t", String.valueOf(issuer.id()), issuer.name(),
                        issuer.code() == null ? "" : issuer.code(), m.label(issuer.level()), m.label(issuer.kind())));
            }
        }
        out.flush();
        return 0;
    }
}
