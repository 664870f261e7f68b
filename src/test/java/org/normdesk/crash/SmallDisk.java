package org.normdesk.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A tiny tmpfs mounted on a folder, to make a disk that fills up or turns read-only. Needs root with the right to
 * mount (a CI container as root usually has it). Where mounting is refused the test is skipped with the reason —
 * chmod is no substitute there, as root ignores file permissions.
 */
final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    static SmallDisk mount(Path mountPoint, long bytes) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", mountPoint.toString());
        assumeTrue(mounted, "mounting a tmpfs needs root with CAP_SYS_ADMIN; not available here");
        return new SmallDisk(mountPoint);
    }

    Path root() {
        return mountPoint;
    }

    /** Makes room (keeps what is on it). */
    void resize(long bytes) throws IOException, InterruptedException {
        require(run("mount", "-o", "remount,size=" + bytes, mountPoint.toString()), "remount");
    }

    void readOnly() throws IOException, InterruptedException {
        require(run("mount", "-o", "remount,ro", mountPoint.toString()), "remount read-only");
    }

    void writable() throws IOException, InterruptedException {
        require(run("mount", "-o", "remount,rw", mountPoint.toString()), "remount read-write");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        // lazy: a file handle still open in this JVM must not leave the mount behind
        run("umount", "-l", mountPoint.toString());
    }

    private static void require(boolean done, String what) {
        if (!done) {
            throw new IllegalStateException("could not " + what);
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        } catch (IOException noSuchCommand) {
            return false;
        }
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
