package org.normdesk.ui.task;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jobs asked for while the app closes (its pool already shut down) are dropped quietly, not reported as crashes. */
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerIT {

    @Test
    void a_job_asked_for_after_the_pool_shut_down_is_not_started_and_leaves_the_runner_idle() throws Exception {
        ExecutorService pool = FxTaskRunner.daemonPool();
        FxTaskRunner runner = new FxTaskRunner(pool);
        List<String> heard = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> runner.run("before closing", progress -> "done", heard::add,
                e -> heard.add("failed"))).get();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> heard.contains("done"));

        pool.shutdown();
        Throwable[] thrown = new Throwable[1];
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                runner.run("a refresh after the lifecycle job", progress -> "late", heard::add, e -> heard.add("failed"));
            } catch (RuntimeException e) {
                thrown[0] = e;
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, thrown[0], "nothing thrown on the FX thread");
        assertEquals(List.of("done"), heard);
        assertFalse(runner.busyProperty().get(), "the runner is idle");
        assertTrue(pool.isShutdown());
    }
}
