package org.normdesk.cli;

import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "add-issuer", description = "Add an issuing or filing body.")
final class AddIssuerCommand implements Callable<Integer> {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true)
    String name;
    @Option(names = "--code", description = "机关代字 used in 文号, e.g. 濮政办.")
    String code;
    @Option(names = "--level", required = true, description = "province, city, county, township.")
    String level;
    @Option(names = "--kind", required = true,
            description = "government, general-office, department, authorised-org, dispatched-agency, temporary-body, congress-standing-committee, other.")
    String kind;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            Issuer added = workspace.register().addIssuer(new Issuer(null, name, code,
                    EnumNames.parse(OrgLevel.class, level), EnumNames.parse(OrgKind.class, kind), null));
            spec.commandLine().getOut().println(root.messages().format("cli.issuer.added", added.id(), added.name()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
