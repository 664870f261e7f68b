package org.normdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.normdesk.store.jooq.Tables.ATTACHMENT;

/**
 * Files kept next to the database, content-addressed: {@code attachments/ab/cd/<sha256>}. The file is in
 * place before its row is written, so a row never points at a missing file. A file whose row was rolled back
 * (or never committed, because the process died) is reused if the same content comes again, and removed by
 * {@link #sweepOrphans} when the register is next opened.
 */
public final class AttachmentStore {
    private final Database db;
    private final Path root;

    public AttachmentStore(Database db, Path attachmentsRoot) {
        this.db = db;
        this.root = attachmentsRoot;
    }

    /** Copies {@code source} in (once per content) and returns the attachment id. Call inside a transaction. */
    public long store(Path source, Instant now) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "incoming-", ".part");
            String sha256;
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha256())) {
                size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                sha256 = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            }
            Path target = pathOf(sha256);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temp);
                // in use again: a sweep only removes orphans older than its cut-off
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            Optional<Long> existing = db.dsl().select(ATTACHMENT.ID).from(ATTACHMENT)
                    .where(ATTACHMENT.SHA256.eq(sha256)).fetchOptional(ATTACHMENT.ID);
            if (existing.isPresent()) {
                return existing.get();
            }
            return db.dsl().insertInto(ATTACHMENT)
                    .set(ATTACHMENT.SHA256, sha256)
                    .set(ATTACHMENT.FILE_NAME, source.getFileName().toString())
                    .set(ATTACHMENT.SIZE_BYTES, size)
                    .set(ATTACHMENT.STORED_AT, DocumentStore.utc(now))
                    .returningResult(ATTACHMENT.ID)
                    .fetchOne(ATTACHMENT.ID);
        } catch (IOException e) {
            throw new StoreException("attachment.unreadable", "Cannot store the file " + source + ": " + e.getMessage(),
                    source.toString(), String.valueOf(e.getMessage())).withCause(e);
        }
    }

    /**
     * Removes what a crash can leave in the folder: half-copied {@code incoming-*.part} files, and stored files
     * that no attachment row names (copied in by a transaction that was rolled back or never committed). Only
     * files last modified before {@code cutoff} are touched, so that on a shared folder another workstation's
     * registration in progress is left alone; an embedded register, open in one process only, passes now.
     *
     * @return how many files were removed
     */
    public int sweepOrphans(Instant cutoff) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        Set<String> referenced = new HashSet<>(allHashes());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new StoreException("attachment.unreadable", "Cannot read the attachments folder " + root + ": "
                    + e.getMessage(), root.toString(), String.valueOf(e.getMessage())).withCause(e);
        }
        int removed = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            boolean partial = name.startsWith("incoming-") && name.endsWith(".part");
            boolean orphan = STORED_NAME.matcher(name).matches() && file.equals(pathOf(name))
                    && !referenced.contains(name);
            try {
                if ((partial || orphan) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)
                        && Files.deleteIfExists(file)) {
                    removed++;
                }
            } catch (IOException e) {
                // left for the next sweep; the register itself is unaffected
            }
        }
        return removed;
    }

    /** Where the attachment's bytes are. */
    public Path file(long attachmentId) {
        String sha256 = db.dsl().select(ATTACHMENT.SHA256).from(ATTACHMENT).where(ATTACHMENT.ID.eq(attachmentId))
                .fetchSingle(ATTACHMENT.SHA256);
        return pathOf(sha256);
    }

    public String sha256(long attachmentId) {
        return db.dsl().select(ATTACHMENT.SHA256).from(ATTACHMENT).where(ATTACHMENT.ID.eq(attachmentId))
                .fetchSingle(ATTACHMENT.SHA256);
    }

    /** Every stored attachment's hash, for copying and checking a whole folder. */
    public List<String> allHashes() {
        return db.dsl().select(ATTACHMENT.SHA256).from(ATTACHMENT).orderBy(ATTACHMENT.ID).fetch(ATTACHMENT.SHA256);
    }

    /**
     * Copies the file with this hash from this folder into {@code other}'s, checking its hash on arrival.
     * @return false if it was already there
     */
    public boolean copyFileTo(String sha256, AttachmentStore other) {
        Path from = pathOf(sha256);
        Path to = other.pathOf(sha256);
        try {
            if (Files.exists(to) && sha256Of(to).equals(sha256)) {
                return false;
            }
            Files.createDirectories(to.getParent());
            Path temp = Files.createTempFile(to.getParent(), "incoming-", ".part");
            Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
            if (!sha256Of(temp).equals(sha256)) {
                Files.delete(temp);
                throw new StoreException("attachment.corrupt", "The file " + from + " does not match its hash",
                        from.toString());
            }
            Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            throw new StoreException("attachment.unreadable", "Cannot copy " + from + ": " + e.getMessage(),
                    from.toString(), String.valueOf(e.getMessage())).withCause(e);
        }
    }

    private static String sha256Of(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{64}");

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
