package org.normdesk.service.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.DataFolder;
import org.normdesk.service.settings.WorkstationPreferences.Values;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkstationPreferencesTest {
    private static final String URL = "jdbc:postgresql://server.local:5432/normdesk";

    @TempDir
    Path dir;

    private WorkstationPreferences prefs() {
        return WorkstationPreferences.of(new DataFolder(dir));
    }

    @Test
    void without_a_file_the_defaults_follow_the_system_and_open_this_pcs_own_register() {
        Values values = prefs().load();

        assertEquals(Values.DEFAULTS, values);
        assertEquals(LanguageChoice.SYSTEM, values.language());
        assertFalse(values.sharedDatabase());
        assertFalse(Files.exists(dir.resolve("preferences.properties")), "reading creates nothing");
    }

    @Test
    void the_preferences_live_in_the_data_folder_and_come_back_as_saved() {
        Path attachments = dir.resolve("共享附件");
        prefs().save(new Values(LanguageChoice.ENGLISH, URL, "reviewer", attachments));

        Values read = prefs().load();

        assertEquals(dir.resolve("preferences.properties"), prefs().file().orElseThrow());
        assertEquals(LanguageChoice.ENGLISH, read.language());
        assertEquals(URL, read.sharedUrl());
        assertEquals("reviewer", read.sharedUser());
        assertEquals(attachments, read.sharedAttachments(), "a folder with Chinese characters survives");
        assertTrue(read.sharedDatabase());
    }

    @Test
    void a_url_with_a_password_is_refused_and_nothing_is_written() {
        DomainException refused = assertThrows(DomainException.class, () -> prefs().save(
                Values.DEFAULTS.withSharedDatabase(URL + "?user=normdesk&password=secret", "", null)));

        assertEquals("preferences.sharedUrl.password", refused.messageKey());
        assertFalse(Files.exists(dir.resolve("preferences.properties")));
    }

    @Test
    void the_file_never_holds_a_password() throws IOException {
        prefs().save(Values.DEFAULTS.withSharedDatabase(URL, "reviewer", null));

        String text = Files.readString(dir.resolve("preferences.properties"), StandardCharsets.UTF_8);

        assertTrue(text.contains("db.shared.url=" + URL.replace(":", "\\:")), text);
        assertFalse(text.toLowerCase().contains("password="), text);
    }

    @Test
    void only_postgresql_addresses_are_accepted_for_a_shared_register() {
        assertEquals("preferences.sharedUrl.notPostgres", assertThrows(DomainException.class,
                () -> WorkstationPreferences.checkSharedUrl("jdbc:h2:file:/tmp/x")).messageKey());
        assertEquals("preferences.sharedUrl.notPostgres", assertThrows(DomainException.class,
                () -> WorkstationPreferences.checkSharedUrl("jdbc:postgresql://")).messageKey());
        assertEquals("preferences.sharedUrl.blank", assertThrows(DomainException.class,
                () -> WorkstationPreferences.checkSharedUrl("  ")).messageKey());
        assertEquals("preferences.sharedUrl.password", assertThrows(DomainException.class,
                () -> WorkstationPreferences.checkSharedUrl(URL + "?sslpassword=x")).messageKey());
        assertEquals(URL + "?currentSchema=ndk", WorkstationPreferences.checkSharedUrl(" " + URL + "?currentSchema=ndk "));
        assertEquals(URL + "?password=x", WorkstationPreferences.checkPostgresUrl(URL + "?password=x"),
                "a connection test may carry one");
    }

    @Test
    void changing_the_language_keeps_the_shared_database_and_going_back_to_local_keeps_the_language() {
        WorkstationPreferences prefs = prefs();
        prefs.save(Values.DEFAULTS.withSharedDatabase(URL, "reviewer", null));

        prefs.update(v -> v.withLanguage(LanguageChoice.CHINESE));
        assertEquals(URL, prefs.load().sharedUrl());
        assertEquals(LanguageChoice.CHINESE, prefs.load().language());

        prefs.update(Values::withoutSharedDatabase);
        assertFalse(prefs.load().sharedDatabase());
        assertEquals("", prefs.load().sharedUser());
        assertEquals(LanguageChoice.CHINESE, prefs.load().language());
    }

    @Test
    void keys_of_other_versions_survive_a_save() throws IOException {
        Path file = dir.resolve("preferences.properties");
        Files.writeString(file, "window.width=1200\nui.language=en\n", StandardCharsets.UTF_8);

        prefs().update(v -> v.withLanguage(LanguageChoice.SYSTEM));

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("window.width=1200"), text);
        assertFalse(text.contains("ui.language"), "following the system is the absence of a choice");
    }

    @Test
    void a_save_replaces_the_file_in_one_move_and_leaves_no_temporary_file() throws IOException {
        WorkstationPreferences prefs = prefs();
        prefs.save(Values.DEFAULTS.withLanguage(LanguageChoice.ENGLISH));
        prefs.save(Values.DEFAULTS.withLanguage(LanguageChoice.CHINESE));

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(java.util.List.of("preferences.properties"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(LanguageChoice.CHINESE, prefs.load().language());
    }

    @Test
    void a_save_that_cannot_write_says_where_and_why() throws IOException {
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the data folder should be");
        WorkstationPreferences prefs = WorkstationPreferences.at(blocked.resolve("preferences.properties"));

        DomainException failed = assertThrows(DomainException.class,
                () -> prefs.save(Values.DEFAULTS.withLanguage(LanguageChoice.ENGLISH)));

        assertEquals("preferences.write.failed", failed.messageKey());
    }

    @Test
    void a_hand_edited_file_with_a_password_in_the_url_is_ignored_rather_than_used() throws IOException {
        Files.writeString(dir.resolve("preferences.properties"),
                "ui.language=en\ndb.shared.url=" + URL + "?password=secret\n", StandardCharsets.UTF_8);

        Values read = prefs().load();

        assertFalse(read.sharedDatabase());
        assertEquals(LanguageChoice.ENGLISH, read.language(), "the rest of the file still counts");
    }

    @Test
    void an_unknown_language_follows_the_system() throws IOException {
        Files.writeString(dir.resolve("preferences.properties"), "ui.language=fr\n", StandardCharsets.UTF_8);

        assertEquals(LanguageChoice.SYSTEM, prefs().load().language());
    }

    @Test
    void the_command_line_language_wins_over_the_stored_one_which_wins_over_the_system() {
        Values english = Values.DEFAULTS.withLanguage(LanguageChoice.ENGLISH);

        assertEquals("zh", WorkstationPreferences.languageOverride("zh", english));
        assertEquals("en", WorkstationPreferences.languageOverride(null, english));
        assertEquals("en", WorkstationPreferences.languageOverride(" ", english));
        assertEquals("", WorkstationPreferences.languageOverride(null, Values.DEFAULTS));
    }

    @Test
    void in_memory_preferences_keep_what_was_saved_without_a_file() {
        WorkstationPreferences prefs = WorkstationPreferences.inMemory();
        prefs.save(Values.DEFAULTS.withSharedDatabase(URL, "u", null));

        assertTrue(prefs.file().isEmpty());
        assertEquals(URL, prefs.load().sharedUrl());
    }
}
