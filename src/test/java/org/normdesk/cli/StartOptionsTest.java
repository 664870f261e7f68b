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
}
