package org.normdesk.cli;

import org.normdesk.service.Progress;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Progress of a long job as one percentage line on stderr, redrawn at most once per percent. */
final class ProgressLine implements Progress {
    private final PrintWriter err;
    private long lastPercent = -1;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** Writers left in the middle of a progress line by a job that has not finished (e.g. it failed). */
    private static final Set<PrintWriter> UNFINISHED = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public void update(long done, long total, String message) {
        long percent = total <= 0 ? 100 : done * 100 / total;
        if (percent != lastPercent) {
            lastPercent = percent;
            err.print("\r" + percent + "% ");
            synchronized (UNFINISHED) {
                if (done >= total) {
                    err.println();
                    UNFINISHED.remove(err);
                } else {
                    UNFINISHED.add(err);
                }
            }
            err.flush();
        }
    }

    /** Ends a progress line a failed job left open, so that its error message starts on a line of its own. */
    static void endUnfinished(PrintWriter err) {
        synchronized (UNFINISHED) {
            if (UNFINISHED.remove(err)) {
                err.println();
            }
        }
    }
}
