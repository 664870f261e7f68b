package org.normdesk.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.util.FileSize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogFileTest {
    private static final Logger LOG = LoggerFactory.getLogger("org.normdesk.LogFileTest");

    @TempDir
    Path dir;

    @AfterEach
    void removeTheFile() {
        var root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        var appender = root.getAppender(LogFile.APPENDER_NAME);
        if (appender != null) {
            root.detachAppender(appender);
            appender.stop();
        }
    }

    @Test
    void the_app_logs_into_the_data_folder_creating_the_logs_folder() throws Exception {
        Path file = LogFile.install(dir.resolve("data/logs/normdesk.log"));

        LOG.info("登记了 濮政〔2019〕12号");
        LOG.error("a failure", new IllegalStateException("broken"));

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("INFO  [main] org.normdesk.LogFileTest - 登记了 濮政〔2019〕12号"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: broken"), "the stack trace is in the file");
    }

    @Test
    void a_full_part_rolls_over_into_a_dated_numbered_file_and_the_current_file_starts_again() throws Exception {
        Path file = LogFile.install(dir.resolve("normdesk.log"), FileSize.valueOf("2KB"), 7, FileSize.valueOf("1MB"));

        for (int i = 0; i < 200; i++) {
            LOG.info("line {} of a busy day: {}", i, "x".repeat(40));
        }

        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        // Not "…0.log" by name: once, on a loaded machine, the first parts were gone by the time of the listing
        // (logback's remover runs on its own thread); the naming is what this checks.
        String todaysPart = "normdesk-" + LocalDate.now() + "\\.\\d+\\.log";
        List<String> parts = names.stream().filter(name -> name.matches(todaysPart)).toList();
        assertTrue(parts.size() > 3, "several of today's parts: " + names);
        assertTrue(Files.size(file) < 4 * 1024, "the current file stays about one part long");
        assertTrue(Files.readString(file).contains("line 199 of a busy day"), "the newest line is in the current file");
    }

    @Test
    void installing_again_replaces_the_file_instead_of_writing_twice() throws Exception {
        Path first = LogFile.install(dir.resolve("one/normdesk.log"));
        Path second = LogFile.install(dir.resolve("two/normdesk.log"));

        LOG.info("only once");

        assertEquals(1, Files.readString(second).split("only once", -1).length - 1);
        assertTrue(!Files.exists(first) || !Files.readString(first).contains("only once"));
    }
}
