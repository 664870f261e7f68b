package org.normdesk.ui.crash;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What a user copies to whoever supports them after an unexpected error: the app's version, the system, the
 * thread, where the log file is, and the stack trace. Plain text in English, so that it reads the same to
 * everyone it is sent on to.
 */
public record CrashReport(String version, String system, String java, ZonedDateTime at, String thread, Path logFile,
                          Throwable error) {

    /** A report on this machine now. */
    public static CrashReport of(Thread thread, Throwable error, Path logFile) {
        return new CrashReport(appVersion(), System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " (" + System.getProperty("os.arch") + ")",
                System.getProperty("java.version") + " " + System.getProperty("java.vendor", "")
                        + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"),
                ZonedDateTime.now(), thread.getName(), logFile, error);
    }

    /** The version in the jar's manifest, or "development" when run from classes. */
    public static String appVersion() {
        String version = CrashReport.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    public String text() {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return "NormDesk " + version + " — error report\n"
                + "Time:    " + at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n"
                + "System:  " + system + "\n"
                + "Java:    " + java + "\n"
                + "Thread:  " + thread + "\n"
                + "Log:     " + (logFile == null ? "(none)" : logFile.toString()) + "\n"
                + "\n" + trace.toString().stripTrailing() + "\n";
    }
}
