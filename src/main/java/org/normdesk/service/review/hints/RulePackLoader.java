package org.normdesk.service.review.hints;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.normdesk.domain.review.rules.HintCategory;
import org.normdesk.domain.review.rules.LocalizedText;
import org.normdesk.domain.review.rules.Rule;
import org.normdesk.domain.review.rules.RulePack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a versioned JSON rule pack ({@code data/rules/cn-normative-core.json} ships inside the app). Any
 * mistake — broken JSON, a missing field, an unknown category, a regular expression that does not compile —
 * refuses the whole pack with a {@link RulePackException} naming the file and the line.
 *
 * <pre>
 * { "id": "…", "version": "2026.1",
 *   "rules": [ { "id": "penalty.new", "category": "PENALTY", "scope": "sentence",
 *                "title": {"zh": "…", "en": "…"}, "reason": {"zh": "…", "en": "…"},
 *                "triggers": ["罚款", …], "together": [["公民", "企业"]], "unless": ["依照《[^》]+》", "依法"] } ] }
 * </pre>
 */
public final class RulePackLoader {
    public static final String BUNDLED = "/data/rules/cn-normative-core.json";
    /** The source name the shipped pack carries. */
    public static final String BUNDLED_SOURCE = "data/rules/cn-normative-core.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private RulePackLoader() {
    }

    /** The pack shipped with the app. */
    public static RulePack bundled() {
        try (InputStream in = RulePackLoader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is not on the classpath; the build copies it from data/rules/");
            }
            return parse(BUNDLED_SOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(BUNDLED + " cannot be read", e);
        }
    }

    public static RulePack load(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RulePackException(file.toString(), 0, "cannot be read (" + e.getMessage() + ")");
        }
        return parse(file.toString(), json);
    }

    /** @param source the file name used in messages */
    public static RulePack parse(String source, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RulePackException(source, line, e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RulePackException(source, 1, "a rule pack is a JSON object with id, version and rules");
        }
        String packId = text(source, json, root, "id", null);
        String version = text(source, json, root, "version", null);
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            throw new RulePackException(source, lineOf(json, "\"rules\"", 0), "\"rules\" must be a non-empty list");
        }
        List<Rule> parsed = new ArrayList<>();
        for (JsonNode node : rules) {
            parsed.add(rule(source, json, node));
        }
        try {
            return new RulePack(packId, version, source, parsed);
        } catch (IllegalArgumentException e) {
            throw new RulePackException(source, 0, e.getMessage());
        }
    }

    private static Rule rule(String source, String json, JsonNode node) {
        String id = text(source, json, node, "id", null);
        String categoryName = text(source, json, node, "category", id);
        HintCategory category;
        try {
            category = HintCategory.valueOf(categoryName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RulePackException(source, lineOf(json, categoryName, idLine(json, id)),
                    "rule " + id + ": unknown category " + categoryName + " (one of " + List.of(HintCategory.values()) + ")");
        }
        String scopeName = node.path("scope").asText("sentence");
        Rule.Scope scope = switch (scopeName) {
            case "sentence" -> Rule.Scope.SENTENCE;
            case "article" -> Rule.Scope.ARTICLE;
            default -> throw new RulePackException(source, lineOf(json, "\"scope\"", idLine(json, id)),
                    "rule " + id + ": scope is \"sentence\" or \"article\", not " + scopeName);
        };
        List<Pattern> triggers = patterns(source, json, id, node.get("triggers"), "triggers");
        if (triggers.isEmpty()) {
            throw new RulePackException(source, idLine(json, id), "rule " + id + " has no triggers");
        }
        List<List<Pattern>> together = new ArrayList<>();
        JsonNode groups = node.get("together");
        if (groups != null) {
            if (!groups.isArray()) {
                throw new RulePackException(source, lineOf(json, "\"together\"", idLine(json, id)),
                        "rule " + id + ": \"together\" is a list of lists of patterns");
            }
            for (JsonNode group : groups) {
                together.add(patterns(source, json, id, group, "together"));
            }
        }
        List<Pattern> unless = patterns(source, json, id, node.get("unless"), "unless");
        return new Rule(id, category, localized(source, json, node, "title", id), triggers, together, unless, scope,
                localized(source, json, node, "reason", id));
    }

    private static List<Pattern> patterns(String source, String json, String id, JsonNode list, String field) {
        List<Pattern> patterns = new ArrayList<>();
        if (list == null) {
            return patterns;
        }
        if (!list.isArray()) {
            throw new RulePackException(source, lineOf(json, "\"" + field + "\"", idLine(json, id)),
                    "rule " + id + ": \"" + field + "\" must be a list of patterns");
        }
        for (JsonNode p : list) {
            if (!p.isTextual() || p.asText().isEmpty()) {
                throw new RulePackException(source, lineOf(json, "\"" + field + "\"", idLine(json, id)),
                        "rule " + id + ": \"" + field + "\" holds something that is not a pattern: " + p);
            }
            try {
                patterns.add(Pattern.compile(p.asText()));
            } catch (PatternSyntaxException e) {
                throw new RulePackException(source, lineOf(json, jsonString(p.asText()), idLine(json, id)),
                        "rule " + id + ": pattern " + p.asText() + " is not a valid regular expression ("
                                + e.getDescription() + ")");
            }
        }
        return patterns;
    }

    private static LocalizedText localized(String source, String json, JsonNode node, String field, String id) {
        JsonNode value = node.get(field);
        if (value == null || !value.path("zh").isTextual() || !value.path("en").isTextual()
                || value.path("zh").asText().isBlank() || value.path("en").asText().isBlank()) {
            throw new RulePackException(source, idLine(json, id),
                    "rule " + id + ": \"" + field + "\" needs a Chinese (zh) and an English (en) text");
        }
        return new LocalizedText(value.get("zh").asText(), value.get("en").asText());
    }

    private static String text(String source, String json, JsonNode node, String field, String ruleId) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            int line = ruleId == null ? 1 : idLine(json, ruleId);
            throw new RulePackException(source, line, (ruleId == null ? "" : "rule " + ruleId + ": ")
                    + "\"" + field + "\" is missing or empty");
        }
        return value.asText();
    }

    /** The line of the rule's "id" entry, where later field errors are searched from. */
    private static int idLine(String json, String id) {
        return id == null ? 1 : lineOf(json, "\"id\": " + jsonString(id), 0) > 0
                ? lineOf(json, "\"id\": " + jsonString(id), 0) : lineOf(json, jsonString(id), 0);
    }

    /** 1-based line of {@code needle}'s first occurrence on or after line {@code fromLine}; the fromLine if none. */
    static int lineOf(String json, String needle, int fromLine) {
        String[] lines = json.split("\n", -1);
        for (int i = Math.max(0, fromLine - 1); i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return fromLine;
    }

    private static String jsonString(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return "\"" + value + "\"";
        }
    }
}
