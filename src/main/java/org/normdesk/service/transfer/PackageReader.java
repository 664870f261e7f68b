package org.normdesk.service.transfer;

import com.fasterxml.jackson.core.type.TypeReference;
import org.normdesk.domain.common.DomainException;
import org.normdesk.store.ColumnLengths;
import org.normdesk.store.DatabaseBackup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens an exchange package and checks all of it before anything is read into a register: a zip at all, not
 * truncated, no entry twice, no name leaving its folder, within the size limits (entry, total, ratio, manifest),
 * a format and schema this version reads, and every entry matching its SHA-256 in the manifest with nothing
 * missing or extra. Each refusal names the file and what is wrong.
 */
public final class PackageReader {
    public static final String MANIFEST = "manifest.json";
    public static final String DOCUMENTS = "records/documents.json";
    public static final String SERIALS = "records/serials.json";
    public static final String ATTACHMENTS_PREFIX = "attachments/";
    /** A record's key: the document's id in the sending register, kept by the city as its exchange record's key. */
    static final int KEY_MAX = ColumnLengths.EXCHANGE_SOURCE_KEY;

    /** A checked package: its manifest, its records and the registration numbers of the sender's register. */
    public record Opened(Path file, PackageManifest manifest, List<PackageRecords.Document> documents,
                         List<String> serials) {
    }

    private PackageReader() {
    }

    public static Opened open(Path file) {
        return open(file, PackageLimits.DEFAULT);
    }

    public static Opened open(Path file, PackageLimits limits) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new DomainException("package.noFile", "There is no file " + file, file.toString());
        }
        try {
            byte[] head = new byte[4];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(head, 0, 4) < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                    throw new DomainException("package.notAZip", name + " is not an exchange package (not a zip file)",
                            name);
                }
            }
            ZipFile zip;
            try {
                zip = new ZipFile(file.toFile());
            } catch (ZipException e) {
                throw new DomainException("package.truncated", name + " is cut short or damaged (" + e.getMessage()
                        + "); copy it again from the sender", name, String.valueOf(e.getMessage()));
            }
            try (zip) {
                return read(zip, name, limits);
            }
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            DomainException failed = new DomainException("package.unreadable", "Cannot read the package " + name + ": "
                    + e.getMessage(), name, String.valueOf(e.getMessage()));
            failed.initCause(e);
            throw failed;
        }
    }

    private static Opened read(ZipFile zip, String name, PackageLimits limits) throws IOException {
        // the central directory first: names, duplicates, declared sizes
        Set<String> names = new HashSet<>();
        List<ZipEntry> entries = new ArrayList<>();
        long declaredTotal = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            refuseUnsafe(name, entry.getName());
            if (!names.add(entry.getName())) {
                throw new DomainException("package.duplicateEntry", name + " holds the entry " + entry.getName()
                        + " twice", name, entry.getName());
            }
            if (entry.getName().equals(MANIFEST) && entry.getSize() > limits.maxManifestBytes()) {
                throw manifestTooLarge(name, limits);
            }
            if (entries.size() >= limits.maxEntries()) {
                throw bomb(name, entry.getName());
            }
            if (entry.getSize() > limits.maxEntryBytes() || tooCompressed(entry.getSize(), entry.getCompressedSize(), limits)) {
                throw bomb(name, entry.getName());
            }
            declaredTotal += Math.max(0, entry.getSize());
            if (declaredTotal > limits.maxTotalBytes()) {
                throw bomb(name, entry.getName());
            }
            entries.add(entry);
        }
        ZipEntry manifestEntry = zip.getEntry(MANIFEST);
        if (manifestEntry == null) {
            throw new DomainException("package.notAPackage", name + " is not a NormDesk exchange package (no manifest)",
                    name);
        }
        if (manifestEntry.getSize() > limits.maxManifestBytes()) {
            throw manifestTooLarge(name, limits);
        }
        byte[] manifestBytes;
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            manifestBytes = in.readNBytes((int) limits.maxManifestBytes() + 1);
        }
        if (manifestBytes.length > limits.maxManifestBytes()) {
            throw manifestTooLarge(name, limits);
        }
        PackageManifest manifest;
        try {
            manifest = PackageJson.MAPPER.readValue(manifestBytes, PackageManifest.class);
        } catch (IOException e) {
            throw new DomainException("package.notAPackage", name + " is not a NormDesk exchange package (the manifest "
                    + "cannot be read)", name);
        }
        if (manifest.format() > PackageManifest.FORMAT) {
            throw new DomainException("package.newerFormat", name + " was written in package format "
                    + manifest.format() + "; this version reads up to " + PackageManifest.FORMAT + ". Update NormDesk",
                    name, manifest.format(), PackageManifest.FORMAT);
        }
        if (manifest.format() < 1 || manifest.entries() == null || manifest.packageId() == null
                || manifest.sourceUnitName() == null || manifest.schemaVersion() == null) {
            throw new DomainException("package.notAPackage", name + " is not a NormDesk exchange package (the manifest "
                    + "is incomplete)", name);
        }
        String latest = latestSchema();
        if (compareVersions(manifest.schemaVersion(), latest) > 0) {
            throw new DomainException("package.newerSchema", name + " comes from a register at schema "
                    + manifest.schemaVersion() + ", newer than this version's " + latest + ". Update NormDesk",
                    name, manifest.schemaVersion(), latest);
        }
        Map<String, PackageManifest.Entry> listed = new HashMap<>();
        for (PackageManifest.Entry e : manifest.entries()) {
            refuseUnsafe(name, e.name());
            if (listed.put(e.name(), e) != null) {
                throw new DomainException("package.duplicateEntry", name + " holds the entry " + e.name() + " twice",
                        name, e.name());
            }
        }
        if (!listed.containsKey(DOCUMENTS)) {
            throw new DomainException("package.notAPackage", name + " is not a NormDesk exchange package (no records)",
                    name);
        }
        // every byte read, counted against the limits and hashed
        long readTotal = manifestBytes.length;
        int seen = 0;
        for (ZipEntry entry : entries) {
            if (entry.getName().equals(MANIFEST)) {
                continue;
            }
            PackageManifest.Entry expected = listed.get(entry.getName());
            if (expected == null) {
                throw corrupt(name, entry.getName());
            }
            long read;
            MessageDigest digest = sha();
            try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
                read = drain(in, entry, name, limits, readTotal);
            }
            readTotal += read;
            if (read != expected.size() || !HexFormat.of().formatHex(digest.digest()).equals(expected.sha256())) {
                throw corrupt(name, entry.getName());
            }
            if (entry.getName().startsWith(ATTACHMENTS_PREFIX)
                    && !entry.getName().substring(ATTACHMENTS_PREFIX.length()).equals(expected.sha256())) {
                throw corrupt(name, entry.getName());
            }
            seen++;
        }
        if (seen != listed.size()) {
            List<String> missing = listed.keySet().stream().filter(n -> !names.contains(n)).sorted().toList();
            throw corrupt(name, String.join(", ", missing));
        }
        List<PackageRecords.Document> documents;
        try (InputStream in = zip.getInputStream(zip.getEntry(DOCUMENTS))) {
            documents = PackageJson.MAPPER.readValue(in, new TypeReference<List<PackageRecords.Document>>() { });
        }
        List<String> serials = List.of();
        ZipEntry serialEntry = zip.getEntry(SERIALS);
        if (serialEntry != null) {
            try (InputStream in = zip.getInputStream(serialEntry)) {
                serials = PackageJson.MAPPER.readValue(in, new TypeReference<List<String>>() { });
            }
        }
        // JSON null for a whole record file, or for one record in it, is a damaged record like any other
        if (documents == null || documents.contains(null) || serials == null || serials.contains(null)) {
            throw new DomainException("package.badRecord", name + " holds an empty (null) record", name, "null");
        }
        Set<String> keys = new HashSet<>();
        for (PackageRecords.Document d : documents) {
            if (d.key() == null || d.key().isBlank() || d.issuers() == null || d.title() == null || d.issuers().isEmpty()
                    || !keys.add(d.key())) {
                throw new DomainException("package.badRecord", name + " holds a document record without a key, title or "
                        + "issuer, or a key twice: " + d.key(), name, String.valueOf(d.key()));
            }
            refuseOverlong(name, d);
        }
        return new Opened(zip.getName() == null ? null : Path.of(zip.getName()), manifest, documents, serials);
    }

    /**
     * Every text of a record within the length its column holds ({@link ColumnLengths}). A register's own export
     * never exceeds them, so a longer one is a damaged or hand-made package: refused by name here, not by a database
     * error half way.
     */
    private static void refuseOverlong(String pkg, PackageRecords.Document d) {
        within(pkg, d, "key", d.key(), KEY_MAX);
        within(pkg, d, "title", d.title(), ColumnLengths.DOCUMENT_TITLE);
        within(pkg, d, "docNumber", d.docNumber(), ColumnLengths.DOCUMENT_NUMBER);
        within(pkg, d, "type", d.type(), ColumnLengths.DOCUMENT_TYPE);
        within(pkg, d, "subjectArea", d.subjectArea(), ColumnLengths.DOCUMENT_SUBJECT_AREA);
        within(pkg, d, "status", d.status(), ColumnLengths.DOCUMENT_STATUS);
        within(pkg, d, "registrationNo", d.registrationNo(), ColumnLengths.DOCUMENT_REGISTRATION_NO);
        for (PackageRecords.IssuerRef issuer : d.issuers()) {
            if (issuer != null) {
                within(pkg, d, "issuers[].name", issuer.name(), ColumnLengths.ISSUER_NAME);
                within(pkg, d, "issuers[].code", issuer.code(), ColumnLengths.ISSUER_CODE);
                within(pkg, d, "issuers[].level", issuer.level(), ColumnLengths.ISSUER_LEVEL);
                within(pkg, d, "issuers[].kind", issuer.kind(), ColumnLengths.ISSUER_KIND);
                within(pkg, d, "issuers[].parentName", issuer.parentName(), ColumnLengths.ISSUER_NAME);
            }
        }
        for (PackageRecords.Status status : d.history()) {
            if (status != null) {
                within(pkg, d, "history[].from", status.from(), ColumnLengths.STATUS_CHANGE_STATUS);
                within(pkg, d, "history[].to", status.to(), ColumnLengths.STATUS_CHANGE_STATUS);
                within(pkg, d, "history[].recordedBy", status.recordedBy(), ColumnLengths.STATUS_CHANGE_RECORDED_BY);
                within(pkg, d, "history[].reason", status.reason(), ColumnLengths.STATUS_CHANGE_REASON);
            }
        }
        for (PackageRecords.Link link : d.relations()) {
            if (link != null) {
                within(pkg, d, "relations[].kind", link.kind(), ColumnLengths.RELATION_KIND);
                within(pkg, d, "relations[].toKey", link.toKey(), KEY_MAX);
            }
        }
        for (PackageRecords.Filing filing : d.filings()) {
            if (filing == null) {
                continue;
            }
            within(pkg, d, "filings[].filingUnit", filing.filingUnit(), ColumnLengths.ISSUER_NAME);
            within(pkg, d, "filings[].channel", filing.channel(), ColumnLengths.FILING_CHANNEL);
            within(pkg, d, "filings[].state", filing.state(), ColumnLengths.FILING_STATE);
            within(pkg, d, "filings[].registrationNo", filing.registrationNo(), ColumnLengths.FILING_REGISTRATION_NO);
            for (PackageRecords.Submission submission : filing.submissions()) {
                if (submission == null) {
                    continue;
                }
                within(pkg, d, "filings[].submissions[].channel", submission.channel(),
                        ColumnLengths.SUBMISSION_CHANNEL);
                for (PackageRecords.Material material : submission.materials()) {
                    if (material != null) {
                        within(pkg, d, "filings[].submissions[].materials[].kind", material.kind(),
                                ColumnLengths.MATERIAL_KIND);
                        within(pkg, d, "filings[].submissions[].materials[].sha256", material.sha256(),
                                ColumnLengths.ATTACHMENT_SHA256);
                        within(pkg, d, "filings[].submissions[].materials[].fileName", material.fileName(),
                                ColumnLengths.ATTACHMENT_FILE_NAME);
                    }
                }
            }
        }
    }

    private static void within(String pkg, PackageRecords.Document d, String field, String text, int max) {
        if (text != null && text.length() > max) {
            // the record named by its key, itself cut short when it is what is too long
            String record = d.key().length() > KEY_MAX ? d.key().substring(0, KEY_MAX) + "…" : d.key();
            throw new DomainException("package.textTooLong", pkg + ": " + field + " of record " + record + " has "
                    + text.length() + " characters, at most " + max, record, field, String.valueOf(text.length()),
                    String.valueOf(max));
        }
    }

    private static long drain(InputStream in, ZipEntry entry, String name, PackageLimits limits, long readBefore)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            read += n;
            if (read > limits.maxEntryBytes() || readBefore + read > limits.maxTotalBytes()
                    || tooCompressed(read, entry.getCompressedSize(), limits)) {
                throw bomb(name, entry.getName());
            }
        }
        return read;
    }

    private static boolean tooCompressed(long size, long compressed, PackageLimits limits) {
        return size > limits.ratioFloorBytes() && compressed > 0 && size / compressed > limits.maxRatio();
    }

    /** Only records/… and attachments/…, no absolute path, no {@code ..}, no drive letter or backslash. */
    static void refuseUnsafe(String pkg, String entry) {
        Path base = Path.of("package");
        boolean known = entry.equals(MANIFEST) || entry.startsWith("records/") || entry.startsWith(ATTACHMENTS_PREFIX);
        if (entry.isEmpty() || entry.startsWith("/") || entry.contains("\\") || entry.contains(":")
                || entry.contains("..") || !base.resolve(entry).normalize().startsWith(base) || !known) {
            throw new DomainException("package.unsafeEntry", pkg + " holds an entry outside its folders: " + entry
                    + "; nothing was read", pkg, entry);
        }
    }

    private static DomainException bomb(String pkg, String entry) {
        return new DomainException("package.tooLarge", pkg + " unpacks to more than a package may hold (" + entry
                + "); refused as a possible decompression bomb", pkg, entry);
    }

    private static DomainException manifestTooLarge(String pkg, PackageLimits limits) {
        return new DomainException("package.manifestTooLarge", "The manifest of " + pkg + " is larger than "
                + (limits.maxManifestBytes() >> 10) + " KB; refused", pkg, limits.maxManifestBytes() >> 10);
    }

    private static DomainException corrupt(String pkg, String entry) {
        return new DomainException("package.corrupt", "The package " + pkg + " is damaged: " + entry
                + " does not match its manifest (SHA-256); nothing was imported", pkg, entry);
    }

    private static volatile String latestSchema;

    /** This version's newest migration, read once per process (from the migrations this build ships). */
    private static String latestSchema() {
        if (latestSchema == null) {
            latestSchema = DatabaseBackup.latestSchemaVersion();
        }
        return latestSchema;
    }

    static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? parse(x[i]) : 0;
            long q = i < y.length ? parse(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static long parse(String part) {
        try {
            return Long.parseLong(part.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

}
