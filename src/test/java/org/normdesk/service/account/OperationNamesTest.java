package org.normdesk.service.account;

import org.junit.jupiter.api.Test;
import org.normdesk.domain.account.AccessDeniedException;
import org.normdesk.domain.account.Role;
import org.normdesk.service.i18n.Messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation a service protects with {@code currentUser.require(role, "…")} has a name in both languages, so
 * that the access-denied sentence names it in the user's language. The operations are read from the sources, so a
 * new one without its texts fails here.
 */
class OperationNamesTest {
    private static final Pattern REQUIRE = Pattern.compile(
            "\\.require\\(\\s*(?:[\\w.]+\\.)?Role\\.\\w+\\s*,\\s*\"([^\"]+)\"\\s*\\)|\\.requireAnyone\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    static Set<String> operationsInServices() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/normdesk"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = REQUIRE.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return found;
    }

    @Test
    void every_protected_operation_has_a_chinese_and_an_english_name() throws IOException {
        Set<String> operations = operationsInServices();
        assertTrue(operations.size() >= 50, "the services' operations were found: " + operations);
        assertTrue(operations.contains("add a document") && operations.contains("encrypt the register"));
        ResourceBundle zh = Messages.load(Locale.SIMPLIFIED_CHINESE).bundle();
        ResourceBundle en = Messages.load(Locale.ENGLISH).bundle();
        Set<String> missing = new TreeSet<>();
        for (String operation : operations) {
            String key = Messages.operationKey(operation);
            if (!zh.containsKey(key) || !CJK.matcher(zh.getString(key)).find()
                    || !en.containsKey(key) || en.getString(key).isBlank() || CJK.matcher(en.getString(key)).find()) {
                missing.add(operation + " (" + key + ")");
            }
        }
        assertEquals(Set.of(), missing, "operations without a Chinese and an English name");
    }

    @Test
    void the_access_denied_sentence_names_the_operation_in_the_users_language() {
        AccessDeniedException denied = new AccessDeniedException("zhao", Role.REGISTRAR, "change a document's status");
        String chinese = Messages.load(Locale.SIMPLIFIED_CHINESE).format(denied);
        assertTrue(chinese.contains("变更文件效力状态"), chinese);
        assertTrue(chinese.contains("登记员"), chinese);
        assertTrue(chinese.chars().noneMatch(c -> c >= 'a' && c <= 'z' && !"zhao".contains(String.valueOf((char) c))),
                "no English words left: " + chinese);
        String english = Messages.load(Locale.ENGLISH).format(denied);
        assertTrue(english.contains("change a document's status"), english);

        String signIn = Messages.load(Locale.SIMPLIFIED_CHINESE).format(
                AccessDeniedException.signInRequired(Role.ADMIN, "upward.package"));
        assertTrue(signIn.contains("准备报备材料"), signIn);
    }
}
