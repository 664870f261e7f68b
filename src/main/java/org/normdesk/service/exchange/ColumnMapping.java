package org.normdesk.service.exchange;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.normdesk.domain.common.DomainException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which ledger column holds which register field, by header name (not position), so a mapping saved as JSON
 * fits the next year's ledger of the same shape even when its columns moved. Only the title is required.
 *
 * <pre>{"columns": {"TITLE": "文件名称", "DOC_NUMBER": "发文字号", "ISSUER": "制定机关", "PUBLISHED": "印发日期"}}</pre>
 */
public record ColumnMapping(@JsonProperty("columns") Map<LedgerField, String> columns) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ColumnMapping {
        Map<LedgerField, String> copy = new EnumMap<>(LedgerField.class);
        if (columns != null) {
            columns.forEach((field, header) -> {
                if (field != null && header != null && !header.isBlank()) {
                    copy.put(field, header.strip());
                }
            });
        }
        columns = Collections.unmodifiableMap(copy);
    }

    /** For each field the best-named header (a known name before a header that contains one); no header twice. */
    public static ColumnMapping propose(List<String> headers) {
        Map<LedgerField, String> chosen = new EnumMap<>(LedgerField.class);
        Set<Integer> used = new HashSet<>();
        for (int wanted = 2; wanted >= 1; wanted--) {
            for (LedgerField field : LedgerField.values()) {
                if (chosen.containsKey(field)) {
                    continue;
                }
                for (int c = 0; c < headers.size(); c++) {
                    if (!used.contains(c) && field.score(headers.get(c)) == wanted) {
                        chosen.put(field, headers.get(c).strip());
                        used.add(c);
                        break;
                    }
                }
            }
        }
        return new ColumnMapping(chosen);
    }

    public ColumnMapping with(LedgerField field, String header) {
        Map<LedgerField, String> changed = new EnumMap<>(LedgerField.class);
        changed.putAll(columns);
        if (header == null || header.isBlank()) {
            changed.remove(field);
        } else {
            // one column feeds one field: a header chosen for another field leaves it
            changed.values().removeIf(h -> h.equals(header.strip()));
            changed.put(field, header);
        }
        return new ColumnMapping(changed);
    }

    /**
     * The column index of each mapped field in a sheet with these headers; a mapped header the sheet lacks is
     * left out.
     */
    public Map<LedgerField, Integer> resolve(List<String> headers) {
        Map<LedgerField, Integer> indexes = new EnumMap<>(LedgerField.class);
        columns.forEach((field, header) -> {
            String wanted = LedgerField.normalizeHeader(header);
            for (int c = 0; c < headers.size(); c++) {
                if (LedgerField.normalizeHeader(headers.get(c)).equals(wanted)) {
                    indexes.put(field, c);
                    return;
                }
            }
        });
        return indexes;
    }

    /** Refuses a mapping without a title column or naming a header that none of the ledger's sheets has. */
    public void checkAgainst(Ledger ledger) {
        if (!columns.containsKey(LedgerField.TITLE)) {
            throw new DomainException("ledger.mapping.noTitle", "The mapping names no column for the title");
        }
        for (Map.Entry<LedgerField, String> e : columns.entrySet()) {
            boolean found = ledger.sheets().stream()
                    .anyMatch(s -> new ColumnMapping(Map.of(e.getKey(), e.getValue())).resolve(s.headers()).size() == 1);
            if (!found) {
                throw new DomainException("ledger.mapping.headerMissing", "The ledger has no column " + e.getValue()
                        + " for " + e.getKey(), e.getValue(), e.getKey());
            }
        }
    }

    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, String> named = new LinkedHashMap<>();
        columns.forEach((f, h) -> named.put(f.name(), h));
        root.put("columns", named);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson());
        } catch (IOException e) {
            throw new DomainException("export.failed", "Cannot write " + file + ": " + e.getMessage(),
                    file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Reads a saved mapping; an unknown field name or a file that is not such JSON is refused by name. */
    public static ColumnMapping read(Path file) {
        Map<?, ?> root;
        try {
            root = JSON.readValue(Files.readString(file), Map.class);
        } catch (IOException e) {
            throw new DomainException("ledger.mapping.unreadable", "Cannot read the mapping " + file + ": "
                    + e.getMessage(), file.toString(), String.valueOf(e.getMessage()));
        }
        if (!(root.get("columns") instanceof Map<?, ?> named)) {
            throw new DomainException("ledger.mapping.unreadable", "No \"columns\" object in " + file, file.toString(),
                    "no \"columns\"");
        }
        Map<LedgerField, String> columns = new EnumMap<>(LedgerField.class);
        for (Map.Entry<?, ?> e : named.entrySet()) {
            LedgerField field;
            try {
                field = LedgerField.valueOf(String.valueOf(e.getKey()));
            } catch (IllegalArgumentException unknown) {
                throw new DomainException("ledger.mapping.unknownField", "Unknown field " + e.getKey() + " in " + file,
                        String.valueOf(e.getKey()), java.util.Arrays.toString(LedgerField.values()));
            }
            columns.put(field, String.valueOf(e.getValue()));
        }
        return new ColumnMapping(columns);
    }
}
