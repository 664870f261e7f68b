package org.normdesk.service;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Room for the heap to grow while a bulk job runs. The launcher keeps the heap tight (installer/build-linux.sh:
 * the serial collector, {@code -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30}), which suits a reviewer's day but
 * not a 20,000-row import: its single transaction holds every new row and index page in memory until the commit,
 * the heap never grows because it never gets less than 10 % free, and the collector spent ~0.8 s re-copying that
 * live set (2.8 s instead of 2.0-2.2 s for 20,000 rows). Wider ratios measured no faster: the fresh memory a bigger
 * heap has to fault in costs what the fewer collections save.
 *
 * <p>While at least one {@link #widen() widened} scope is open, the heap is asked to keep 50-80 % free, so it grows
 * with the job (to about 260 MB for 20,000 rows, never beyond {@code -Xmx}) and collects it less often. When the
 * last one closes, the launcher's ratios come back and a full collection on a thread of its own gives the memory
 * back (the launcher's {@code -XX:-ShrinkHeapInSteps} lets that one collection shrink the heap all the way). Both
 * ratios are "manageable" HotSpot options, changed in the running JVM; on a JVM without them the scope does nothing.
 */
public final class HeapHeadroom implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HeapHeadroom.class);
    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";
    private static final int BULK_MIN_FREE = 50;
    private static final int BULK_MAX_FREE = 80;
    /** Growth of the committed heap after which closing the last scope gives the memory back at once. */
    private static final long GIVE_BACK_ABOVE = 128L << 20;

    private static int open;
    private static String savedMin;
    private static String savedMax;
    private static long committedBefore;

    private boolean closed;

    private HeapHeadroom() {
    }

    /** Widens the heap's free-space ratios until the returned scope (and every other open one) is closed. */
    public static synchronized HeapHeadroom widen() {
        if (open++ == 0) {
            try {
                HotSpotDiagnosticMXBean vm = vm();
                savedMin = vm.getVMOption(MIN_FREE).getValue();
                savedMax = vm.getVMOption(MAX_FREE).getValue();
                committedBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
                // the maximum first: the JVM refuses a minimum above the current maximum
                vm.setVMOption(MAX_FREE, Integer.toString(Math.max(BULK_MAX_FREE, Integer.parseInt(savedMax))));
                vm.setVMOption(MIN_FREE, Integer.toString(Math.max(BULK_MIN_FREE, Integer.parseInt(savedMin))));
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("heap ratios left as they are", e);
                savedMin = null;
            }
        }
        return new HeapHeadroom();
    }

    /** The heap's current minimum free ratio, in per cent (for tests and diagnostics). */
    public static int minFreeRatio() {
        return Integer.parseInt(vm().getVMOption(MIN_FREE).getValue());
    }

    @Override
    public void close() {
        synchronized (HeapHeadroom.class) {
            if (closed) {
                return;
            }
            closed = true;
            if (--open == 0 && savedMin != null) {
                try {
                    HotSpotDiagnosticMXBean vm = vm();
                    // the minimum first, so that it never exceeds the maximum
                    vm.setVMOption(MIN_FREE, savedMin);
                    vm.setVMOption(MAX_FREE, savedMax);
                } catch (RuntimeException e) {
                    LOG.debug("heap ratios not restored", e);
                    return;
                }
                long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
                if (committed > committedBefore + GIVE_BACK_ABOVE) {
                    giveBack(committed);
                }
            }
        }
    }

    /**
     * The serial collector shrinks the heap only in a full collection; without one, the memory the job needed would
     * stay with the app for the rest of the day. The collection runs on its own thread, after the job has returned.
     */
    private static void giveBack(long committed) {
        Thread collector = new Thread(() -> {
            System.gc();
            LOG.info("heap after bulk work: {} MB committed, {} MB after giving memory back", committed >> 20,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() >> 20);
        }, "normdesk:heap-give-back");
        collector.setDaemon(true);
        collector.start();
    }

    private static HotSpotDiagnosticMXBean vm() {
        return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    }
}
