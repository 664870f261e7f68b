package org.normdesk.cli;

import org.normdesk.service.DatabaseInfo;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "db-info", description = "Show which database is open, its schema version and what it holds.")
final class DbInfoCommand implements Callable<Integer> {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = root.messages();
        try (Workspace workspace = root.openWorkspace()) {
            DatabaseInfo info = workspace.info();
            var out = spec.commandLine().getOut();
            out.println(m.format("cli.dbinfo.kind", info.kind()));
            out.println(m.format("cli.dbinfo.url", info.url()));
            out.println(m.format("cli.dbinfo.schema", info.schemaVersion()));
            out.println(m.format("cli.dbinfo.documents", info.documents()));
            out.println(m.format("cli.dbinfo.filings", info.filings()));
            out.flush();
        }
        return 0;
    }
}
