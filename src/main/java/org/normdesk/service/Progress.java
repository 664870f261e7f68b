package org.normdesk.service;

/** Long jobs report through this; the GUI binds it to a Task, the CLI prints a progress line. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total, message) -> { };

    void update(long done, long total, String message);

    /** A progress message counting items: "12,000 / 100,000". */
    static String counted(long done, long total) {
        return String.format(java.util.Locale.ROOT, "%,d / %,d", done, total);
    }
}
