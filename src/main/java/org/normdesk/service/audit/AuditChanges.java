package org.normdesk.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an audit entry changed, field by field, for people to read: the before and after JSON compared at the top
 * level, bookkeeping fields (version, timestamps) left out, nested values shown as short text.
 */
public final class AuditChanges {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields every record carries that say nothing to a reader. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "createdAt", "changedAt", "id");

    private AuditChanges() {
    }

    /** @param field empty when the entry's values are not records (a note such as "password changed") */
    public record FieldChange(String field, String before, String after) {
    }

    public static List<FieldChange> of(String beforeJson, String afterJson) {
        JsonNode before = parse(beforeJson);
        JsonNode after = parse(afterJson);
        List<FieldChange> changes = new ArrayList<>();
        if ((before == null || before.isObject()) && (after == null || after.isObject()) && (before != null || after != null)) {
            Set<String> fields = new LinkedHashSet<>();
            names(after, fields);
            names(before, fields);
            for (String field : fields) {
                if (BOOKKEEPING.contains(field)) {
                    continue;
                }
                String was = text(before == null ? null : before.get(field));
                String now = text(after == null ? null : after.get(field));
                if (!was.equals(now)) {
                    changes.add(new FieldChange(field, was, now));
                }
            }
            return changes;
        }
        String was = text(before);
        String now = text(after);
        if (!was.equals(now)) {
            changes.add(new FieldChange("", was, now));
        }
        return changes;
    }

    private static void names(JsonNode node, Set<String> into) {
        if (node != null) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                into.add(it.next());
            }
        }
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // a summarised (cut) state is no longer JSON: show it as the text it is
            return JSON.getNodeFactory().textNode(json);
        }
    }

    /** A value as a reader would write it: 文号 by its raw text, lists joined, named things by name. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(text(item)));
            return String.join("、", items);
        }
        for (String label : List.of("raw", "name", "title")) {
            if (node.hasNonNull(label)) {
                return node.get(label).asText();
            }
        }
        return node.toString();
    }
}
