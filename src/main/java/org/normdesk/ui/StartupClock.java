package org.normdesk.ui;

import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/** Start-up times, counted from the start of the process (the launcher's own start included). */
public final class StartupClock {
    private StartupClock() {
    }

    /** When this process started; the JVM's start when the OS does not say. */
    public static Instant processStart() {
        return ProcessHandle.current().info().startInstant()
                .orElseGet(() -> Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    /**
     * CPU time this process has used so far, all its threads together; unlike the time since the start it hardly
     * depends on what else the machine is doing. Empty where the OS does not say.
     */
    public static java.util.Optional<Duration> cpuTime() {
        return ProcessHandle.current().info().totalCpuDuration();
    }

    public static Duration sinceStart() {
        return Duration.between(processStart(), Instant.now());
    }

    /**
     * Calls {@code then} with the time since the process started at the first pulse that lays out {@code scene}
     * while its window shows, that is when its first frame goes to the renderer; once.
     */
    public static void onFirstPaint(Scene scene, Consumer<Duration> then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            then.accept(sinceStart());
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
