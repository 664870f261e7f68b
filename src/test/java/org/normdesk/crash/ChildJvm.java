package org.normdesk.crash;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A second JVM on the test class path (the {@code normdesk} CLI or a test's own main class), whose output is read
 * on a thread of its own, so that the test can kill it with SIGKILL the moment the child signals a point (a line
 * it prints, a file it writes) — a real crash at a known place, not a timed guess.
 */
final class ChildJvm implements AutoCloseable {
    /** Generous: the shared CI machine is loaded, and a hung child must fail the test, not the build. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private ChildJvm(List<String> command) throws IOException {
        this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
        this.reader = new Thread(() -> drain(process.getInputStream()), "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The NormDesk CLI on the data folder {@code dataDir}. */
    static ChildJvm normdesk(Path dataDir, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        return main(org.normdesk.app.Main.class, all.toArray(String[]::new));
    }

    /** Any class's {@code main} in a fresh JVM. */
    static ChildJvm main(Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(command);
    }

    /** Everything the child printed so far (stdout and stderr). */
    String output() {
        return output.toString();
    }

    /**
     * Waits for {@code signal} (checked every few milliseconds), then kills the child with SIGKILL.
     *
     * @return true if it was killed, false if it ended by itself before the signal
     */
    boolean killWhen(BooleanSupplier signal) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (signal.getAsBoolean()) {
                kill();
                return true;
            }
            if (!process.isAlive()) {
                reader.join(5_000);
                return false;
            }
            Thread.sleep(2);
        }
        kill();
        return fail("the child neither signalled nor ended within " + PATIENCE + ":\n" + output());
    }

    /** Kills the child once its output satisfies {@code seen}. */
    boolean killWhenOutput(Predicate<String> seen) throws InterruptedException {
        return killWhen(() -> seen.test(output()));
    }

    /** Kills the child once its progress line ({@code NN% }) passes {@code percent}; returns the last percentage. */
    int killWhenPast(int percent) throws InterruptedException {
        Pattern progress = Pattern.compile("(\\d+)% ");
        killWhenOutput(text -> lastPercent(progress, text) >= percent);
        int last = lastPercent(progress, output());
        return last < 0 ? 100 : last;
    }

    /** Waits for the child to end by itself; fails on a non-zero exit. */
    void awaitSuccess() throws InterruptedException {
        assertTrue(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the child did not end:\n" + output());
        reader.join(5_000);
        if (process.exitValue() != 0) {
            fail("the child failed with " + process.exitValue() + ":\n" + output());
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL (destroyForcibly on Linux and macOS); returns once the process is gone and its files released. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed child did not go away");
        reader.join(5_000);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int lastPercent(Pattern progress, String text) {
        Matcher m = progress.matcher(text);
        int last = -1;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }

    private void drain(InputStream in) {
        char[] buffer = new char[4096];
        try (Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (int n = text.read(buffer); n > 0; n = text.read(buffer)) {
                output.append(buffer, 0, n);
            }
        } catch (IOException closed) {
            // the child was killed: what it printed so far is all there is
        }
    }
}
