package org.normdesk.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every %key an FXML view shows, and every audit action the services record, exists in both languages (a missing
 * one would show the raw key).
 */
class FxmlKeysTest {
    private static final Pattern KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");

    private static Set<String> keys(String bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FxmlKeysTest.class.getResourceAsStream("/i18n/" + bundle)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }

    @Test
    void every_key_used_in_a_view_is_in_both_bundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("fxml"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 20, "the scan found the views");
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(keys(bundle));
            assertEquals(Set.of(), missing, "keys missing in " + bundle);
        }
    }

    /** {@code audit.record("filing.receive", …)}, {@code audited("filing.return", …)}, {@code Change("issuer.add", …)}. */
    private static final Pattern ACTION = Pattern.compile("(?:audit\\.record|audited|\\bChange)\\(\"([a-z][A-Za-z.]+)\"");

    @Test
    void every_audit_action_recorded_has_a_label_in_both_bundles() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = ACTION.matcher(Files.readString(file));
                while (m.find()) {
                    // "setting.deadline." + kind: one action per deadline kind
                    if (m.group(1).endsWith(".")) {
                        for (org.normdesk.domain.filing.DeadlineKind kind : org.normdesk.domain.filing.DeadlineKind.values()) {
                            actions.add(m.group(1) + kind.name());
                        }
                    } else {
                        actions.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(actions.containsAll(Set.of("document.add", "filing.receive", "campaign.finalize", "issuer.add",
                "setting.deadline.REVIEW_DUE")), "the scan found the services' actions: " + actions);
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> missing = new TreeSet<>();
            for (String action : actions) {
                if (!keys(bundle).contains("audit.action." + action)) {
                    missing.add(action);
                }
            }
            assertEquals(Set.of(), missing, "audit actions without a label in " + bundle);
        }
    }
}
