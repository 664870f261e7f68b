package org.normdesk.ui.welcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.settings.LanguageChoice;
import org.normdesk.store.DatabaseKey;
import org.normdesk.store.StoreException;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 加密台账 on the first-run welcome: the password is checked there, and the register is then created encrypted. */
class WelcomeEncryptionTest {
    @TempDir
    Path tempDir;

    private static WelcomeViewModel filledIn() {
        WelcomeViewModel vm = new WelcomeViewModel(LanguageChoice.CHINESE, Locale.CHINA);
        vm.unitNameProperty().set("华龙区司法局");
        vm.unitCodeProperty().set("华");
        return vm;
    }

    @Test
    void a_short_or_mismatched_password_keeps_the_welcome_open_with_the_reason() {
        WelcomeViewModel vm = filledIn();
        assertTrue(vm.finish().isPresent(), "without encryption no password is asked for");
        assertTrue(vm.registerPassword().isEmpty());

        vm.encryptProperty().set(true);
        vm.passwordProperty().set("短密码");
        assertEquals("太短：至少需要 8 个字符", vm.passwordStrength());
        assertTrue(vm.finish().isEmpty());
        assertEquals("台账密码至少需要 8 个字符", vm.passwordErrorProperty().get());

        vm.passwordProperty().set("华龙区备案审查2026");
        assertEquals("", vm.passwordErrorProperty().get(), "typing clears the reason");
        assertEquals("强度：中", vm.passwordStrength());
        vm.passwordAgainProperty().set("华龙区备案审查2025");
        assertTrue(vm.finish().isEmpty());
        assertEquals("两次输入的密码不一致", vm.passwordErrorProperty().get());

        vm.passwordAgainProperty().set("华龙区备案审查2026");
        assertTrue(vm.finish().isPresent());
        assertEquals("华龙区备案审查2026", new String(vm.registerPassword().orElseThrow()));
        vm.languageProperty().set(LanguageChoice.ENGLISH);
        assertEquals("Strength: fair", vm.passwordStrength());
        vm.passwordProperty().set("华龙区司法局备案审查科2026年");
        assertEquals("Strength: strong", vm.passwordStrength());
        vm.passwordProperty().set("abcdefgh");
        assertEquals("Strength: weak (make it longer and mix Chinese characters, letters, digits or symbols)",
                vm.passwordStrength());
    }

    @Test
    void the_register_chosen_encrypted_is_created_encrypted_and_opens_only_with_that_password() {
        WelcomeViewModel vm = filledIn();
        vm.encryptProperty().set(true);
        vm.passwordProperty().set("华龙区备案审查2026");
        vm.passwordAgainProperty().set("华龙区备案审查2026");
        assertTrue(vm.finish().isPresent());
        DataFolder folder = new DataFolder(tempDir.resolve("new"));
        // what the start-up does with the answer (RegisterOpener.openNewEncrypted, off the FX thread)
        Workspace.createEncrypted(folder, Clock.systemUTC(), vm.registerPassword().orElseThrow()).close();
        assertTrue(DatabaseKey.isEncrypted(folder.root()));
        StoreException none = assertThrows(StoreException.class, () -> Workspace.openEmbedded(folder, Clock.systemUTC()));
        assertEquals("db.encryption.passwordNeeded", none.messageKey());
        try (Workspace ws = Workspace.openEmbedded(folder, Clock.systemUTC(), "华龙区备案审查2026".toCharArray())) {
            assertTrue(ws.encrypted());
            assertFalse(ws.ownFolder().isEmpty());
        }
    }
}
