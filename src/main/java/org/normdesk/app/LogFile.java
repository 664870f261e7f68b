package org.normdesk.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * The desktop app's rolling log in {@code <data folder>/logs/normdesk.log}: one file a day, cut into parts past a size, parts
 * older than {@link #DEFAULT_DAYS} days or beyond a total cap deleted. Set up in code rather than in logback.xml
 * because the folder is only known once the command line is read, and the CLI must not write a log file.
 */
public final class LogFile {
    public static final int DEFAULT_DAYS = 30;
    static final String APPENDER_NAME = "DATA_FOLDER_FILE";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    private LogFile() {
    }

    /** Logs of the whole app go to {@code file}, with the defaults (10 MB parts, 30 days, 200 MB in all). */
    public static Path install(Path file) {
        return install(file, FileSize.valueOf("10MB"), DEFAULT_DAYS, FileSize.valueOf("200MB"));
    }

    /**
     * Adds the rolling file to the root logger (replacing one added before) and returns the file written to.
     * Earlier days and parts are kept beside it as {@code normdesk-YYYY-MM-DD.N.log}.
     */
    public static Path install(Path logFile, FileSize maxPartSize, int keptDays, FileSize totalCap) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var previous = root.getAppender(APPENDER_NAME);
        if (previous != null) {
            root.detachAppender(previous);
            previous.stop();
        }
        Path file = logFile.toAbsolutePath();
        String base = file.getFileName().toString().replaceFirst("\\.log$", "");

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER_NAME);
        appender.setFile(file.toString());
        appender.setEncoder(encoder);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(file.resolveSibling(base + "-%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(maxPartSize);
        policy.setMaxHistory(keptDays);
        policy.setTotalSizeCap(totalCap);
        policy.setCleanHistoryOnStart(true);
        policy.start();

        appender.setRollingPolicy(policy);
        appender.setTriggeringPolicy(policy);
        appender.start();
        root.addAppender(appender);
        return file;
    }
}
