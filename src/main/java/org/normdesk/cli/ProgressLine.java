package org.normdesk.cli;

import org.normdesk.service.Progress;

import java.io.PrintWriter;

/** Progress of a long job as one percentage line on stderr, redrawn at most once per percent. */
final class ProgressLine implements Progress {
    private final PrintWriter err;
    private long lastPercent = -1;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(long done, long total, String message) {
        long percent = total <= 0 ? 100 : done * 100 / total;
        if (percent != lastPercent) {
            lastPercent = percent;
            err.print("\r" + percent + "% ");
            if (done >= total) {
                err.println();
            }
            err.flush();
        }
    }
}
