package org.normdesk.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.backup.BackupService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.store.DatabaseBackup;
import org.normdesk.store.DatabaseKey;
import org.normdesk.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An encrypted register held open by another NormDesk process: this one gets the "open in another window"
 * sentence (not an H2 lock or "file corrupted" exception), for opening it, for the closed-register check that
 * guards encrypting, changing the password and restoring, and a wrong password is still said as such. NormDesk
 * offers no read-only opening for a register another process holds (plain or encrypted), so none is tested here.
 */
class SecondProcessTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final String PASSWORD = "县司法局2026备案";

    @TempDir
    Path tempDir;

    @Test
    void a_second_process_on_an_encrypted_register_is_told_it_is_open_elsewhere() throws Exception {
        DataFolder folder = new DataFolder(tempDir.resolve("office"));
        Workspace.createEncrypted(folder, CLOCK, PASSWORD.toCharArray()).close();
        Path backup = tempDir.resolve("backup.zip");
        try (Workspace ws = Workspace.openEmbedded(folder, CLOCK, PASSWORD.toCharArray())) {
            ws.backups().backup(backup);
        }
        String keyBefore = Files.readString(folder.root().resolve(DatabaseKey.FILE_NAME));

        ChildJvm holder = ChildJvm.main(HoldRegisterChild.class, folder.root().toString(), PASSWORD);
        try {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!holder.output().contains("OPEN 0") && System.nanoTime() < deadline && holder.isAlive()) {
                Thread.sleep(20);
            }
            assertTrue(holder.output().contains("OPEN 0"), holder.output());

            StoreException open = assertThrows(StoreException.class,
                    () -> Workspace.openEmbedded(folder, CLOCK, PASSWORD.toCharArray()));
            assertEquals("db.locked", open.messageKey(), open.getMessage());
            String zh = Messages.load(Locale.SIMPLIFIED_CHINESE).format(open);
            assertTrue(zh.startsWith("数据库已被另一个 NormDesk 窗口打开"), zh);

            StoreException wrong = assertThrows(StoreException.class,
                    () -> Workspace.openEmbedded(folder, CLOCK, "县司法局2026备按".toCharArray()));
            assertEquals("db.encryption.wrongPassword", wrong.messageKey(), "a wrong password is still said as such");

            StoreException closedCheck = assertThrows(StoreException.class,
                    () -> DatabaseBackup.requireClosed(folder.root()));
            assertEquals("db.locked", closedCheck.messageKey(), "the check before encrypt, password change, restore");

            DomainException restore = assertThrows(DomainException.class,
                    () -> BackupService.restore(backup, folder.root(), CLOCK, PASSWORD.toCharArray()));
            assertEquals("db.locked", restore.messageKey(), restore.getMessage());
            assertTrue(holder.isAlive(), "the other process keeps its register");
        } finally {
            holder.kill();
        }
        assertEquals(keyBefore, Files.readString(folder.root().resolve(DatabaseKey.FILE_NAME)));
        assertFalse(Files.exists(folder.root().resolve(".normdesk-rekey")));
        try (Workspace ws = Workspace.openEmbedded(folder, CLOCK, PASSWORD.toCharArray())) {
            assertTrue(ws.audit().verify().intact());
        }
    }
}
