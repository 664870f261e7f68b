package org.normdesk.service.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.normdesk.domain.account.Role;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseBackup;
import org.normdesk.store.DatabaseKind;
import org.normdesk.store.SettingStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of the embedded register: one zip with a consistent copy of the H2 database (taken while the app runs),
 * the attachments folder, and {@code manifest.json} (counts, schema version, SHA-256 of every entry). A restore
 * checks every hash and the schema version before it touches anything, and keeps what it replaces. Daily backups
 * are made at start when the last is older than a day and kept for a configurable number of days. On a shared
 * PostgreSQL register backups are the server's job.
 */
public final class BackupService {
    public static final String MANIFEST = "manifest.json";
    public static final String DATABASE_ENTRY = "database/" + DatabaseBackup.DATABASE_FILE;
    public static final String ATTACHMENTS_PREFIX = "attachments/";
    /** The key file of an encrypted register (salt and check value, no password); the database entry stays encrypted. */
    public static final String KEY_ENTRY = "database/" + org.normdesk.store.DatabaseKey.FILE_NAME;
    static final String AUTO_PREFIX = "normdesk-backup-";
    private static final String WORK_PREFIX = ".normdesk-backup-";
    public static final String KEEP_DAYS_KEY = "backup.keepDays";
    public static final int DEFAULT_KEEP_DAYS = 14;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** A backup entry larger than this is not one of ours: refuses decompression bombs. */
    private static final long MAX_ENTRY_BYTES = 8L << 30;

    /**
     * The manifests' JSON, built on first use: the start-up's {@link #finishInterruptedRestore} check runs on the FX
     * thread and must not load Jackson (some 650 classes) there.
     */
    private static final class Json {
        static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The manifests' JSON mapper (for tests that write manifests of their own). */
    static ObjectMapper json() {
        return Json.JSON;
    }

    private final Database db;
    private final Path attachments;
    private final Path backups;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final Supplier<Map<String, Long>> counts;
    private final AuditService audit;

    /**
     * @param backups where daily backups go (the data folder's {@code backups/})
     * @param counts  what the register holds, for the manifest
     */
    public BackupService(Database db, Path attachments, Path backups, Clock clock, CurrentUser currentUser,
                         Supplier<Map<String, Long>> counts) {
        this.db = db;
        this.attachments = attachments;
        this.backups = backups;
        this.clock = clock;
        this.currentUser = currentUser;
        this.counts = counts;
        this.audit = new AuditService(db, clock, currentUser);
    }

    /** How many days daily backups are kept (setting {@value #KEEP_DAYS_KEY}, default {@value #DEFAULT_KEEP_DAYS}). */
    public int keepDays() {
        return new SettingStore(db).get(KEEP_DAYS_KEY).map(Integer::parseInt).orElse(DEFAULT_KEEP_DAYS);
    }

    public void setKeepDays(int days) {
        currentUser.require(Role.ADMIN, "change how long backups are kept");
        if (days < 1 || days > 3650) {
            throw new DomainException("backup.keepDays.range", "Keep backups 1 to 3650 days, not " + days, days);
        }
        db.transaction(() -> {
            int before = keepDays();
            new SettingStore(db).put(KEEP_DAYS_KEY, Integer.toString(days));
            audit.record("setting.update", "setting", null, Map.of(KEEP_DAYS_KEY, before), Map.of(KEEP_DAYS_KEY, days));
        });
    }

    /** The daily backup at start, kept for {@link #keepDays()}. */
    public Optional<Path> runDailyIfDue() {
        return available() ? runDailyIfDue(keepDays()) : Optional.empty();
    }

    public boolean available() {
        return db.kind() == DatabaseKind.H2;
    }

    public Path backupsFolder() {
        return backups;
    }

    /** A backup made by a person (needs the administrator role); written to {@code out}. */
    public BackupManifest backup(Path out) {
        currentUser.require(Role.ADMIN, "back up the register");
        return write(out);
    }

    private BackupManifest write(Path out) {
        refuseServer();
        Path target = out.toAbsolutePath();
        Path work = null;
        try {
            Files.createDirectories(target.getParent());
            removeLeftWorkFolders(target.getParent());
            work = Files.createTempDirectory(target.getParent(), WORK_PREFIX);
            Map<String, Long> held = new LinkedHashMap<>(counts.get());
            Path h2zip = work.resolve("h2.zip");
            try {
                DatabaseBackup.backupTo(db, h2zip);
            } catch (DomainException e) {
                if (!"backup.writeFailed".equals(e.messageKey())) {
                    throw e;
                }
                throw new IOException(String.valueOf(e.args()[1]), e);
            }
            List<BackupManifest.Entry> entries = new ArrayList<>();
            Path temp = work.resolve("backup.zip");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                try (ZipInputStream h2 = new ZipInputStream(Files.newInputStream(h2zip))) {
                    for (ZipEntry e = h2.getNextEntry(); e != null; e = h2.getNextEntry()) {
                        if (e.getName().endsWith(DatabaseBackup.DATABASE_FILE)) {
                            entries.add(copy(h2, DATABASE_ENTRY, zip));
                        }
                    }
                }
                // H2's BACKUP copies the encrypted file as it is; its key file goes with it (a restore needs both)
                Path keyFile = attachments.resolveSibling(org.normdesk.store.DatabaseKey.FILE_NAME);
                if (db.config().encrypted() && Files.isRegularFile(keyFile)) {
                    try (InputStream in = Files.newInputStream(keyFile)) {
                        entries.add(copy(in, KEY_ENTRY, zip));
                    }
                }
                long files = 0;
                if (Files.isDirectory(attachments)) {
                    try (Stream<Path> walk = Files.walk(attachments)) {
                        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                            String name = ATTACHMENTS_PREFIX + attachments.relativize(file).toString().replace('\\', '/');
                            try (InputStream in = Files.newInputStream(file)) {
                                entries.add(copy(in, name, zip));
                            }
                            files++;
                        }
                    }
                }
                held.put("attachments", files);
                BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, clock.instant(), currentUser.name(),
                        db.schemaVersion(), held, entries);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(Json.JSON.writeValueAsBytes(manifest));
                zip.closeEntry();
                zip.finish();
                zip.flush();
                // on disk before it takes the backup's name: a power cut leaves no empty file under that name
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                // recorded once the file is complete under its name: a backup cut off (a crash, a full disk)
                // never leaves an entry naming a file that does not exist
                long size = Files.size(target);
                db.transaction(() -> audit.record("backup.create", "backup", null, null,
                        Map.of("file", target.toString(), "bytes", size)));
                return manifest;
            }
        } catch (IOException e) {
            DomainException failed = new DomainException("backup.writeFailed", "Cannot write the backup " + target + ": "
                    + e.getMessage(), target.toString(), String.valueOf(e.getMessage()));
            failed.initCause(e);
            try {
                db.transaction(() -> audit.record("backup.failed", "backup", null, null,
                        Map.of("file", target.toString(), "reason", String.valueOf(e.getMessage()))));
            } catch (RuntimeException notRecorded) {
                // e.g. the same full disk refuses the entry too; the refusal itself is what the user sees
                failed.addSuppressed(notRecorded);
            }
            throw failed;
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * A backup killed while writing leaves its hidden work folder behind (never a file under the backup's name).
     * In the data folder's own backups folder, which only the process holding the embedded database writes to,
     * such folders are removed before the next backup; elsewhere they are left, as another register's backup
     * could be in progress there.
     */
    private void removeLeftWorkFolders(Path folder) throws IOException {
        if (!folder.toAbsolutePath().normalize().equals(backups.toAbsolutePath().normalize())) {
            return;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path left : list.filter(p -> p.getFileName().toString().startsWith(WORK_PREFIX)
                    && Files.isDirectory(p)).toList()) {
                deleteQuietly(left);
            }
        }
    }

    /**
     * Makes the daily backup when the newest in the backups folder is a day old or more, then deletes daily
     * backups older than {@code keepDays}. Returns the new backup, if one was made. Does nothing on a server.
     */
    public Optional<Path> runDailyIfDue(int keepDays) {
        if (!available()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<Path> existing = dailyBackups();
        Optional<Path> made = Optional.empty();
        boolean due = existing.isEmpty() || modified(existing.get(existing.size() - 1)).isBefore(now.minus(Duration.ofDays(1)));
        if (due) {
            Path file = backups.resolve(AUTO_PREFIX + STAMP.format(now.atZone(ZoneId.systemDefault())) + ".zip");
            write(file);
            made = Optional.of(file);
        }
        Instant oldest = now.minus(Duration.ofDays(Math.max(1, keepDays)));
        for (Path old : dailyBackups()) {
            if (modified(old).isBefore(oldest)) {
                deleteQuietly(old);
            }
        }
        return made;
    }

    /** The daily backups, oldest first. */
    public List<Path> dailyBackups() {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(p -> p.getFileName().toString().startsWith(AUTO_PREFIX) && p.toString().endsWith(".zip"))
                    .sorted(Comparator.comparing(BackupService::modified)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Reads a backup's manifest and checks every entry against its SHA-256, that nothing is missing or extra, that
     * no name leaves the folder it is restored into, and that the schema is not newer than this version's.
     */
    public static BackupManifest preview(Path file) {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new DomainException("backup.notABackup", name + " is not a NormDesk backup (no manifest)", name);
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = Json.JSON.readValue(in.readNBytes(1 << 20), BackupManifest.class);
            }
            if (manifest.format() > BackupManifest.FORMAT || manifest.entries() == null) {
                throw new DomainException("backup.notABackup", name + " is not a NormDesk backup this version reads", name);
            }
            if (compareVersions(manifest.schemaVersion(), DatabaseBackup.latestSchemaVersion()) > 0) {
                throw new DomainException("backup.newerSchema", name + " was made by a newer NormDesk (schema "
                        + manifest.schemaVersion() + ")", name, manifest.schemaVersion(),
                        DatabaseBackup.latestSchemaVersion());
            }
            Map<String, BackupManifest.Entry> listed = new HashMap<>();
            manifest.entries().forEach(e -> listed.put(e.name(), e));
            if (!listed.containsKey(DATABASE_ENTRY)) {
                throw new DomainException("backup.notABackup", name + " holds no database", name);
            }
            Enumeration<? extends ZipEntry> all = zip.entries();
            int seen = 0;
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.getName().equals(MANIFEST)) {
                    continue;
                }
                refuseUnsafe(name, entry.getName());
                BackupManifest.Entry expected = listed.get(entry.getName());
                if (expected == null) {
                    throw corrupt(name, entry.getName());
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    if (!expected.sha256().equals(sha256(in, expected.size()))) {
                        throw corrupt(name, entry.getName());
                    }
                }
                seen++;
            }
            if (seen != listed.size()) {
                throw corrupt(name, "(missing entries)");
            }
            return manifest;
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            DomainException failed = new DomainException("backup.unreadable", "Cannot read the backup " + name + ": "
                    + e.getMessage(), name, String.valueOf(e.getMessage()));
            failed.initCause(e);
            throw failed;
        }
    }

    /**
     * Restores a checked backup into {@code dataDir} while no NormDesk has it open: the database file and the
     * attachments folder are replaced; what was there is kept beside them as {@code *.before-restore-<time>}.
     */
    public static BackupManifest restore(Path file, Path dataDir, Clock clock) {
        return restore(file, dataDir, clock, null);
    }

    /** True when {@code file} is the backup of an encrypted register (a restore needs its password). */
    public static boolean encrypted(BackupManifest manifest) {
        return manifest.entries().stream().anyMatch(e -> e.name().equals(KEY_ENTRY));
    }

    /**
     * As {@link #restore(Path, Path, Clock)}; the backup of an encrypted register is restored only with its
     * {@code password}, checked (and the restored database opened with it) before anything is replaced.
     */
    public static BackupManifest restore(Path file, Path dataDir, Clock clock, char[] password) {
        BackupManifest manifest = preview(file);
        boolean encrypted = encrypted(manifest);
        if (encrypted && password == null) {
            throw new org.normdesk.store.StoreException("db.encryption.passwordNeeded", "The backup "
                    + file.getFileName() + " is of an encrypted register; restore it with its password",
                    file.getFileName().toString());
        }
        DatabaseBackup.requireClosed(dataDir);
        String stamp = STAMP.format(clock.instant().atZone(ZoneId.systemDefault()));
        Path database = dataDir.resolve(DatabaseBackup.DATABASE_FILE);
        Path attachments = dataDir.resolve("attachments");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Path staging = Files.createTempDirectory(dataDir, ".normdesk-restore-");
            try {
                Enumeration<? extends ZipEntry> all = zip.entries();
                while (all.hasMoreElements()) {
                    ZipEntry entry = all.nextElement();
                    if (entry.getName().equals(MANIFEST)) {
                        continue;
                    }
                    Path target = staging.resolve(entry.getName()).normalize();
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
                if (encrypted) {
                    // a wrong password is refused here, and the restored file must open with the right one
                    Path stagedDatabase = staging.resolve(DATABASE_ENTRY).getParent();
                    org.normdesk.store.DatabaseKey key = org.normdesk.store.DatabaseKey.unlock(stagedDatabase, password);
                    org.normdesk.store.DatabaseEncryption.verify(stagedDatabase, key);
                }
                // an empty attachments folder is restored too, so that every part is swapped the same way
                Files.createDirectories(staging.resolve("attachments"));
                // from here on the restore is finished even if this process dies: the next open rolls it forward
                writeJournal(dataDir, staging, stamp, encrypted);
                swapIn(dataDir, staging, stamp, encrypted);
                Files.delete(dataDir.resolve(RESTORE_JOURNAL));
            } finally {
                if (!Files.exists(dataDir.resolve(RESTORE_JOURNAL))) {
                    deleteQuietly(staging);
                }
            }
            return manifest;
        } catch (IOException e) {
            DomainException failed = new DomainException("backup.restoreFailed", "Cannot restore " + file + ": "
                    + e.getMessage(), file.toString(), String.valueOf(e.getMessage()));
            failed.initCause(e);
            throw failed;
        }
    }

    /** Written before a restore replaces anything; while it exists the data folder is half restored. */
    static final String RESTORE_JOURNAL = "restore-in-progress.properties";

    /**
     * Finishes a restore that was interrupted (power cut, killed) after it started replacing the register: every
     * part still waiting in the staging folder is moved in, what it replaces is kept aside. Called before the
     * embedded register is opened; does nothing when no restore was interrupted. Returns whether one was finished.
     */
    public static boolean finishInterruptedRestore(Path dataDir) {
        Path journal = dataDir.resolve(RESTORE_JOURNAL);
        if (!Files.exists(journal)) {
            return false;
        }
        try {
            java.util.Properties entries = new java.util.Properties();
            try (InputStream in = Files.newInputStream(journal)) {
                entries.load(in);
            }
            Path staging = dataDir.resolve(entries.getProperty("staging"));
            swapIn(dataDir, staging, entries.getProperty("stamp"), Boolean.parseBoolean(entries.getProperty("encrypted")));
            Files.delete(journal);
            deleteQuietly(staging);
            return true;
        } catch (IOException | RuntimeException e) {
            DomainException failed = new DomainException("backup.restoreUnfinished", "A restore into " + dataDir
                    + " was interrupted and cannot be finished: " + e.getMessage(), dataDir.toString(),
                    String.valueOf(e.getMessage()));
            failed.initCause(e);
            throw failed;
        }
    }

    private static void writeJournal(Path dataDir, Path staging, String stamp, boolean encrypted) throws IOException {
        java.util.Properties entries = new java.util.Properties();
        entries.setProperty("staging", staging.getFileName().toString());
        entries.setProperty("stamp", stamp);
        entries.setProperty("encrypted", Boolean.toString(encrypted));
        Path temp = dataDir.resolve(RESTORE_JOURNAL + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            entries.store(out, "NormDesk restore in progress");
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temp, dataDir.resolve(RESTORE_JOURNAL), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Moves each staged part in, keeping what it replaces aside; safe to run again after an interruption. */
    private static void swapIn(Path dataDir, Path staging, String stamp, boolean encrypted) throws IOException {
        String keyName = org.normdesk.store.DatabaseKey.FILE_NAME;
        // an unencrypted backup has no key: the current key file is put aside all the same
        swapPart(dataDir.resolve(keyName), encrypted ? staging.resolve(KEY_ENTRY) : null,
                dataDir.resolve(keyName + ".before-restore-" + stamp));
        swapPart(dataDir.resolve(DatabaseBackup.DATABASE_FILE), staging.resolve(DATABASE_ENTRY),
                dataDir.resolve(DatabaseBackup.DATABASE_FILE + ".before-restore-" + stamp));
        swapPart(dataDir.resolve("attachments"), staging.resolve("attachments"),
                dataDir.resolve("attachments.before-restore-" + stamp));
    }

    private static void swapPart(Path current, Path staged, Path aside) throws IOException {
        if (staged != null && !Files.exists(staged)) {
            return; // moved in before the interruption
        }
        if (Files.exists(current)) {
            Path free = aside;
            for (int n = 2; Files.exists(free); n++) {
                free = aside.resolveSibling(aside.getFileName() + "-" + n);
            }
            Files.move(current, free);
        }
        afterMove.accept(current.getFileName() + " aside");
        if (staged != null) {
            Files.move(staged, current);
            afterMove.accept(current.getFileName() + " in");
        }
    }

    /** Told after each move of a restore; tests use it to stop a restore half-way, as a power cut would. */
    static java.util.function.Consumer<String> afterMove = step -> { };

    private static void refuseUnsafe(String backup, String entry) {
        Path base = Path.of("restore");
        Path resolved = base.resolve(entry).normalize();
        if (entry.startsWith("/") || entry.contains("\\") || entry.contains(":") || !resolved.startsWith(base)
                || !(entry.equals(DATABASE_ENTRY) || entry.equals(KEY_ENTRY) || entry.startsWith(ATTACHMENTS_PREFIX))) {
            throw new DomainException("backup.unsafeEntry", backup + " holds an entry outside its folders: " + entry,
                    backup, entry);
        }
    }

    private static DomainException corrupt(String backup, String entry) {
        return new DomainException("backup.corrupt", "The backup " + backup + " is damaged: " + entry
                + " does not match its checksum", backup, entry);
    }

    private void refuseServer() {
        if (!available()) {
            throw new DomainException("backup.serverDatabase", "Backups of a shared PostgreSQL register are made on "
                    + "the server (pg_dump)", db.config().displayUrl());
        }
    }

    private static BackupManifest.Entry copy(InputStream in, String name, ZipOutputStream zip) throws IOException {
        MessageDigest digest = sha();
        zip.putNextEntry(new ZipEntry(name));
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
            zip.write(buffer, 0, n);
            size += n;
        }
        zip.closeEntry();
        return new BackupManifest.Entry(name, size, HexFormat.of().formatHex(digest.digest()));
    }

    /** Reads at most a little more than the manifest says, so a bomb stops early and fails its hash. */
    private static String sha256(InputStream in, long expectedSize) throws IOException {
        MessageDigest digest = sha();
        long limit = Math.min(MAX_ENTRY_BYTES, expectedSize + 1);
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n = digesting.read(buffer); n >= 0 && read <= limit; n = digesting.read(buffer)) {
                read += n;
            }
            if (read != expectedSize) {
                return "size " + read;
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i]) : 0;
            int q = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }
}
