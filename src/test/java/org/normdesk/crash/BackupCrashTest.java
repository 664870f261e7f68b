package org.normdesk.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.backup.BackupManifest;
import org.normdesk.service.backup.BackupService;
import org.normdesk.service.demo.DemoRegisterGenerator;
import org.normdesk.store.AttachmentStore;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A backup is killed (SIGKILL) while it writes its zip — after the database copy, among the attachments: no file
 * appears under the backup's name (what was written lies in a hidden work folder, which the next backup into the
 * same folder removes), the register is unharmed, and the next backup is complete and restores.
 */
class BackupCrashTest {
    private static final int ATTACHMENTS = 16;
    private static final int ATTACHMENT_BYTES = 1 << 20;

    @TempDir
    Path tempDir;

    @Test
    void a_backup_killed_while_writing_leaves_no_backup_file_and_the_register_unharmed() throws Exception {
        DataFolder folder = new DataFolder(tempDir.resolve("data"));
        int documents;
        long auditEntries;
        try (Workspace ws = Workspace.openEmbedded(folder, Clock.systemDefaultZone())) {
            ws.demo().importRegister(DemoRegisterGenerator.generate(3, 500), Progress.NONE);
        }
        try (Database db = Database.open(DatabaseConfig.embedded(folder.root()))) {
            AttachmentStore store = new AttachmentStore(db, folder.attachments());
            for (int i = 0; i < ATTACHMENTS; i++) {
                Path scan = Files.write(tempDir.resolve("scan-" + i + ".pdf"), randomBytes(i, ATTACHMENT_BYTES));
                db.transaction(() -> store.store(scan, Instant.now()));
            }
        }
        Path backups = folder.root().resolve("backups");
        try (Workspace ws = Workspace.openEmbedded(folder, Clock.systemDefaultZone())) {
            documents = ws.register().count();
            auditEntries = ws.audit().count();
        }

        boolean killed;
        try (ChildJvm child = ChildJvm.normdesk(folder.root(), "backup")) {
            // the database copy goes in first; past it, the zip grows with the (incompressible) attachments
            killed = child.killWhen(() -> largestWorkZip(backups) > 2L * ATTACHMENT_BYTES);
        }

        System.out.println(killed ? "killed while writing the zip" : "the backup finished before the signal");
        List<Path> finished = zips(backups);
        if (killed) {
            assertEquals(List.of(), finished, "no backup under its name");
            assertTrue(workFolders(backups) > 0, "the partial zip is in a hidden work folder");
        } else {
            assertEquals(1, finished.size(), "it finished first: then it is complete");
            BackupService.preview(finished.get(0));
        }
        try (Workspace ws = Workspace.openEmbedded(folder, Clock.systemDefaultZone())) {
            assertEquals(documents, ws.register().count(), "the register is unharmed");
            // the backup's entry is written only once its file is complete: a killed backup leaves none
            assertEquals(auditEntries + (killed ? 0 : 1), ws.audit().count());
            assertTrue(ws.audit().verify().intact(), "the audit chain survives the crash");
            assertEveryBackupEntryNamesAFileThatExists(folder);

            Path next = backups.resolve("after-the-crash.zip");
            BackupManifest manifest = ws.backups().backup(next);
            assertEquals(ATTACHMENTS, manifest.counts().get("attachments"));
            assertEquals(0, workFolders(backups), "the next backup cleared the partial one");
            assertEquals(auditEntries + (killed ? 1 : 2), ws.audit().count(), "the finished backup is audited");
        }
        assertEveryBackupEntryNamesAFileThatExists(folder);

        Path elsewhere = tempDir.resolve("restored");
        Files.createDirectories(elsewhere);
        BackupService.restore(backups.resolve("after-the-crash.zip"), elsewhere, Clock.systemDefaultZone());
        try (Workspace restored = Workspace.openEmbedded(new DataFolder(elsewhere), Clock.systemDefaultZone())) {
            assertEquals(documents, restored.register().count());
            assertTrue(restored.audit().verify().intact());
        }
        try (Stream<Path> files = Files.walk(elsewhere.resolve("attachments"))) {
            assertEquals(ATTACHMENTS, files.filter(Files::isRegularFile).count());
        }
    }

    /** Each backup.create entry names a complete backup file that is there (and previews as one). */
    private static void assertEveryBackupEntryNamesAFileThatExists(DataFolder folder) {
        List<String> named = new java.util.ArrayList<>();
        try (Database db = Database.open(DatabaseConfig.embedded(folder.root()))) {
            new org.normdesk.store.AuditStore(db).forEach(entry -> {
                if (entry.action().equals("backup.create")) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"file\":\"([^\"]+)\"")
                            .matcher(entry.afterJson());
                    assertTrue(m.find(), entry.afterJson());
                    named.add(m.group(1));
                }
            });
        }
        for (String file : named) {
            assertTrue(Files.isRegularFile(Path.of(file)), "the audit names " + file + ", which must exist");
            BackupService.preview(Path.of(file));
        }
    }

    private static long largestWorkZip(Path backups) {
        if (!Files.isDirectory(backups)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(backups)) {
            return walk.filter(p -> p.getFileName().toString().equals("backup.zip")).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException gone) {
                    return 0;
                }
            }).max().orElse(0);
        } catch (IOException | java.io.UncheckedIOException changing) {
            return 0;
        }
    }

    private static List<Path> zips(Path backups) throws IOException {
        try (Stream<Path> list = Files.list(backups)) {
            return list.filter(p -> p.toString().endsWith(".zip")).toList();
        }
    }

    private static long workFolders(Path backups) throws IOException {
        try (Stream<Path> list = Files.list(backups)) {
            return list.filter(p -> p.getFileName().toString().startsWith(".normdesk-backup-")).count();
        }
    }

    private static byte[] randomBytes(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
