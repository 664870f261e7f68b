package org.normdesk.service.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.account.Principal;
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
import org.normdesk.service.backup.BackupManifest;
import org.normdesk.service.backup.BackupService;
import org.normdesk.service.demo.DemoRegisterService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKey;
import org.normdesk.store.DatabaseKind;
import org.normdesk.store.StoreException;
import org.normdesk.testing.TestDatabases;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Encryption at rest with real H2 files: created encrypted, an existing register encrypted, backups of both. */
class EncryptedRegisterTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final String SECRET_TITLE = "濮阳市城市地下管线保密管理办法";
    private static final char[] PASSWORD = "县司法局2026备案".toCharArray();

    @TempDir
    Path tempDir;

    private static void addSecretDocument(Workspace ws) {
        Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市地下管线保护办公室", "濮管", OrgLevel.CITY,
                OrgKind.GOVERNMENT, null));
        ws.register().add(new DocumentInput(SECRET_TITLE, "濮管〔2021〕7号", List.of(city.id()),
                DocumentType.GOVERNMENT_NORMATIVE, "城市管理", null, "2021-03-01", "2021-04-01", null, null));
    }

    /** In UTF-8 or in H2's own string form (UTF-8's lead bytes, continuation bytes without their top bit). */
    private static boolean contains(byte[] haystack, String text) {
        return contains(haystack, text.getBytes(StandardCharsets.UTF_8)) || contains(haystack, h2Bytes(text));
    }

    private static byte[] h2Bytes(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | c >> 6);
                out.write(c & 0x3f);
            } else {
                out.write(0xe0 | c >> 12);
                out.write(c >> 6 & 0x3f);
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String zh(DomainException e) {
        return Messages.load(Locale.SIMPLIFIED_CHINESE).format(e);
    }

    @Test
    void a_register_created_encrypted_reopens_only_with_its_password_and_holds_no_clear_text() throws Exception {
        DataFolder folder = new DataFolder(tempDir.resolve("office"));
        try (Workspace ws = Workspace.createEncrypted(folder, CLOCK, PASSWORD)) {
            addSecretDocument(ws);
            assertEquals(1, ws.search().search(org.normdesk.domain.document.DocumentQuery.all().withText("地下管线"))
                    .total(), "the index (in memory) finds it");
        }
        assertTrue(Workspace.isEncrypted(folder));
        byte[] file = Files.readAllBytes(folder.root().resolve("normdesk.mv.db"));
        assertFalse(contains(file, SECRET_TITLE), "the title must not be readable in the database file");
        assertFalse(contains(file, "濮管〔2021〕7号"));
        String keyFile = Files.readString(folder.root().resolve(DatabaseKey.FILE_NAME));
        assertFalse(keyFile.contains(new String(PASSWORD)), "the password is never stored");
        assertFalse(Files.exists(folder.root().resolve("index/local")), "no search index on disk");

        StoreException wrong = assertThrows(StoreException.class,
                () -> Workspace.openEmbedded(folder, CLOCK, "县司法局2026备按".toCharArray()));
        assertEquals("db.encryption.wrongPassword", wrong.messageKey());
        assertEquals("加密台账的密码不正确，请重新输入", zh(wrong));
        StoreException none = assertThrows(StoreException.class, () -> Workspace.openEmbedded(folder, CLOCK));
        assertEquals("db.encryption.passwordNeeded", none.messageKey());

        try (Workspace ws = Workspace.openEmbedded(folder, CLOCK, PASSWORD)) {
            assertEquals(1, ws.register().count());
            assertTrue(ws.audit().verify().intact());
        }
        // without the key file H2 itself refuses, and the message says why instead of "file corrupted"
        Files.move(folder.root().resolve(DatabaseKey.FILE_NAME), tempDir.resolve("key-aside"));
        StoreException damaged = assertThrows(StoreException.class, () -> Workspace.openEmbedded(folder, CLOCK));
        assertEquals("db.encryption.passwordNeeded", damaged.messageKey(), damaged.getMessage());
    }

    @Test
    void a_short_password_is_refused_and_nothing_is_created() {
        DataFolder folder = new DataFolder(tempDir.resolve("office"));
        StoreException e = assertThrows(StoreException.class,
                () -> Workspace.createEncrypted(folder, CLOCK, "1234567".toCharArray()));
        assertEquals("db.encryption.passwordTooShort", e.messageKey());
        assertFalse(Files.exists(folder.root().resolve(DatabaseKey.FILE_NAME)));
        assertFalse(Files.exists(folder.root().resolve("normdesk.mv.db")));
    }

    @Test
    void an_existing_register_is_encrypted_verified_and_its_backups_stay_encrypted() throws Exception {
        DataFolder folder = new DataFolder(tempDir.resolve("office")).ensureExists();
        Workspace plain = Workspace.open(DatabaseConfig.embedded(folder.root()), folder.attachments(),
                folder.searchIndex(DatabaseConfig.embedded(folder.root()).displayUrl(), true), CLOCK,
                new CurrentUser(Principal.singleUser("admin")));
        plain.demo().importRegister(DemoRegisterService.readShipped(), Progress.NONE);
        addSecretDocument(plain);
        plain.search().search(org.normdesk.domain.document.DocumentQuery.all().withText("地下管线"));
        long auditBefore = plain.audit().count();
        plain.close();
        byte[] before = Files.readAllBytes(folder.root().resolve("normdesk.mv.db"));
        assertTrue(contains(before, SECRET_TITLE), "the unencrypted file holds the title (so the check below can fail)");
        assertTrue(Files.exists(folder.root().resolve("index/local")));

        plain = Workspace.open(DatabaseConfig.embedded(folder.root()), folder.attachments(), null, CLOCK,
                new CurrentUser(Principal.singleUser("admin")));
        List<Long> progress = new ArrayList<>();
        Workspace encrypted = plain.encryptAndReopen(folder, PASSWORD, (done, total, stage) -> progress.add(done));
        try (encrypted) {
            assertEquals(601, encrypted.register().count());
            assertEquals(auditBefore + 1, encrypted.audit().count(), "the encryption is audited");
            assertTrue(encrypted.audit().verify().intact());
            assertEquals(1000L, progress.get(progress.size() - 1));
            assertTrue(progress.size() > 3);
        }
        byte[] after = Files.readAllBytes(folder.root().resolve("normdesk.mv.db"));
        assertFalse(contains(after, SECRET_TITLE));
        assertFalse(Files.exists(folder.root().resolve("normdesk.mv.db.before-encrypt")), "the clear copy is gone");
        assertFalse(Files.exists(folder.root().resolve("index/local")), "the clear-text index is gone");
        try (var files = Files.list(folder.root())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".normdesk-encrypt-")));
        }

        Path zip = tempDir.resolve("backup.zip");
        try (Workspace ws = Workspace.openEmbedded(folder, CLOCK, PASSWORD)) {
            Files.createDirectories(folder.attachments());
            ws.backups().backup(zip);
            assertThrows(StoreException.class, () -> ws.encryptAndReopen(folder, PASSWORD, Progress.NONE),
                    "encrypted already");
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            byte[] database = z.getInputStream(z.getEntry(BackupService.DATABASE_ENTRY)).readAllBytes();
            assertTrue(database.length > 10_000);
            assertFalse(contains(database, SECRET_TITLE), "the backup's database is the encrypted file");
            assertTrue(z.getEntry(BackupService.KEY_ENTRY) != null);
        }
        BackupManifest manifest = BackupService.preview(zip);
        assertTrue(BackupService.encrypted(manifest));

        Path home = tempDir.resolve("home");
        Files.createDirectories(home);
        assertEquals("db.encryption.passwordNeeded", assertThrows(StoreException.class,
                () -> BackupService.restore(zip, home, CLOCK)).messageKey());
        assertEquals("db.encryption.wrongPassword", assertThrows(StoreException.class,
                () -> BackupService.restore(zip, home, CLOCK, "not the password".toCharArray())).messageKey());
        try (var files = Files.list(home)) {
            assertEquals(0, files.count(), "a refused restore leaves the folder as it was");
        }
        BackupService.restore(zip, home, CLOCK, PASSWORD);
        DataFolder restored = new DataFolder(home);
        assertTrue(Workspace.isEncrypted(restored));
        try (Workspace ws = Workspace.openEmbedded(restored, CLOCK, PASSWORD)) {
            assertEquals(601, ws.register().count());
            assertTrue(ws.audit().verify().intact());
        }
    }

    @Test
    void only_the_embedded_register_can_be_encrypted_not_a_shared_server() {
        assumeTrue(TestDatabases.postgresUrl().isPresent());
        try (Workspace ws = Workspace.open(TestDatabases.fresh(DatabaseKind.POSTGRESQL, tempDir),
                tempDir.resolve("attachments"), null, CLOCK, new CurrentUser(Principal.singleUser("admin")))) {
            StoreException e = assertThrows(StoreException.class,
                    () -> ws.encryptAndReopen(new DataFolder(tempDir), PASSWORD, Progress.NONE));
            assertEquals("db.encryption.onlyEmbedded", e.messageKey());
            assertEquals(0, ws.audit().count());
        }
    }
}
