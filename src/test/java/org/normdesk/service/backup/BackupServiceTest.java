package org.normdesk.service.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.account.Principal;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.demo.DemoRegisterService;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Enumeration;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Backups of a real embedded register with an attachment, restored into another data folder and reopened. */
class BackupServiceTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path tempDir;

    private Workspace open(Path dataDir) {
        DataFolder folder = new DataFolder(dataDir).ensureExists();
        return Workspace.open(DatabaseConfig.embedded(folder.root()), folder.attachments(), null, CLOCK,
                new CurrentUser(Principal.singleUser("admin")));
    }

    private Path backupOfDemo() throws Exception {
        Path data = tempDir.resolve("office");
        try (Workspace ws = open(data)) {
            ws.demo().importRegister(DemoRegisterService.readShipped(), Progress.NONE);
            Path attachment = data.resolve("attachments/ab/cd/abcdef.pdf");
            Files.createDirectories(attachment.getParent());
            Files.writeString(attachment, "%PDF-1.4 备案报告");
            Path zip = tempDir.resolve("backup.zip");
            BackupManifest manifest = ws.backups().backup(zip);
            assertEquals(600L, manifest.counts().get("documents"));
            assertEquals(1L, manifest.counts().get("attachments"));
            assertEquals(ws.info().schemaVersion(), manifest.schemaVersion());
            // the app keeps working after the copy
            assertEquals(600, ws.register().count());
            return zip;
        }
    }

    @Test
    void a_backup_taken_while_the_register_is_open_restores_into_another_folder_and_keeps_what_it_replaced()
            throws Exception {
        Path zip = backupOfDemo();
        BackupManifest preview = BackupService.preview(zip);
        assertEquals(2, preview.entries().size(), "the database and the attachment");
        assertTrue(preview.entries().stream().allMatch(e -> e.sha256().length() == 64));

        Path other = tempDir.resolve("home");
        try (Workspace ws = open(other)) {
            assertEquals(0, ws.register().count());
        }
        BackupService.restore(zip, other, CLOCK);
        try (Workspace ws = open(other)) {
            assertEquals(600, ws.register().count());
            assertEquals(175, ws.demo().filingCount());
            assertTrue(ws.audit().verify().intact());
        }
        assertEquals("%PDF-1.4 备案报告", Files.readString(other.resolve("attachments/ab/cd/abcdef.pdf")));
        try (var files = Files.list(other)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("normdesk.mv.db.before-restore-")));
        }
    }

    /** Stands for a power cut: nothing after it runs but the restore's own clean-up. */
    private static final class PowerCut extends Error {
    }

    @Test
    void a_restore_cut_off_after_any_move_is_finished_when_the_register_is_next_opened() throws Exception {
        Path zip = backupOfDemo();
        java.util.List<String> steps = new java.util.ArrayList<>();
        open(tempDir.resolve("counting")).close();
        BackupService.afterMove = steps::add;
        try {
            BackupService.restore(zip, tempDir.resolve("counting"), CLOCK);
        } finally {
            BackupService.afterMove = step -> { };
        }
        assertEquals(5, steps.size(), "key aside, database aside and in, attachments aside and in: " + steps);

        for (int cutAfter = 0; cutAfter < steps.size(); cutAfter++) {
            Path home = tempDir.resolve("home-" + cutAfter);
            try (Workspace ws = open(home)) {
                ws.register().addIssuer(new org.normdesk.domain.issuer.Issuer(null, "清丰县人民政府", "清政",
                        org.normdesk.domain.issuer.OrgLevel.COUNTY, org.normdesk.domain.issuer.OrgKind.GOVERNMENT, null));
            }
            int[] moves = {0};
            int stopAt = cutAfter;
            BackupService.afterMove = step -> {
                if (moves[0]++ == stopAt) {
                    throw new PowerCut();
                }
            };
            try {
                assertThrows(PowerCut.class, () -> BackupService.restore(zip, home, CLOCK));
            } finally {
                BackupService.afterMove = step -> { };
            }
            assertTrue(Files.exists(home.resolve(BackupService.RESTORE_JOURNAL)), "cut after move " + cutAfter);

            // the next start finishes it: the backup's register, with what it replaced kept aside
            try (Workspace ws = Workspace.openEmbedded(new DataFolder(home), CLOCK)) {
                assertEquals(600, ws.register().count(), "cut after move " + cutAfter);
                assertTrue(ws.audit().verify().intact());
            }
            assertEquals("%PDF-1.4 备案报告", Files.readString(home.resolve("attachments/ab/cd/abcdef.pdf")));
            assertFalse(Files.exists(home.resolve(BackupService.RESTORE_JOURNAL)));
            try (var files = Files.list(home)) {
                java.util.List<String> names = files.map(f -> f.getFileName().toString()).toList();
                assertTrue(names.stream().anyMatch(n -> n.startsWith("normdesk.mv.db.before-restore-")), names.toString());
                assertTrue(names.stream().noneMatch(n -> n.startsWith(".normdesk-restore-")), "staging removed: " + names);
            }
            assertFalse(BackupService.finishInterruptedRestore(home), "finishing twice does nothing");
        }
    }

    @Test
    void a_damaged_entry_a_newer_schema_and_a_path_outside_the_folder_are_refused_before_anything_changes()
            throws Exception {
        Path zip = backupOfDemo();
        Path flipped = rewrite(zip, "flipped.zip", (name, bytes) -> {
            if (name.equals(BackupService.DATABASE_ENTRY)) {
                bytes[bytes.length / 2] ^= 1;
            }
            return bytes;
        }, null);
        DomainException corrupt = assertThrows(DomainException.class, () -> BackupService.preview(flipped));
        assertEquals("backup.corrupt", corrupt.messageKey());

        Path newer = rewrite(zip, "newer.zip", (name, bytes) -> name.equals(BackupService.MANIFEST)
                ? new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"schemaVersion\" : \"[0-9.]+\"",
                "\"schemaVersion\" : \"999\"").getBytes(StandardCharsets.UTF_8) : bytes, null);
        assertEquals("backup.newerSchema", assertThrows(DomainException.class, () -> BackupService.preview(newer))
                .messageKey());

        Path slip = rewrite(zip, "slip.zip", (name, bytes) -> bytes, "../../evil.txt");
        assertEquals("backup.unsafeEntry", assertThrows(DomainException.class, () -> BackupService.preview(slip))
                .messageKey());

        Path notZip = tempDir.resolve("notes.zip");
        Files.writeString(notZip, "not a zip");
        assertEquals("backup.unreadable", assertThrows(DomainException.class, () -> BackupService.preview(notZip))
                .messageKey());

        Path target = tempDir.resolve("target");
        try (Workspace ws = open(target)) {
            ws.demo().importRegister(DemoRegisterService.readShipped(), Progress.NONE);
        }
        long before = Files.size(target.resolve("normdesk.mv.db"));
        assertThrows(DomainException.class, () -> BackupService.restore(flipped, target, CLOCK));
        assertEquals(before, Files.size(target.resolve("normdesk.mv.db")), "a refused restore changes nothing");
        try (var files = Files.list(target)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("before-restore")));
        }
    }

    @Test
    void the_daily_backup_is_made_when_the_last_is_a_day_old_and_old_ones_are_pruned() throws Exception {
        Path data = tempDir.resolve("daily");
        try (Workspace ws = open(data)) {
            BackupService backups = ws.backups();
            assertEquals(BackupService.DEFAULT_KEEP_DAYS, backups.keepDays());
            backups.setKeepDays(3);
            assertEquals(3, backups.keepDays());
            assertEquals("backup.keepDays.range", assertThrows(DomainException.class, () -> backups.setKeepDays(0))
                    .messageKey());
            Path first = backups.runDailyIfDue().orElseThrow();
            assertTrue(backups.runDailyIfDue().isEmpty(), "not due again the same day");
            Files.setLastModifiedTime(first, FileTime.from(Instant.now().minus(Duration.ofDays(5))));
            Path second = backups.runDailyIfDue().orElseThrow();
            assertEquals(java.util.List.of(second), backups.dailyBackups(), "the 5-day-old one is pruned");
            BackupService.preview(second);
        }
    }

    @Test
    void a_shared_postgresql_register_says_backups_are_the_servers_job() {
        assumeTrue(TestDatabases.postgresUrl().isPresent());
        try (Workspace ws = Workspace.open(TestDatabases.fresh(DatabaseKind.POSTGRESQL, tempDir),
                tempDir.resolve("attachments"), null, CLOCK, new CurrentUser(Principal.singleUser("admin")))) {
            assertFalse(ws.backups().available());
            assertEquals("backup.serverDatabase", assertThrows(DomainException.class,
                    () -> ws.backups().backup(tempDir.resolve("pg.zip"))).messageKey());
            assertTrue(ws.backups().runDailyIfDue().isEmpty());
        }
    }

    /** A copy of {@code zip} with entries changed, and optionally one extra entry listed in the manifest. */
    private Path rewrite(Path zip, String name, BiFunction<String, byte[], byte[]> change, String extra)
            throws Exception {
        Path out = tempDir.resolve(name);
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                bytes = change.apply(entry.getName(), bytes);
                if (extra != null && entry.getName().equals(BackupService.MANIFEST)) {
                    byte[] evil = "evil".getBytes(StandardCharsets.UTF_8);
                    copy.putNextEntry(new ZipEntry(extra));
                    copy.write(evil);
                    copy.closeEntry();
                    String listed = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"entries\" : \\[",
                            "\"entries\" : [ {\"name\" : \"" + extra + "\", \"size\" : 4, \"sha256\" : \""
                                    + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(evil)) + "\"},");
                    bytes = listed.getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        return out;
    }
}
