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
            long size = Files.size(original);
            try (InputStream in = Files.newInputStream(original); OutputStream out = Files.newOutputStream(copy)) {
                byte[] buffer = new byte[1 << 16];
                long done = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    done += n;
                    listener.update(50 + 400 * done / Math.max(1, size), 1000, "copy");
                }
            }
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

    /** Rows per register table; opening also brings the schema up to date. */
    static Map<String, Integer> counts(DatabaseConfig config) {
        try (Database db = Database.open(config)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Table<?> table : RegisterCopier.TABLES_IN_COPY_ORDER) {
                counts.put(table.getName(), db.dsl().fetchCount(table));
            }
            return counts;
        }
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
