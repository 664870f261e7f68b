package org.normdesk.cli;

import org.normdesk.service.Workspace;
import org.normdesk.service.demo.DemoRegister;
import org.normdesk.service.demo.DemoRegisterService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import-demo", description = "Load the demo register into an empty register.")
final class ImportDemoCommand implements Callable<Integer> {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "JSON", description = "A demo register file instead of the shipped one.")
    Path file;

    @Override
    public Integer call() throws IOException {
        DemoRegister demo;
        if (file == null) {
            demo = DemoRegisterService.readShipped();
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                demo = DemoRegisterService.read(in);
            }
        }
        try (Workspace workspace = root.openWorkspace()) {
            var summary = workspace.demo().importRegister(demo, new ProgressLine(spec.commandLine().getErr()));
            spec.commandLine().getOut().println(root.messages().format("cli.demo.imported",
                    summary.documents(), summary.issuers(), summary.filings()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
