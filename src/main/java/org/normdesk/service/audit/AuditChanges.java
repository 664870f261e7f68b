package org.normdesk.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an audit entry changed, field by field, for people to read: the before and after JSON compared field by field
 * (nested records without a name of their own in their place), bookkeeping fields (version, timestamps, owning ids)
 * left out, named values by their name, lists of records or ids by their size, and a status change as the status
 * moving with its history entry's date, reason and cause.
 */
public final class AuditChanges {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Fields every record carries that say nothing to a reader, and the ids of the records a filing belongs to
     * (its document and unit, which the pane showing its history already names).
     */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "createdAt", "changedAt", "id",
            "documentId", "filingUnitId", "filingId");
    /** The fields that stand for a whole nested value: a 文号's raw text, an issuer's name, a document's title. */
    private static final List<String> LABELS = List.of("raw", "name", "title");

    private static final List<String> READING_ORDER = List.of("name", "legalBasis", "trigger", "deadline", "kind",
            "from", "to", "title", "docNumber", "issuers", "type", "subjectArea", "signedDate", "publishedDate",
            "effectiveDate", "validUntil", "status", "state", "registrationNo", "registeredDate", "effectiveOn");

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
        after = unwrapped(before, after);
        if (before != null && !before.isObject() && after != null && after.isObject()) {
            // what a step set, recorded next to what it replaced in another shape (a decision next to the items'
            // previous decisions): the fields it set are the change
            before = null;
        }
        List<FieldChange> changes = new ArrayList<>();
        if ((before == null || before.isObject()) && (after == null || after.isObject()) && (before != null || after != null)) {
            compareFields(before, after, changes);
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
     * A state after that holds the record under a field of its own next to extras (a finalized campaign with its
     * totals) is compared with the record before as one record: its fields and the extras side by side.
     */
    private static JsonNode unwrapped(JsonNode before, JsonNode after) {
        if (before == null || !before.isObject() || after == null || !after.isObject()) {
            return after;
        }
        for (Iterator<String> it = after.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            JsonNode inner = after.get(field);
            if (!before.has(field) && inner.isObject() && sharesMostFields(before, inner)) {
                ObjectNode flat = JSON.createObjectNode();
                flat.setAll((ObjectNode) inner);
                after.fields().forEachRemaining(e -> {
                    if (!e.getKey().equals(field)) {
                        flat.set(e.getKey(), e.getValue());
                    }
                });
                return flat;
            }
        }
        return after;
    }

    private static boolean sharesMostFields(JsonNode a, JsonNode b) {
        int shared = 0;
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            if (b.has(it.next())) {
                shared++;
            }
        }
        return shared * 2 > a.size();
    }

    /**
     * The fields of two states of a record that differ. A nested record without a name of its own (a filing inside
     * the filing's state) is compared field by field in its place; a list of such records (a filing's submissions)
     * or of ids (a decision's documents) by how many there are.
     */
    private static void compareFields(JsonNode before, JsonNode after, List<FieldChange> changes) {
        Set<String> fields = new LinkedHashSet<>();
        names(after, fields);
        names(before, fields);
        for (String field : inReadingOrder(fields)) {
            if (BOOKKEEPING.contains(field)) {
                continue;
            }
            JsonNode was = before == null ? null : before.get(field);
            JsonNode now = after == null ? null : after.get(field);
            if (isPlainRecord(was) || isPlainRecord(now)) {
                compareFields(isPlainRecord(was) ? was : null, isPlainRecord(now) ? now : null, changes);
                continue;
            }
            String wasText = isCountedList(was) ? Integer.toString(was.size()) : text(was);
            String nowText = isCountedList(now) ? Integer.toString(now.size()) : text(now);
            if (!wasText.equals(nowText)) {
                changes.add(new FieldChange(field, wasText, nowText));
            }
        }
    }

    /** An object that {@link #text} could only show as JSON: no raw text, name or title to stand for it. */
    private static boolean isPlainRecord(JsonNode node) {
        return node != null && node.isObject() && LABELS.stream().noneMatch(node::hasNonNull);
    }

    /** A list a reader takes in by its size: records without names (packages), or bare ids (documents). */
    private static boolean isCountedList(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            return false;
        }
        for (JsonNode item : node) {
            if (!isPlainRecord(item) && !item.isIntegralNumber()) {
                return false;
            }
        }
        return true;
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
        for (String label : LABELS) {
            if (node.hasNonNull(label)) {
                return node.get(label).asText();
            }
        }
        return node.toString();
    }
}
