package org.normdesk.service.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every damaged or hostile package is refused with its own message in both languages, and the city's register is
 * left exactly as it was. Each case is a real file, made from a real county package.
 */
class PackageRefusalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Messages ZH = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private static final Messages EN = Messages.load(Locale.ENGLISH);

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void damaged_and_hostile_packages_are_refused_and_the_register_is_untouched(DatabaseKind cityKind) throws Exception {
        Path good = PackageExchangeTest.oneDocumentCountyPackage(tempDir);
        Map<String, Path> cases = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        // an entry whose bytes differ from its SHA-256 in the manifest
        add(cases, expected, "package.corrupt", rewrite(good, "hash.ndpkg", Map.of(PackageReader.DOCUMENTS,
                b -> new String(b, StandardCharsets.UTF_8).replace("绿化", "亮化").getBytes(StandardCharsets.UTF_8)), Map.of()));
        // an extra entry the manifest does not list
        add(cases, expected, "package.corrupt", rewrite(good, "extra.ndpkg", Map.of(),
                Map.of("attachments/0000", "x".getBytes(StandardCharsets.UTF_8))));
        // zip-slip
        add(cases, expected, "package.unsafeEntry", rewrite(good, "slip.ndpkg", Map.of(),
                Map.of("../../evil.sh", "rm -rf ~".getBytes(StandardCharsets.UTF_8))));
        add(cases, expected, "package.unsafeEntry", rewrite(good, "slip2.ndpkg", Map.of(),
                Map.of("attachments/../../evil.sh", "x".getBytes(StandardCharsets.UTF_8))));
        // a decompression bomb: 64 MB of zeros deflate to some 64 KB
        add(cases, expected, "package.tooLarge", rewrite(good, "bomb.ndpkg", Map.of(),
                Map.of("attachments/bomb", new byte[64 << 20])));
        // the same name twice (written under another name of the same length, then renamed in place)
        Path dup = rewrite(good, "dup.ndpkg", Map.of(), Map.of("records/documents.jsoX", "[]".getBytes(StandardCharsets.UTF_8)));
        byte[] bytes = Files.readAllBytes(dup);
        Files.write(dup, replaceAll(bytes, "records/documents.jsoX".getBytes(StandardCharsets.UTF_8),
                PackageReader.DOCUMENTS.getBytes(StandardCharsets.UTF_8)));
        add(cases, expected, "package.duplicateEntry", dup);
        // a manifest of 9 MB
        add(cases, expected, "package.manifestTooLarge", rewrite(good, "manifest.ndpkg", Map.of(PackageReader.MANIFEST,
                b -> manifest(b, m -> m.put("padding", "x".repeat(9 << 20)))), Map.of()));
        add(cases, expected, "package.newerFormat", rewrite(good, "format.ndpkg", Map.of(PackageReader.MANIFEST,
                b -> manifest(b, m -> m.put("format", PackageManifest.FORMAT + 1))), Map.of()));
        add(cases, expected, "package.newerSchema", rewrite(good, "schema.ndpkg", Map.of(PackageReader.MANIFEST,
                b -> manifest(b, m -> m.put("schemaVersion", "999"))), Map.of()));
        add(cases, expected, "package.unknownUnit", rewrite(good, "unit.ndpkg", Map.of(PackageReader.MANIFEST,
                b -> manifest(b, m -> m.put("sourceUnitName", "南乐县司法局").put("sourceUnitCode", "南"))), Map.of()));
        // cut short on the way (half the file), and no zip at all
        Path truncated = tempDir.resolve("truncated.ndpkg");
        byte[] whole = Files.readAllBytes(good);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        add(cases, expected, "package.truncated", truncated);
        add(cases, expected, "package.notAZip", Files.writeString(tempDir.resolve("ledger.ndpkg"),
                "序号,文件名称,文号\n1,清丰县城市绿化管理办法,清政〔2019〕5号\n", StandardCharsets.UTF_8));
        add(cases, expected, "package.notAPackage", rewrite(good, "nomanifest.ndpkg", Map.of(),
                Map.of(), Set.of(PackageReader.MANIFEST)));

        try (Workspace city = PackageExchangeTest.open(TestDatabases.fresh(cityKind, tempDir), tempDir.resolve("city-attachments"))) {
            PackageExchangeTest.cityKnowsTheCounty(city);
            String before = PackageExchangeTest.snapshot(city);
            for (Map.Entry<String, Path> c : cases.entrySet()) {
                DomainException refused = assertThrows(DomainException.class,
                        () -> city.packages().apply(c.getValue(), Map.of()), c.getKey());
                assertEquals(expected.get(c.getKey()), refused.messageKey(), c.getKey() + ": " + refused.getMessage());
                String zh = ZH.format(refused);
                String en = EN.format(refused);
                assertFalse(zh.equals(refused.messageKey()) || en.equals(refused.messageKey()), c.getKey());
                assertTrue(zh.contains(c.getValue().getFileName().toString()) || expected.get(c.getKey()).equals("package.badRecord"),
                        "the message names the file: " + zh);
                assertEquals(before, PackageExchangeTest.snapshot(city), c.getKey() + " left the register untouched");
                assertThrows(DomainException.class, () -> city.packages().reconcile(c.getValue()), c.getKey());
            }
            assertEquals(0, city.packages().packageCount());
            // and the good package goes in
            assertEquals(1, city.packages().apply(good, Map.of()).added());
        }
    }

    @Test
    void gaps_in_a_registration_sequence_are_listed_per_sequence() {
        List<Reconciliation.SerialGap> gaps = PackageService.gaps(List.of("清规备字〔2019〕1号", "清规备字〔2019〕2号",
                "清规备字〔2019〕5号", "清规备字〔2019〕7号", "清规备字〔2020〕1号", "清规备字〔2020〕2号", "QFGS—2019—3",
                "QFGS—2019—1"));
        assertEquals(List.of(new Reconciliation.SerialGap("QFGS—2019—…", List.of("QFGS—2019—2")),
                new Reconciliation.SerialGap("清规备字〔2019〕…号", List.of("清规备字〔2019〕3号–清规备字〔2019〕4号", "清规备字〔2019〕6号"))),
                gaps);
    }

    private static void add(Map<String, Path> cases, Map<String, String> expected, String key, Path file) {
        cases.put(file.getFileName().toString(), file);
        expected.put(file.getFileName().toString(), key);
    }

    private static byte[] manifest(byte[] original, UnaryOperator<ObjectNode> change) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(original);
            return JSON.writeValueAsBytes(change.apply(node));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path rewrite(Path source, String name, Map<String, UnaryOperator<byte[]>> change, Map<String, byte[]> extra)
            throws IOException {
        return rewrite(source, name, change, extra, Set.of());
    }

    /** A copy of the package with some entries' bytes changed, some left out and others added. */
    private Path rewrite(Path source, String name, Map<String, UnaryOperator<byte[]>> change, Map<String, byte[]> extra,
                         Set<String> leaveOut) throws IOException {
        Path target = tempDir.resolve(name);
        try (ZipFile zip = new ZipFile(source.toFile());
             OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (leaveOut.contains(entry.getName())) {
                    continue;
                }
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                content = change.getOrDefault(entry.getName(), b -> b).apply(content);
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return target;
    }

    private static byte[] replaceAll(byte[] data, byte[] from, byte[] to) {
        byte[] copy = data.clone();
        for (int i = 0; i + from.length <= copy.length; i++) {
            if (Arrays.equals(copy, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, copy, i, to.length);
            }
        }
        return copy;
    }
}
