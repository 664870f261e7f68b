package org.normdesk.service.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.store.DatabaseConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The package importer offered mutations of a real county package (H2 city register): bytes flipped, the file cut
 * short, entries renamed, duplicated or placed outside their folders ({@code ../}), manifest numbers changed, and
 * random JSON values put into the records (with the manifest's checksums recomputed, so that the records themselves
 * are read). Every try ends in a refusal whose message exists in both languages, with the register exactly as it was,
 * or in an import that changed the register exactly when it says it did. Counts per kind and outcome are printed.
 */
class PackageImportProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Messages ZH = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private static final Messages EN = Messages.load(Locale.ENGLISH);
    private static final Map<String, Integer> OUTCOMES = new ConcurrentHashMap<>();

    private static Path dir;
    private static Path good;
    private static Workspace city;

    enum Mutation { FLIP_BYTES, TRUNCATE, RENAME_ENTRY, MANIFEST_NUMBER, DUPLICATE_ENTRY, DOT_DOT_PATH, RECORD_VALUE }

    private static synchronized void prepare() throws IOException {
        if (city != null) {
            return;
        }
        dir = Files.createTempDirectory("normdesk-package-props");
        good = dir.resolve("good.ndpkg");
        try (Workspace countyWs = PackageExchangeTest.open(DatabaseConfig.embedded(dir.resolve("county")),
                dir.resolve("county-attachments"))) {
            PackageExchangeTest.County county = new PackageExchangeTest.County(countyWs);
            countyWs.register().add(PackageExchangeTest.input(county.government, "清丰县城市绿化管理办法",
                    "清政〔2019〕5号", "2019-06-01"));
            countyWs.register().add(PackageExchangeTest.input(county.government, "清丰县燃气管理办法",
                    "清政〔2020〕3号", "2020-03-01"));
            countyWs.packages().export(PackageExchangeTest.CITY, false, good);
        }
        city = PackageExchangeTest.open(DatabaseConfig.embedded(dir.resolve("city")), dir.resolve("city-attachments"));
        PackageExchangeTest.cityKnowsTheCounty(city);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        System.out.println("Package importer property outcomes: " + new TreeMap<>(OUTCOMES));
        if (city != null) {
            city.close();
            city = null;
        }
        if (dir != null) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(Mutation.class);
    }

    @Property(tries = 150)
    void a_mutated_package_is_refused_with_a_sentence_and_the_register_unchanged_or_imported_as_it_says(
            @ForAll("mutations") Mutation mutation, @ForAll long seed) throws Exception {
        prepare();
        Path file = mutate(mutation, new Random(seed), dir.resolve("try-" + mutation + "-" + Long.toHexString(seed)
                + ".ndpkg"));
        String before = PackageExchangeTest.snapshot(city);
        int packagesBefore = city.packages().packageCount();
        try {
            PackageService.ApplyResult result = city.packages().apply(file, Map.of());
            String after = PackageExchangeTest.snapshot(city);
            // an import is audited (a package seen before may be re-applied; it says so in alreadyImported)
            assertTrue(auditOf(after) >= auditOf(before), mutation + ": the audit only grows");
            if (result.alreadyImported()) {
                count(mutation + " imported again");
            }
            if (result.changedNothing()) {
                assertEquals(withoutAudit(before), withoutAudit(after),
                        mutation + ": an import that changed nothing must leave the records as they were");
            } else {
                assertNotEquals(withoutAudit(before), withoutAudit(after),
                        mutation + ": an import that says it changed something did");
            }
            count(mutation + " imported");
        } catch (DomainException refused) {
            String zh = ZH.format(refused);
            String en = EN.format(refused);
            assertTrue(refused.messageKey().startsWith("package.") || refused.messageKey().startsWith("exchange."),
                    mutation + ": " + refused.messageKey() + " " + refused.getMessage());
            assertFalse(zh.equals(refused.messageKey()) || zh.contains("{0}"), mutation + " zh: " + zh);
            assertFalse(en.equals(refused.messageKey()) || en.contains("{0}"), mutation + " en: " + en);
            assertEquals(before, PackageExchangeTest.snapshot(city), mutation + " (" + refused.messageKey()
                    + ") left the register untouched");
            assertEquals(packagesBefore, city.packages().packageCount());
            count(mutation + " refused " + refused.messageKey());
        } catch (RuntimeException other) {
            fail(mutation + " ended in " + other + " instead of a refusal sentence", other);
        } finally {
            Files.deleteIfExists(file);
        }
        assertTrue(city.audit().verify().intact());
    }

    private static String withoutAudit(String snapshot) {
        return snapshot.substring(0, snapshot.lastIndexOf("\naudit="));
    }

    private static long auditOf(String snapshot) {
        return Long.parseLong(snapshot.substring(snapshot.lastIndexOf("\naudit=") + "\naudit=".length()).strip());
    }

    private static void count(String outcome) {
        OUTCOMES.merge(outcome, 1, Integer::sum);
    }

    private static Path mutate(Mutation mutation, Random random, Path target) throws IOException {
        byte[] whole = Files.readAllBytes(good);
        switch (mutation) {
            case FLIP_BYTES -> {
                byte[] copy = whole.clone();
                for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                    int at = random.nextInt(copy.length);
                    copy[at] ^= (byte) (1 + random.nextInt(255));
                }
                return Files.write(target, copy);
            }
            case TRUNCATE -> {
                return Files.write(target, Arrays.copyOf(whole, random.nextInt(whole.length)));
            }
            default -> {
                Map<String, byte[]> entries = read(good);
                List<String> names = new ArrayList<>(entries.keySet());
                String pick = names.get(random.nextInt(names.size()));
                List<Map.Entry<String, byte[]>> out = new ArrayList<>(entries.entrySet());
                switch (mutation) {
                    case RENAME_ENTRY -> {
                        String renamed = pick.substring(0, pick.length() - 1) + (char) ('a' + random.nextInt(26));
                        out.replaceAll(e -> e.getKey().equals(pick) ? Map.entry(renamed, e.getValue()) : e);
                    }
                    case DUPLICATE_ENTRY -> out.add(Map.entry(pick, entries.get(pick)));
                    case DOT_DOT_PATH -> {
                        String[] forms = {"../", "../../", "attachments/../../", "records/../../", "/", "..\\"};
                        out.add(Map.entry(forms[random.nextInt(forms.length)] + "evil-" + random.nextInt(100),
                                "x".getBytes(StandardCharsets.UTF_8)));
                    }
                    case MANIFEST_NUMBER -> out.replaceAll(e -> e.getKey().equals(PackageReader.MANIFEST)
                            ? Map.entry(e.getKey(), changeManifestNumber(e.getValue(), random)) : e);
                    case RECORD_VALUE -> {
                        List<String> records = names.stream().filter(n -> n.startsWith("records/")).toList();
                        String record = records.get(random.nextInt(records.size()));
                        out = withEntry(entries, record, randomValueIn(entries.get(record), random));
                    }
                    default -> throw new IllegalStateException(mutation.toString());
                }
                return write(target, out);
            }
        }
    }

    private static byte[] changeManifestNumber(byte[] manifest, Random random) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(manifest);
            long[] values = {-1, 0, 2, Integer.MAX_VALUE, Long.MAX_VALUE, random.nextInt(1000)};
            long value = values[random.nextInt(values.length)];
            switch (random.nextInt(4)) {
                case 0 -> node.put("format", value);
                case 1 -> node.put("schemaVersion", Long.toString(value));
                case 2 -> {
                    ObjectNode counts = node.with("counts");
                    List<String> keys = new ArrayList<>();
                    counts.fieldNames().forEachRemaining(keys::add);
                    counts.put(keys.isEmpty() ? "documents" : keys.get(random.nextInt(keys.size())), value);
                }
                default -> {
                    ArrayNode entries = (ArrayNode) node.get("entries");
                    if (entries != null && !entries.isEmpty()) {
                        ((ObjectNode) entries.get(random.nextInt(entries.size()))).put("size", value);
                    }
                }
            }
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random field of a random record (or the whole record) replaced by a random JSON value. */
    private static byte[] randomValueIn(byte[] records, Random random) {
        try {
            JsonNode root = JSON.readTree(records);
            JsonNode value = randomJson(random);
            if (root instanceof ArrayNode array && !array.isEmpty()) {
                int at = random.nextInt(array.size());
                if (array.get(at) instanceof ObjectNode record && random.nextInt(4) > 0) {
                    List<String> fields = new ArrayList<>();
                    record.fieldNames().forEachRemaining(fields::add);
                    record.set(fields.isEmpty() ? "title" : fields.get(random.nextInt(fields.size())), value);
                } else {
                    array.set(at, value);
                }
                return JSON.writeValueAsBytes(array);
            }
            return JSON.writeValueAsBytes(random.nextBoolean() ? value : root);
        } catch (IOException e) {
            // a record entry that is not JSON is garbled further
            return Arrays.copyOf(records, Math.max(0, records.length - 1));
        }
    }

    private static JsonNode randomJson(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.getNodeFactory().numberNode(random.nextLong());
            case 2 -> JSON.getNodeFactory().numberNode(-1);
            case 3 -> JSON.getNodeFactory().textNode("");
            case 4 -> JSON.getNodeFactory().textNode("x".repeat(random.nextInt(20_000)));
            case 5 -> JSON.getNodeFactory().textNode("2019-02-30");
            case 6 -> JSON.getNodeFactory().booleanNode(random.nextBoolean());
            case 7 -> JSON.createArrayNode().add(random.nextInt()).add("清政〔2019〕5号");
            default -> JSON.createObjectNode().put("../", "..").put("title", random.nextInt());
        };
    }

    /** The package's entries with {@code name} replaced by {@code content} and the manifest's sums made to match. */
    static List<Map.Entry<String, byte[]>> withEntry(Map<String, byte[]> entries, String name, byte[] content) {
        byte[] manifest = resum(entries.get(PackageReader.MANIFEST), name, content);
        List<Map.Entry<String, byte[]>> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            byte[] kept = e.getKey().equals(name) ? content
                    : e.getKey().equals(PackageReader.MANIFEST) ? manifest : e.getValue();
            out.add(Map.entry(e.getKey(), kept));
        }
        return out;
    }

    /** The manifest with {@code entry}'s size and SHA-256 recomputed for {@code content}. */
    static byte[] resum(byte[] manifest, String entry, byte[] content) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(manifest);
            for (JsonNode e : node.withArray("entries")) {
                if (entry.equals(e.path("name").asText())) {
                    ((ObjectNode) e).put("size", content.length);
                    ((ObjectNode) e).put("sha256", HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(content)));
                }
            }
            return JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, byte[]> read(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    static Path write(Path target, List<Map.Entry<String, byte[]>> entries) throws IOException {
        Map<String, String> standIns = new LinkedHashMap<>();
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(file)) {
            Set<String> written = new java.util.HashSet<>();
            for (Map.Entry<String, byte[]> e : entries) {
                String name = e.getKey();
                if (!written.add(name)) {
                    // ZipOutputStream refuses a second entry of one name: write it under a stand-in of the same
                    // length and put the real name back into the bytes afterwards
                    name = name.substring(0, name.length() - 1) + (name.endsWith("#") ? "$" : "#");
                    standIns.put(name, e.getKey());
                }
                out.putNextEntry(new ZipEntry(name));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        if (!standIns.isEmpty()) {
            byte[] bytes = Files.readAllBytes(target);
            for (Map.Entry<String, String> standIn : standIns.entrySet()) {
                byte[] from = standIn.getKey().getBytes(StandardCharsets.UTF_8);
                byte[] to = standIn.getValue().getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i + from.length <= bytes.length; i++) {
                    if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                        System.arraycopy(to, 0, bytes, i, to.length);
                    }
                }
            }
            Files.write(target, bytes);
        }
        return target;
    }
}
