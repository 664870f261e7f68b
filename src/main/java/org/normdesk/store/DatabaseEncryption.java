package org.normdesk.store;

import org.h2.tools.ChangeFileEncryption;
import org.jooq.Table;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns an existing (closed) embedded register into an encrypted one: the file is copied into a work folder beside
 * it, encrypted there with H2's {@link ChangeFileEncryption} (AES), opened with the new key and compared table by
 * table with the original. Only then does the encrypted copy take the original's place and the key file appear;
 * the unencrypted original is deleted last. A failure at any step leaves the original as it was.
 */
public final class DatabaseEncryption {
    /** Reports {@code (done, total)} in per mille and a short stage name: copy, encrypt, verify. */
    public interface Listener {
        void update(long done, long total, String stage);
    }

    private DatabaseEncryption() {
    }

    /**
     * Encrypts the register in {@code dataDir} with {@code key}. Refused while another NormDesk has it open, when it
     * is encrypted already, or when there is no register yet.
     *
     * @return the number of rows per table, as verified in the encrypted copy
     */
    public static Map<String, Integer> encrypt(Path dataDir, DatabaseKey key, Listener listener) {
        Path original = dataDir.resolve(DatabaseBackup.DATABASE_FILE);
        if (DatabaseKey.isEncrypted(dataDir)) {
            throw new StoreException("db.encryption.already", "The register in " + dataDir + " is encrypted already",
                    dataDir.toString());
        }
        if (!Files.isRegularFile(original)) {
            throw new StoreException("db.encryption.noRegister", "There is no register to encrypt in " + dataDir,
                    dataDir.toString());
        }
        DatabaseBackup.requireClosed(dataDir);
        listener.update(0, 1000, "count");
        Map<String, Integer> before = counts(DatabaseConfig.embedded(dataDir));
        Path work = null;
        try {
            work = Files.createTempDirectory(dataDir, ".normdesk-encrypt-");
            Path copy = work.resolve(DatabaseBackup.DATABASE_FILE);
            copy(original, copy, 400, listener);
            listener.update(450, 1000, "encrypt");
            ChangeFileEncryption.execute(work.toString(), DatabaseConfig.EMBEDDED_FILE_NAME, "AES", null,
                    key.filePassword().toCharArray(), true);
            listener.update(850, 1000, "verify");
            Map<String, Integer> after = counts(DatabaseConfig.embedded(work, key));
            if (!after.equals(before)) {
                throw new StoreException("db.encryption.verifyFailed", "The encrypted copy does not hold the same rows "
                        + "as the register; the register was left unencrypted", dataDir.toString());
            }
            // swap: the encrypted file first, then the key file that marks the register as encrypted
            Path aside = dataDir.resolve(DatabaseBackup.DATABASE_FILE + ".before-encrypt");
            Files.move(original, aside, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(copy, original);
                key.writeTo(dataDir);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(dataDir.resolve(DatabaseKey.FILE_NAME));
                Files.move(aside, original, StandardCopyOption.REPLACE_EXISTING);
                throw e;
            }
            Files.delete(aside);
            listener.update(1000, 1000, "done");
            return after;
        } catch (SQLException e) {
            throw new StoreException("db.encryption.failed", "Cannot encrypt the register in " + dataDir + ": "
                    + e.getMessage(), dataDir.toString(), String.valueOf(e.getMessage())).withCause(e);
        } catch (IOException e) {
            throw new StoreException("db.encryption.failed", "Cannot encrypt the register in " + dataDir + ": "
                    + e.getMessage(), dataDir.toString(), String.valueOf(e.getMessage())).withCause(e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** The work folder of a password change; a fixed name, so that one cut off half-way is found and finished. */
    public static final String REKEY_FOLDER = ".normdesk-rekey";
    /** Written into {@link #REKEY_FOLDER} once the re-encrypted copy and its key file are complete and verified. */
    static final String REKEY_READY = "READY";

    /**
     * Changes the password of the (closed) encrypted register in {@code dataDir} from {@code oldKey} to
     * {@code newKey}. The file is copied into {@value #REKEY_FOLDER}, re-encrypted there with H2's
     * {@link ChangeFileEncryption}, opened with the new key and compared table by table with the register; then
     * {@code inCopy} runs on the opened copy (the audit entry of the change goes in with it). Only then is the new
     * key file written beside the copy and the folder marked ready; from that moment the change is finished even
     * if the process dies: {@link #finishInterruptedChange} moves the file and then the key file in, and runs
     * whenever the register is opened. Before the mark, the register is untouched and the old password opens it.
     *
     * @return the number of rows per table, as verified in the re-encrypted copy
     */
    public static Map<String, Integer> changePassword(Path dataDir, DatabaseKey oldKey, DatabaseKey newKey,
                                                      java.util.function.Consumer<Database> inCopy, Listener listener) {
        Path original = dataDir.resolve(DatabaseBackup.DATABASE_FILE);
        if (!DatabaseKey.isEncrypted(dataDir) || !Files.isRegularFile(original)) {
            throw new StoreException("db.encryption.notEncrypted", "The register in " + dataDir + " is not encrypted",
                    dataDir.toString());
        }
        finishInterruptedChange(dataDir);
        DatabaseBackup.requireClosed(dataDir);
        listener.update(0, 1000, "count");
        Map<String, Integer> before = counts(DatabaseConfig.embedded(dataDir, oldKey));
        Path work = dataDir.resolve(REKEY_FOLDER);
        boolean ready = false;
        try {
            deleteQuietly(work);
            Files.createDirectories(work);
            Path copy = work.resolve(DatabaseBackup.DATABASE_FILE);
            copy(original, copy, 350, listener);
            listener.update(400, 1000, "rekey");
            ChangeFileEncryption.execute(work.toString(), DatabaseConfig.EMBEDDED_FILE_NAME, "AES",
                    oldKey.filePassword().toCharArray(), newKey.filePassword().toCharArray(), true);
            listener.update(800, 1000, "verify");
            Map<String, Integer> after;
            try (Database db = Database.open(DatabaseConfig.embedded(work, newKey))) {
                after = countsOf(db);
                if (!after.equals(before)) {
                    throw new StoreException("db.encryption.verifyFailed", "The re-encrypted copy does not hold the "
                            + "same rows as the register; the password was not changed", dataDir.toString());
                }
                inCopy.accept(db);
                after = countsOf(db);
            }
            newKey.writeTo(work);
            sync(copy);
            sync(work.resolve(DatabaseKey.FILE_NAME));
            Path mark = work.resolve(REKEY_READY + ".tmp");
            Files.writeString(mark, "re-encrypted copy verified; move it and its key file in\n");
            sync(mark);
            Files.move(mark, work.resolve(REKEY_READY), StandardCopyOption.ATOMIC_MOVE);
            sync(work);
            ready = true;
            listener.update(900, 1000, "ready");
            swapIn(dataDir, listener);
            listener.update(1000, 1000, "done");
            return after;
        } catch (SQLException | IOException e) {
            throw new StoreException("db.encryption.changeFailed", "Cannot change the password of the register in "
                    + dataDir + ": " + e.getMessage(), dataDir.toString(), String.valueOf(e.getMessage())).withCause(e);
        } finally {
            if (!ready) {
                deleteQuietly(work);
            }
        }
    }

    /**
     * Finishes a password change cut off after its copy was marked ready (the new password then opens the register)
     * and removes one cut off before (the old password still opens it). Returns true when one was finished.
     */
    public static boolean finishInterruptedChange(Path dataDir) {
        Path work = dataDir.resolve(REKEY_FOLDER);
        if (!Files.isDirectory(work)) {
            return false;
        }
        if (!Files.exists(work.resolve(REKEY_READY))) {
            deleteQuietly(work);
            return false;
        }
        try {
            swapIn(dataDir, (done, total, stage) -> { });
            return true;
        } catch (IOException e) {
            throw new StoreException("db.encryption.changeUnfinished", "A password change in " + dataDir
                    + " was interrupted and cannot be finished: " + e.getMessage(), dataDir.toString(),
                    String.valueOf(e.getMessage())).withCause(e);
        }
    }

    /** The moves of a ready change, each repeatable: the file, then the key file, then the work folder goes. */
    private static void swapIn(Path dataDir, Listener listener) throws IOException {
        Path work = dataDir.resolve(REKEY_FOLDER);
        Path copy = work.resolve(DatabaseBackup.DATABASE_FILE);
        if (Files.exists(copy)) {
            Files.move(copy, dataDir.resolve(DatabaseBackup.DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            sync(dataDir);
        }
        listener.update(930, 1000, "moved-database");
        Path keyFile = work.resolve(DatabaseKey.FILE_NAME);
        if (Files.exists(keyFile)) {
            Files.move(keyFile, dataDir.resolve(DatabaseKey.FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            sync(dataDir);
        }
        listener.update(960, 1000, "moved-key");
        deleteQuietly(work);
    }

    /**
     * Copies the register file {@code original} to {@code copy}, reporting the stage "copy" from 50 per mille up by
     * {@code span} as the bytes go over.
     */
    private static void copy(Path original, Path copy, long span, Listener listener) throws IOException {
        long size = Files.size(original);
        try (InputStream in = Files.newInputStream(original); OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[1 << 16];
            long done = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                done += n;
                listener.update(50 + span * done / Math.max(1, size), 1000, "copy");
            }
        }
    }

    /** Forces a file (or a folder's entries, where the system allows it) to the disk. */
    private static void sync(Path path) {
        try (java.nio.channels.FileChannel channel = Files.isDirectory(path)
                ? java.nio.channels.FileChannel.open(path, java.nio.file.StandardOpenOption.READ)
                : java.nio.channels.FileChannel.open(path, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            // some systems cannot sync a folder; the move itself is still atomic
        }
    }

    /** Rows per register table; opening also brings the schema up to date. */
    static Map<String, Integer> counts(DatabaseConfig config) {
        try (Database db = Database.open(config)) {
            return countsOf(db);
        }
    }

    private static Map<String, Integer> countsOf(Database db) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : RegisterCopier.TABLES_IN_COPY_ORDER) {
            counts.put(table.getName(), db.dsl().fetchCount(table));
        }
        return counts;
    }

    /** Opens the encrypted register in {@code dataDir} with {@code key} just long enough to check it can be read. */
    public static Map<String, Integer> verify(Path dataDir, DatabaseKey key) {
        return counts(DatabaseConfig.embedded(dataDir, key));
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a leftover work folder holds nothing the register needs
        }
    }
}
