package org.normdesk.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the command line starts the desktop app: normally, for a smoke test, or for a double-clicked file. */
class StartOptionsTest {
    private final List<String> calls = new ArrayList<>();
    private final NormDeskCommand.GuiLauncher launcher = new NormDeskCommand.GuiLauncher() {
        @Override
        public void launch(Path dataDir, String language) {
            calls.add("launch " + dataDir + " " + language);
        }

        @Override
        public void launch(Path dataDir, String language, Path file) {
            calls.add("launch " + dataDir + " " + language + " to open " + file);
        }

        @Override
        public int smoke(Path dataDir, String language) {
            calls.add("smoke " + dataDir + " " + language);
            return 3;
        }
    };

    private int run(String... args) {
        StringWriter err = new StringWriter();
        return NormDeskCommand.run(new NormDeskCommand(launcher, Clock.systemUTC()), new PrintWriter(new StringWriter()),
                new PrintWriter(err), args);
    }

    @Test
    void smoke_starts_the_smoke_run_with_the_data_folder_and_returns_its_exit_code() {
        assertEquals(3, run("--data-dir", "/tmp/nd-smoke", "--smoke", "--lang", "en"));
        assertEquals(List.of("smoke " + Path.of("/tmp/nd-smoke") + " en"), calls);
    }

    @Test
    void a_double_clicked_exchange_package_starts_the_app_to_open_it() {
        assertEquals(0, run("/home/user/下载/2019年备案.ndpkg"));
        assertEquals(List.of("launch null null to open " + Path.of("/home/user/下载/2019年备案.ndpkg")), calls);
    }

    @Test
    void a_subcommand_name_is_still_a_subcommand_not_a_file() {
        assertEquals(0, run("help"));
        assertEquals(List.of(), calls);
    }
    @Test
    void the_desktop_start_is_read_without_picocli_in_both_option_forms() {
        assertEquals(0, run("--data-dir=/tmp/nd-a", "--lang=zh"));
        assertEquals(0, run("--lang", "en", "/tmp/包.ndpkg", "--data-dir", "/tmp/nd-b"));
        assertEquals(List.of("launch " + Path.of("/tmp/nd-a") + " zh", "launch " + Path.of("/tmp/nd-b") + " en to open " + Path.of("/tmp/包.ndpkg")), calls);
        assertEquals(new DesktopStart(Path.of("/tmp/nd-b"), "en", false, Path.of("/tmp/包.ndpkg")),
                DesktopStart.parse("--lang", "en", "/tmp/包.ndpkg", "--data-dir", "/tmp/nd-b"));
        assertEquals(new DesktopStart(null, null, true, null), DesktopStart.parse("--smoke"));
        assertEquals(new DesktopStart(null, null, false, null), DesktopStart.parse());
    }

    @Test
    void everything_else_is_left_to_picocli_and_gets_its_answer() {
        // a missing value, a repeated option, another option, help, version and two files: picocli's own answers
        for (String[] args : List.of(new String[] {"--data-dir"}, new String[] {"--smoke", "--smoke"},
                new String[] {"--lang", "en", "--lang", "zh"}, new String[] {"--db-url", "jdbc:h2:mem:x"},
                new String[] {"--help"}, new String[] {"-V"}, new String[] {"a.ndpkg", "b.ndpkg"},
                new String[] {"--data-dir", "--smoke"}, new String[] {"list"}, new String[] {"--data-dir", "/tmp/x", "db-info", "--help"})) {
            assertEquals(null, DesktopStart.parse(args), String.join(" ", args));
        }
        assertEquals(2, run("--data-dir"));
        assertEquals(2, run("--smoke", "--smoke"));
        assertEquals(2, run("a.ndpkg", "b.ndpkg"));
        assertEquals(0, run("--version"));
        assertEquals(List.of(), calls);
    }

    @Test
    void the_subcommand_names_read_from_the_annotations_are_the_ones_picocli_knows() {
        var picocli = new picocli.CommandLine(new NormDeskCommand(launcher, Clock.systemUTC()));
        assertEquals(picocli.getSubcommands().keySet(), DesktopStart.subcommandNames());
        for (String name : picocli.getSubcommands().keySet()) {
            assertEquals(null, DesktopStart.parse(name), name);
        }
    }
}
