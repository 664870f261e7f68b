package org.normdesk.ui.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.LanguageChoice;
import org.normdesk.service.settings.WorkstationPreferences;
import org.normdesk.service.settings.WorkstationPreferences.Values;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageViewModelTest {
    private static final String SERVER = "jdbc:postgresql://db.bureau.local:5432/normdesk";

    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private LanguageViewModel viewModel(WorkstationPreferences preferences, Locale locale) {
        LanguageViewModel vm = new LanguageViewModel(preferences, Messages.load(locale), InlineTaskRunner.immediate(),
                notes::add);
        vm.load();
        return vm;
    }

    @Test
    void the_stored_choice_is_shown_and_the_language_in_use_said() {
        WorkstationPreferences preferences = WorkstationPreferences.at(dir.resolve("preferences.properties"));
        preferences.save(Values.DEFAULTS.withLanguage(LanguageChoice.ENGLISH));

        LanguageViewModel vm = viewModel(preferences, Locale.SIMPLIFIED_CHINESE);

        assertEquals(LanguageChoice.ENGLISH, vm.choiceProperty().get());
        assertEquals("当前界面语言：中文", vm.currentLanguage());
    }

    @Test
    void a_choice_is_saved_for_the_next_start_and_keeps_the_shared_database() {
        WorkstationPreferences preferences = WorkstationPreferences.at(dir.resolve("preferences.properties"));
        preferences.save(Values.DEFAULTS.withSharedDatabase(SERVER, "reviewer", null));
        LanguageViewModel vm = viewModel(preferences, Locale.SIMPLIFIED_CHINESE);
        assertEquals(LanguageChoice.SYSTEM, vm.choiceProperty().get());

        vm.choiceProperty().set(LanguageChoice.ENGLISH);
        assertTrue(vm.save());

        assertEquals(LanguageChoice.ENGLISH, preferences.load().language());
        assertEquals(SERVER, preferences.load().sharedUrl());
        assertEquals("已保存：下次启动时界面语言为“English”", vm.formMessageProperty().get());
        assertEquals(List.of("已保存：下次启动时界面语言为“English”"), notes);
    }

    @Test
    void in_english_the_message_is_english() {
        LanguageViewModel vm = viewModel(WorkstationPreferences.inMemory(), Locale.ENGLISH);
        vm.choiceProperty().set(LanguageChoice.SYSTEM);

        vm.save();

        assertEquals("Saved: from the next start the language is \"Follow the system\"", vm.formMessageProperty().get());
        assertEquals("Language in use: English", vm.currentLanguage());
    }
}
