package org.normdesk.service.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.demo.DemoRegisterGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Damaged and hostile backup files offered to restore: random bytes, a real backup truncated anywhere, bytes flipped
 * inside its database, zip-slip names (listed in the manifest with their right checksums), duplicate entries,
 * a decompression bomb, a manifest over 1 MiB, manifests with wrong fields, entries extra or missing. Each ends in
 * one of the documented messages, the data folder it was to be restored into is byte for byte as before (no
 * staging folder left), and nothing is written outside it. 200 tries.
 */
class BackupFuzzProperties {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Set<String> DOCUMENTED = Set.of("backup.notABackup", "backup.newerSchema", "backup.corrupt",
            "backup.unsafeEntry", "backup.unreadable", "backup.restoreFailed");
    private static final ObjectMapper JSON = BackupService.json();
    private static final List<String> EVIL_NAMES = List.of("../evil.txt", "attachments/../../evil.txt", "/tmp/evil.txt",
            "attachments/..\\..\\evil.txt", "C:/evil.txt", "attachments/ab/../../../evil.txt", "database/../../evil.txt",
            "evil.txt", "attachments/ab/cd/../../../../evil.txt");

    private static Path tempDir;
    private static DataFolder target;
    private static byte[] good;
    private static byte[] databaseBytes;
    private static ObjectNode goodManifest;
    private static int databaseDataStart;
    private static int databaseDataLength;
    private static byte[] bomb;

    @BeforeContainer
    static void makeARegisterAndItsBackup() throws Exception {
        tempDir = Files.createTempDirectory("backup-fuzz");
        target = new DataFolder(tempDir.resolve("data"));
        Path backup = tempDir.resolve("good.zip");
        try (Workspace ws = Workspace.openEmbedded(target, CLOCK)) {
            ws.demo().importRegister(DemoRegisterGenerator.generate(5, 100), Progress.NONE);
            ws.backups().backup(backup);
        }
        good = Files.readAllBytes(backup);
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry db = zip.getEntry(BackupService.DATABASE_ENTRY);
            try (InputStream in = zip.getInputStream(db)) {
                databaseBytes = in.readAllBytes();
            }
            try (InputStream in = zip.getInputStream(zip.getEntry(BackupService.MANIFEST))) {
                goodManifest = (ObjectNode) JSON.readTree(in);
            }
            databaseDataLength = (int) db.getCompressedSize();
        }
        // the database is the first entry: its data follows the 30-byte local header, its name and extra field
        int nameLength = (good[26] & 0xFF) | (good[27] & 0xFF) << 8;
        int extraLength = (good[28] & 0xFF) | (good[29] & 0xFF) << 8;
        databaseDataStart = 30 + nameLength + extraLength;
        bomb = withBomb();
        Path elsewhere = Files.createDirectories(tempDir.resolve("check-the-good-one-restores"));
        BackupService.restore(backup, elsewhere, CLOCK);
    }

    @AfterContainer
    static void removeTemp() throws IOException {
        try (Stream<Path> walk = Files.walk(tempDir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 200)
    void a_damaged_or_hostile_backup_is_refused_and_the_data_folder_left_as_it_was(
            @ForAll("damagedBackups") Tuple.Tuple2<String, byte[]> damaged) throws Exception {
        Path file = tempDir.resolve("offered.zip");
        Files.write(file, damaged.get2());
        Map<String, String> before = snapshot(target.root());
        try {
            BackupService.restore(file, target.root(), CLOCK);
            fail(damaged.get1() + ": restored");
        } catch (DomainException refused) {
            assertTrue(DOCUMENTED.contains(refused.messageKey()), damaged.get1() + ": " + refused.messageKey()
                    + " " + refused.getMessage());
            assertFalse(refused.getMessage().isBlank());
        }
        assertEquals(before, snapshot(target.root()), damaged.get1() + ": the data folder is unchanged");
        try (Stream<Path> walk = Files.walk(tempDir)) {
            assertEquals(List.of(), walk.filter(p -> p.getFileName().toString().startsWith("evil")).toList(),
                    damaged.get1() + ": nothing written outside");
        }
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, byte[]>> damagedBackups() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000).map(b -> Tuple.of("random bytes", b))),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000)
                        .map(b -> Tuple.of("random bytes after a zip signature", concat(new byte[]{'P', 'K', 3, 4}, b)))),
                Tuple.of(4, Arbitraries.integers().between(0, good.length - 1)
                        .map(n -> Tuple.of("truncated at " + n, Arrays.copyOf(good, n)))),
                Tuple.of(3, Arbitraries.randoms().map(r -> Tuple.of("database bytes flipped", flipInDatabase(r)))),
                Tuple.of(2, Arbitraries.of(EVIL_NAMES).map(n -> Tuple.of("zip-slip " + n, withExtra(n, "pwned".getBytes(), true)))),
                Tuple.of(1, Arbitraries.of(true, false).map(same -> Tuple.of("duplicate entries", duplicate(same)))),
                Tuple.of(1, Arbitraries.just(Tuple.of("bomb", bomb))),
                Tuple.of(1, Arbitraries.just(Tuple.of("manifest over 1 MiB", hugeManifest()))),
                Tuple.of(3, Arbitraries.integers().between(0, 9).map(i -> Tuple.of("bad manifest " + i, badManifest(i)))),
                Tuple.of(1, Arbitraries.just(Tuple.of("unlisted entry", withExtra("attachments/aa/bb/extra", "x".getBytes(), false)))),
                Tuple.of(1, Arbitraries.just(Tuple.of("listed entry missing", missingEntry()))));
    }

    private static byte[] flipInDatabase(Random random) {
        byte[] bad = good.clone();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            bad[databaseDataStart + random.nextInt(databaseDataLength)] ^= (byte) (1 + random.nextInt(255));
        }
        return bad;
    }

    /** The database plus one more entry; {@code listed}: the manifest names it with its right checksum. */
    private static byte[] withExtra(String name, byte[] content, boolean listed) {
        ObjectNode manifest = goodManifest.deepCopy();
        ArrayNode entries = manifest.withArray("entries");
        entries.removeAll();
        entries.add(entry(BackupService.DATABASE_ENTRY, databaseBytes));
        if (listed) {
            entries.add(entry(name, content));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(BackupService.DATABASE_ENTRY, databaseBytes);
        files.put(name, content);
        return zip(files, manifest);
    }

    /** Two entries of one name: written under two names of the same length, then renamed in place. */
    private static byte[] duplicate(boolean sameContent) {
        byte[] a = "first".getBytes();
        byte[] b = sameContent ? a : "other".getBytes();
        ObjectNode manifest = goodManifest.deepCopy();
        ArrayNode entries = manifest.withArray("entries");
        entries.removeAll();
        entries.add(entry(BackupService.DATABASE_ENTRY, databaseBytes));
        entries.add(entry("attachments/dup-AAAA", a));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(BackupService.DATABASE_ENTRY, databaseBytes);
        files.put("attachments/dup-AAAA", a);
        files.put("attachments/dup-BBBB", b);
        byte[] zip = zip(files, manifest);
        byte[] from = "dup-BBBB".getBytes();
        byte[] to = "dup-AAAA".getBytes();
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, zip, i, to.length);
            }
        }
        return zip;
    }

    /** 64 MiB of zeros, deflated to about 64 KiB, in an entry whose manifest claims a small file (built once). */
    private static byte[] withBomb() {
        ObjectNode manifest = goodManifest.deepCopy();
        ArrayNode entries = manifest.withArray("entries");
        entries.removeAll();
        entries.add(entry(BackupService.DATABASE_ENTRY, databaseBytes));
        ObjectNode claimed = JSON.createObjectNode().put("name", "attachments/bomb").put("size", 1000)
                .put("sha256", sha256(new byte[1000]));
        entries.add(claimed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, BackupService.DATABASE_ENTRY, databaseBytes);
            zip.putNextEntry(new ZipEntry("attachments/bomb"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            put(zip, BackupService.MANIFEST, JSON.writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] hugeManifest() {
        ObjectNode manifest = goodManifest.deepCopy();
        ArrayNode entries = manifest.withArray("entries");
        for (int i = 0; i < 20_000; i++) {
            entries.add(JSON.createObjectNode().put("name", "attachments/" + i).put("size", i).put("sha256", "0".repeat(64)));
        }
        return zip(Map.of(BackupService.DATABASE_ENTRY, databaseBytes), manifest);
    }

    private static byte[] badManifest(int which) {
        ObjectNode manifest = goodManifest.deepCopy();
        switch (which) {
            case 0 -> manifest.put("format", 99);
            case 1 -> manifest.put("schemaVersion", "x.y");
            case 2 -> manifest.put("schemaVersion", "999");
            case 3 -> manifest.putNull("entries");
            case 4 -> manifest.remove("entries");
            case 5 -> manifest.withArray("entries").forEach(e -> ((ObjectNode) e).put("size", -1));
            case 6 -> manifest.withArray("entries").forEach(e -> ((ObjectNode) e).putNull("sha256"));
            case 7 -> manifest.putNull("counts");
            case 8 -> manifest.put("entries", "not a list");
            default -> {
                return zip(Map.of(BackupService.DATABASE_ENTRY, databaseBytes), "{\"format\": 1, ".getBytes());
            }
        }
        return zip(Map.of(BackupService.DATABASE_ENTRY, databaseBytes), manifest);
    }

    private static byte[] missingEntry() {
        ObjectNode manifest = goodManifest.deepCopy();
        manifest.withArray("entries").add(entry("attachments/aa/bb/gone", "gone".getBytes()));
        return zip(Map.of(BackupService.DATABASE_ENTRY, databaseBytes), manifest);
    }

    private static ObjectNode entry(String name, byte[] content) {
        return JSON.createObjectNode().put("name", name).put("size", content.length).put("sha256", sha256(content));
    }

    private static byte[] zip(Map<String, byte[]> files, ObjectNode manifest) {
        try {
            return zip(files, JSON.writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] zip(Map<String, byte[]> files, byte[] manifest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
            put(zip, BackupService.MANIFEST, manifest);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** Every file and folder under {@code root} with the SHA-256 of each file. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                all.put(root.relativize(p).toString(), Files.isDirectory(p) ? "folder" : sha256(Files.readAllBytes(p)));
            }
        }
        return all;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
