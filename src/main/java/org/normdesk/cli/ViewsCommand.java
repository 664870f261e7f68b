package org.normdesk.cli;

import org.normdesk.service.Workspace;
import org.normdesk.service.search.SavedView;
import org.normdesk.service.search.SavedViewService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

@Command(name = "views", description = "Saved views of the register: list, save, delete.",
        subcommands = {ViewsCommand.ListViews.class, ViewsCommand.Save.class, ViewsCommand.Delete.class})
final class ViewsCommand {
    @ParentCommand
    NormDeskCommand root;

    @Command(name = "list", description = "Every saved view with the number of documents it shows now.")
    static final class ListViews implements Runnable {
        @ParentCommand
        ViewsCommand views;
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (Workspace workspace = views.root.openWorkspace()) {
                PrintWriter out = spec.commandLine().getOut();
                for (SavedViewService.ViewCount v : workspace.views().listWithCounts()) {
                    out.println(v.view().name() + "\t" + v.count());
                }
                out.flush();
            }
        }
    }

    @Command(name = "save", description = "Save filters under a name (replacing a view of that name).")
    static final class Save implements Runnable {
        @ParentCommand
        ViewsCommand views;
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--search", paramLabel = "TEXT", description = "Title words or a 文号.")
        String text;

        @Mixin
        FilterOptions filters;

        @Override
        public void run() {
            try (Workspace workspace = views.root.openWorkspace()) {
                var filter = filters.toFilter(workspace, text);
                SavedView saved = workspace.views().list().stream().filter(v -> v.name().equals(name.strip()))
                        .findFirst()
                        .map(v -> workspace.views().update(v.id(), v.version(), name, filter))
                        .orElseGet(() -> workspace.views().create(name, filter));
                spec.commandLine().getOut().println(views.root.messages().format("cli.views.saved", saved.name(),
                        workspace.views().count(saved)));
                spec.commandLine().getOut().flush();
            }
        }
    }

    @Command(name = "delete", description = "Delete a saved view.")
    static final class Delete implements Runnable {
        @ParentCommand
        ViewsCommand views;
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public void run() {
            try (Workspace workspace = views.root.openWorkspace()) {
                SavedView view = workspace.views().byName(name);
                workspace.views().delete(view.id());
                spec.commandLine().getOut().println(views.root.messages().format("cli.views.deleted", view.name()));
                spec.commandLine().getOut().flush();
            }
        }
    }
}
