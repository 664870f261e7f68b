package org.normdesk.cli;

import org.normdesk.domain.review.rules.Hint;
import org.normdesk.domain.review.rules.RulePack;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.review.hints.DocumentHints;
import org.normdesk.service.review.hints.HintView;
import org.normdesk.service.review.hints.RulePackLoader;
import org.normdesk.service.review.text.ImportedText;
import org.normdesk.service.review.text.StoredText;
import org.normdesk.service.review.text.TextImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The document text and legality hints on the command line: {@link Text} imports a document's electronic
 * text, {@link Hints} prints the hints of a document (or of a file not yet filed). Both are meant to sit under
 * the {@code review} command ({@code subcommands = {ReviewTextCommands.Text.class, ReviewTextCommands.Hints.class}});
 * until it exists they are reachable as {@code normdesk hints text …} and {@code normdesk hints show …}.
 */
@Command(name = "hints", description = "Document text and offline legality hints (prompts for the reviewer, not findings).",
        subcommands = {ReviewTextCommands.Text.class, ReviewTextCommands.Hints.class})
final class ReviewTextCommands {

    /** The root command, wherever these commands are nested. */
    private static NormDeskCommand root(CommandSpec spec) {
        return (NormDeskCommand) spec.root().userObject();
    }

    @Command(name = "text", description = "Import the electronic text (.docx, .txt, .pdf) of a registered document.")
    static final class Text implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DOC-ID", description = "The document's number in the register.")
        long documentId;
        @Option(names = "--file", paramLabel = "FILE", required = true, description = "The .docx, .txt or text PDF.")
        Path file;

        @Override
        public Integer call() {
            Messages m = root(spec).messages();
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace ws = root(spec).openWorkspace()) {
                StoredText stored = ws.hints().importText(documentId, file);
                if (stored.hasText()) {
                    out.println(m.format("cli.review.text.imported", String.valueOf(documentId), stored.sourceName(),
                            stored.extraction(), stored.text().numbered().size(), stored.sha256()));
                } else {
                    out.println(m.format("cli.review.text.scanned", String.valueOf(documentId), stored.sourceName()));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "hints", aliases = "show",
            description = "Print the hints of a document's text, or of a file: article, matched text, rule and reason.")
    static final class Hints implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DOC-ID", arity = "0..1", description = "The document's number in the register.")
        Long documentId;
        @Option(names = "--file", paramLabel = "FILE", description = "Read this file instead (nothing is stored).")
        Path file;
        @Option(names = "--rules", paramLabel = "PACK.json", description = "Use this rule pack with --file instead of the shipped one.")
        Path rules;

        @Override
        public Integer call() {
            Messages m = root(spec).messages();
            PrintWriter out = spec.commandLine().getOut();
            if ((documentId == null) == (file == null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), m.get("cli.review.hints.needOne"));
            }
            if (file != null) {
                RulePack pack = rules == null ? RulePackLoader.bundled() : RulePackLoader.load(rules);
                ImportedText read = new TextImporter().read(file);
                if (!read.hasText()) {
                    out.println(m.format("cli.review.text.scanned", "-", read.sourceName()));
                } else {
                    List<Hint> hints = pack.hints(read.text());
                    out.println(m.format("cli.review.hints.header", pack.id(), pack.version(), hints.size(), 0));
                    hints.forEach(h -> print(out, m, new HintView(h, null)));
                }
            } else {
                try (Workspace ws = root(spec).openWorkspace()) {
                    DocumentHints hints = ws.hints().hints(documentId);
                    switch (hints.state()) {
                        case NO_TEXT -> out.println(m.format("cli.review.hints.noText", String.valueOf(documentId)));
                        case NO_TEXT_LAYER -> out.println(m.format("cli.review.text.scanned", String.valueOf(documentId),
                                hints.text().sourceName()));
                        case CHECKED -> {
                            out.println(m.format("cli.review.hints.header", hints.packId(), hints.packVersion(),
                                    hints.hints().size(), hints.dismissedCount()));
                            hints.hints().forEach(h -> print(out, m, h));
                        }
                    }
                }
            }
            out.println(m.get("review.hints.notice"));
            out.flush();
            return 0;
        }

        private static void print(PrintWriter out, Messages m, HintView view) {
            Hint h = view.hint();
            out.println(m.format("cli.review.hints.line", h.articleLabel(), m.label(h.category()), h.phrase(),
                    h.ruleTitle().in(m.locale()) + " [" + h.ruleId() + "]"));
            out.println(m.format("cli.review.hints.why", h.reason().in(m.locale())));
            if (view.dismissed()) {
                out.println(m.format("cli.review.hints.dismissed", view.dismissal().dismissedBy(), view.dismissal().reason()));
            }
        }
    }
}
