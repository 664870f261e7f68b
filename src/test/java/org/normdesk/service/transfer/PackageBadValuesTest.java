package org.normdesk.service.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every text field of a document record made far longer than its column (20,000 characters; the record key just one
 * character too long), and values a register never sends (a validity ending before the document took effect), with
 * the package's checksums made to match: the city — H2 and PostgreSQL — refuses the package with a sentence and its
 * register untouched, or takes it. A database error or a bare domain error is never the answer (PackageImportProperties
 * found a key of 6,014 characters ending in H2's "value too long", and a validity of 1969-12-31).
 */
class PackageBadValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "长".repeat(20_000);
    private static final Messages ZH = Messages.load(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void an_overlong_or_impossible_value_is_refused_with_a_sentence_or_taken(DatabaseKind cityKind) throws Exception {
        Path good = PackageExchangeTest.oneDocumentCountyPackage(tempDir);
        Map<String, byte[]> entries = PackageImportProperties.read(good);
        ObjectNode record = (ObjectNode) JSON.readTree(entries.get(PackageReader.DOCUMENTS)).get(0);

        Map<String, Consumer<ObjectNode>> changes = new LinkedHashMap<>();
        changes.put("key of 41", r -> r.put("key", "1".repeat(41)));
        record.fieldNames().forEachRemaining(field -> {
            if (record.get(field).isTextual()) {
                changes.put(field, r -> r.put(field, LONG));
            }
        });
        // null in this export, so not among the text fields above
        for (String field : List.of("subjectArea", "registrationNo")) {
            changes.put(field, r -> r.put(field, LONG));
        }
        changes.put("validUntil before effectiveDate", r -> r.put("effectiveDate", "2020-03-01")
                .put("validUntil", "1969-12-31"));
        changes.put("relations[0].toKey", r -> r.withArray("relations").addObject().put("kind", "AMENDS")
                .put("toKey", LONG));
        for (String field : List.of("name", "code", "level", "kind", "parentName")) {
            changes.put("issuers[0]." + field, r -> ((ObjectNode) r.withArray("issuers").get(0)).put(field, LONG));
        }
        for (String field : List.of("from", "to", "recordedBy", "reason")) {
            changes.put("history[0]." + field, r -> {
                ArrayNode history = r.withArray("history");
                if (history.isEmpty()) {
                    history.addObject().put("to", "VALID").put("effectiveOn", "2019-06-01");
                }
                ((ObjectNode) history.get(0)).put(field, LONG);
            });
        }
        assertTrue(changes.size() > 12, "the record's text fields were found: " + changes.keySet());

        List<String> outcomes = new ArrayList<>();
        Workspace city = city(cityKind, 0);
        try {
            for (Map.Entry<String, Consumer<ObjectNode>> change : changes.entrySet()) {
                Path file = changed(entries, change.getValue(), tempDir.resolve("long-" + outcomes.size() + ".ndpkg"));
                String before = PackageExchangeTest.snapshot(city);
                try {
                    PackageService.ApplyResult result = city.packages().apply(file, Map.of());
                    outcomes.add(change.getKey() + ": taken, " + result.added() + " added");
                    // the next case needs a city that has not seen this package
                    city.close();
                    city = city(cityKind, outcomes.size());
                } catch (DomainException refused) {
                    assertTrue(refused.messageKey().startsWith("package."), change.getKey() + ": " + refused.messageKey());
                    assertFalse(ZH.format(refused).equals(refused.messageKey()), change.getKey());
                    if (change.getKey().equals("title")) {
                        assertEquals("package.textTooLong", refused.messageKey());
                        assertTrue(ZH.format(refused).contains("的字段 title 有 20000 个字，超过上限 500 个字"),
                                ZH.format(refused));
                    }
                    assertEquals(before, PackageExchangeTest.snapshot(city), change.getKey() + " left the register as it was");
                    outcomes.add(change.getKey() + ": " + refused.messageKey());
                } catch (RuntimeException other) {
                    fail(change.getKey() + " ended in " + other + " instead of a refusal sentence", other);
                }
            }
        } finally {
            city.close();
        }
        assertEquals(changes.size(), outcomes.size(), outcomes.toString());
    }

    private Workspace city(DatabaseKind kind, int n) {
        Workspace city = PackageExchangeTest.open(TestDatabases.fresh(kind, tempDir.resolve("city-" + n)),
                tempDir.resolve("city-attachments-" + n));
        PackageExchangeTest.cityKnowsTheCounty(city);
        return city;
    }

    private static Path changed(Map<String, byte[]> entries, Consumer<ObjectNode> change, Path target) throws Exception {
        ArrayNode records = (ArrayNode) JSON.readTree(entries.get(PackageReader.DOCUMENTS));
        change.accept((ObjectNode) records.get(0));
        return PackageImportProperties.write(target, PackageImportProperties.withEntry(entries, PackageReader.DOCUMENTS,
                JSON.writeValueAsBytes(records)));
    }
}
