package org.normdesk.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs {@code normdesk} in this JVM the way a script would, and hands back its exit code, standard output and
 * standard error. The GUI must not start from a subcommand: a test that reaches it fails.
 */
final class CliRun {
    private CliRun() {
    }

    record Result(int exitCode, String out, String err) {
    }

    /** {@code normdesk --data-dir dataDir --lang zh args…} with the real environment and standard input. */
    static Result run(Clock clock, Path dataDir, String... args) {
        return run(clock, null, null, args(dataDir, "zh", args));
    }

    /**
     * {@code normdesk args…} exactly as given.
     *
     * @param environment where the command reads its environment variables (the passwords); null: the real one
     * @param stdin what it reads from standard input; null: the real standard input
     */
    static Result run(Clock clock, Function<String, String> environment, String stdin, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        NormDeskCommand root = new NormDeskCommand((dir, lang) -> {
            throw new AssertionError("the GUI must not start from a subcommand");
        }, clock);
        if (environment != null) {
            root.environment = environment;
        }
        if (stdin != null) {
            root.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        }
        int code = NormDeskCommand.run(root, new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code --data-dir dataDir --lang lang} followed by {@code args}. */
    static List<String> args(Path dataDir, String lang, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", lang));
        all.addAll(List.of(args));
        return all;
    }
}
