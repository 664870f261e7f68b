package org.normdesk.service.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.account.Principal;
import org.normdesk.domain.account.Role;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.i18n.Messages;
import org.normdesk.store.DatabaseEncryption;
import org.normdesk.store.DatabaseKey;
import org.normdesk.store.DatabaseKind;
import org.normdesk.store.StoreException;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Changing the password of an encrypted register, with real H2 files. */
class PasswordChangeTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final char[] OLD = "县司法局2026备案".toCharArray();
    private static final char[] NEW = "市司法局审查2027".toCharArray();

    @TempDir
    Path tempDir;

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static void addDocument(Workspace ws) {
        Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY,
                OrgKind.GOVERNMENT, null));
        ws.register().add(new DocumentInput("濮阳市城市绿化管理办法", "濮政〔2021〕7号", List.of(city.id()),
                DocumentType.GOVERNMENT_NORMATIVE, "城市管理", null, "2021-03-01", "2021-04-01", null, null));
    }

    @Test
    void a_wrong_old_password_changes_nothing_and_the_new_password_replaces_the_old_one() throws Exception {
        DataFolder folder = new DataFolder(tempDir.resolve("office"));
        Path file = folder.root().resolve("normdesk.mv.db");
        Path keyFile = folder.root().resolve(DatabaseKey.FILE_NAME);
        long auditBefore;
        try (Workspace ws = Workspace.createEncrypted(folder, CLOCK, OLD)) {
            addDocument(ws);
            auditBefore = ws.audit().count();
        }
        String fileBefore = digest(file);
        String keyBefore = digest(keyFile);

        Workspace ws = Workspace.openEmbedded(folder, CLOCK, OLD);
        try {
            StoreException wrong = assertThrows(StoreException.class,
                    () -> ws.changePasswordAndReopen(folder, "县司法局2026备按".toCharArray(), NEW, Progress.NONE));
            assertEquals("db.encryption.wrongPassword", wrong.messageKey());
            assertEquals("加密台账的密码不正确，请重新输入", Messages.load(Locale.SIMPLIFIED_CHINESE).format(wrong));
            StoreException tooShort = assertThrows(StoreException.class,
                    () -> ws.changePasswordAndReopen(folder, OLD, "短".toCharArray(), Progress.NONE));
            assertEquals("db.encryption.passwordTooShort", tooShort.messageKey());
            // the refusals came before anything was closed: the register is still open and usable
            assertEquals(1, ws.register().count());
            assertEquals(auditBefore, ws.audit().count(), "a refused change is not audited");
        } finally {
            ws.close();
        }
        // (H2 rewrites its file header on every open and close, so the file's bytes are no measure; its key file is)
        assertEquals(keyBefore, digest(keyFile), "a refused change leaves the key file as it was");
        assertFalse(Files.exists(folder.root().resolve(DatabaseEncryption.REKEY_FOLDER)), "and starts no copy");
        try (Workspace again = Workspace.openEmbedded(folder, CLOCK, OLD)) {
            assertEquals(1, again.register().count(), "the old password still opens it");
        }

        List<String> stages = new ArrayList<>();
        Workspace opened = Workspace.openEmbedded(folder, CLOCK, OLD);
        Workspace changed = opened.changePasswordAndReopen(folder, OLD, NEW,
                (done, total, stage) -> {
                    if (stages.isEmpty() || !stages.get(stages.size() - 1).equals(stage)) {
                        stages.add(stage);
                    }
                });
        try (changed) {
            assertEquals(1, changed.register().count());
            assertEquals(auditBefore + 1, changed.audit().count(), "the change is audited");
            assertTrue(changed.audit().verify().intact(), "the chain continues through the re-encrypted copy");
        }
        assertEquals(List.of("count", "copy", "rekey", "verify", "ready", "moved-database", "moved-key", "done"),
                stages);
        assertFalse(Files.exists(folder.root().resolve(DatabaseEncryption.REKEY_FOLDER)), "no work folder left");
        assertFalse(fileBefore.equals(digest(file)));
        assertFalse(Files.readString(keyFile).contains(new String(NEW)), "the new password is not stored either");

        StoreException old = assertThrows(StoreException.class, () -> Workspace.openEmbedded(folder, CLOCK, OLD));
        assertEquals("db.encryption.wrongPassword", old.messageKey(), "the old password no longer opens it");
        try (Workspace reopened = Workspace.openEmbedded(folder, CLOCK, NEW)) {
            assertEquals(1, reopened.register().count());
            assertTrue(reopened.audit().verify().intact());
        }
    }

    @Test
    void only_an_administrator_changes_it_and_only_for_an_encrypted_register() {
        DataFolder folder = new DataFolder(tempDir.resolve("office"));
        Workspace.createEncrypted(folder, CLOCK, OLD).close();
        CurrentUser clerk = new CurrentUser(new Principal("li", "李登记", Set.of(Role.REGISTRAR)));
        try (Workspace ws = Workspace.open(org.normdesk.store.DatabaseConfig.embedded(folder.root(),
                DatabaseKey.unlock(folder.root(), OLD)), folder.attachments(), null, CLOCK, clerk)) {
            DomainException denied = assertThrows(DomainException.class,
                    () -> ws.changePasswordAndReopen(folder, OLD, NEW, Progress.NONE));
            assertEquals("access.denied", denied.messageKey());
            assertTrue(Messages.load(Locale.SIMPLIFIED_CHINESE).format(denied).contains("修改台账加密密码"),
                    Messages.load(Locale.SIMPLIFIED_CHINESE).format(denied));
            assertEquals(0, ws.register().count(), "still open after the refusal");
        }
        DataFolder plain = new DataFolder(tempDir.resolve("plain"));
        try (Workspace ws = Workspace.openEmbedded(plain, CLOCK)) {
            StoreException e = assertThrows(StoreException.class,
                    () -> ws.changePasswordAndReopen(plain, OLD, NEW, Progress.NONE));
            assertEquals("db.encryption.notEncrypted", e.messageKey());
        }
    }

    @Test
    void a_shared_server_register_has_no_password_of_its_own_to_change() {
        assumeTrue(TestDatabases.postgresUrl().isPresent());
        try (Workspace ws = Workspace.open(TestDatabases.fresh(DatabaseKind.POSTGRESQL, tempDir),
                tempDir.resolve("attachments"), null, CLOCK, new CurrentUser(Principal.singleUser("admin")))) {
            StoreException e = assertThrows(StoreException.class,
                    () -> ws.changePasswordAndReopen(new DataFolder(tempDir), OLD, NEW, Progress.NONE));
            assertEquals("db.encryption.notEncrypted", e.messageKey());
            assertEquals(0, ws.audit().count());
        }
    }
}
