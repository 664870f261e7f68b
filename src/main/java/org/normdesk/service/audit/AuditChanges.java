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

    private static final List<String> READING_ORDER = List.of("kind", "from", "to", "title", "docNumber", "issuers",
            "type", "subjectArea", "signedDate", "publishedDate", "effectiveDate", "validUntil", "status",
            "registrationNo", "effectiveOn");

    private AuditChanges() {
    }

    /** @param field empty when the entry's values are not records (a note such as "password changed") */
    public record FieldChange(String field, String before, String after) {
    }

    public static List<FieldChange> of(String beforeJson, String afterJson) {
        JsonNode before = parse(beforeJson);
        JsonNode after = parse(afterJson);
        if (isStatusChange(after)) {
            return statusChange(after);
        }
        List<FieldChange> changes = new ArrayList<>();
        if ((before == null || before.isObject()) && (after == null || after.isObject()) && (before != null || after != null)) {
            Set<String> fields = new LinkedHashSet<>();
            names(after, fields);
            names(before, fields);
            fields = inReadingOrder(fields);
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

    /**
     * A document's status change is recorded as the status before and the history entry it wrote (its from, to,
     * effective date, reason and causing document): read as the status moving, and the entry's date, reason and cause.
     */
    private static boolean isStatusChange(JsonNode after) {
        return after != null && after.isObject() && after.has("documentId") && after.has("from") && after.has("to")
                && after.has("effectiveOn");
    }

    private static List<FieldChange> statusChange(JsonNode entry) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("status", text(entry.get("from")), text(entry.get("to"))));
        for (String field : List.of("effectiveOn", "reason", "causedByDocumentId")) {
            String value = text(entry.get(field));
            if (!value.isEmpty()) {
                changes.add(new FieldChange(field, "", value));
            }
        }
        return changes;
    }

    /**
     * The trail stores its JSON with sorted keys (for its hashes); a reader gets a document's fields in the order of
     * the detail pane, a relation's kind before its two ends, and any other field after them as stored.
     */
    private static Set<String> inReadingOrder(Set<String> fields) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String field : READING_ORDER) {
            if (fields.contains(field)) {
                ordered.add(field);
            }
        }
        ordered.addAll(fields);
        return ordered;
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
