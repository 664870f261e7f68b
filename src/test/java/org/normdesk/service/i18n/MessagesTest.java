package org.normdesk.service.i18n;

import org.junit.jupiter.api.Test;
import org.normdesk.domain.calendar.DayKind;
import org.normdesk.domain.document.DocumentField;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.FormalCheckDecision;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.filing.DueHealth;
import org.normdesk.service.filing.IntakeField;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both languages are complete: every key in both bundles, every label and every error key present. */
class MessagesTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chinese_and_english_bundles_have_the_same_keys() throws IOException {
        Set<String> zh = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertEquals(Set.of(), onlyZh, "keys missing in English");
        assertEquals(Set.of(), onlyEn, "keys missing in Chinese");
    }

    @Test
    void every_enum_shown_to_users_has_a_label_in_both_languages() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Messages m = Messages.load(locale);
            for (Class<? extends Enum<?>> type : List.of(LifecycleStatus.class, DocumentType.class, FilingState.class,
                    FilingChannel.class, OrgLevel.class, OrgKind.class, DocumentField.class, MaterialKind.class,
                    IntakeField.class, FormalCheckDecision.class, DueHealth.class, DayKind.class,
                    org.normdesk.domain.account.Role.class)) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    String label = m.label(constant);
                    assertTrue(!label.equals(type.getSimpleName() + "." + constant.name()),
                            "no " + locale + " label for " + type.getSimpleName() + "." + constant.name());
                }
            }
        }
    }

    @Test
    void every_error_key_in_the_code_has_a_sentence() throws IOException {
        Pattern keyed = Pattern.compile("(?:Exception|super)\\(\\s*\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = keyed.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Set<String> zh = bundle("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(zh);
        assertEquals(Set.of(), missing, "error keys without a sentence");
        assertTrue(used.size() > 10, "the scan found the keys");
    }

    @Test
    void chinese_is_the_default_and_english_follows_an_english_system() {
        assertEquals(Locale.ENGLISH, Messages.chooseLocale(null, Locale.US));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.chooseLocale(null, Locale.FRANCE));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.chooseLocale("zh", Locale.US));
        assertEquals(Locale.ENGLISH, Messages.chooseLocale("en", Locale.SIMPLIFIED_CHINESE));
        // LANG=C.UTF-8: Java's "en" without a country, a machine where no language was chosen
        assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.chooseLocale(null, Locale.ENGLISH));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.chooseLocale("", new Locale("en")));
        assertEquals(Locale.ENGLISH, Messages.chooseLocale(null, Locale.UK));
        assertEquals("现行有效", Messages.load(Locale.SIMPLIFIED_CHINESE).label(LifecycleStatus.VALID));
        assertEquals("Valid", Messages.load(Locale.ENGLISH).label(LifecycleStatus.VALID));
        assertEquals("文件当前为“已废止”，不能变更为“现行有效”", Messages.load(Locale.SIMPLIFIED_CHINESE)
                .format("status.transition.refused", LifecycleStatus.REPEALED, LifecycleStatus.VALID));
    }
}
