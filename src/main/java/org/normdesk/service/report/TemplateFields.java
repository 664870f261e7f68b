package org.normdesk.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What goes into a printable document: text for each {@code {{name}}} placeholder, and named tables whose rows
 * fill the repeated row of a template table (see {@link DocxTemplate} for the marker syntax).
 *
 * <p>Immutable; build one with {@link #builder()}. Names are letters, digits and underscores (Chinese letters
 * too); a dot is reserved for table columns ({@code {{reasons.problem}}}). Values are shown exactly as given:
 * a {@code \n} becomes a line break, and dates are written the official way by {@link Builder#put(String,
 * LocalDate)} (2024年8月1日, Arabic numerals as GB/T 9704 asks).
 */
public final class TemplateFields {
    /** A field, table or column name: no dots, no braces, no spaces. */
    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_]+");

    private final Map<String, String> values;
    private final Map<String, List<Map<String, String>>> tables;

    private TemplateFields(Map<String, String> values, Map<String, List<Map<String, String>>> tables) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Map<String, List<Map<String, String>>> copy = new LinkedHashMap<>();
        tables.forEach((name, rows) -> copy.put(name, rows.stream()
                .map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList()));
        this.tables = Collections.unmodifiableMap(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The text for {@code {{name}}}, if the caller supplied it. */
    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The rows for a table marker {@code {{#rows:name}}}, if the caller supplied them (possibly none). */
    public Optional<List<Map<String, String>>> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** All single fields, in the order they were put. */
    public Map<String, String> values() {
        return values;
    }

    /** All tables: name → rows, each row column → text. */
    public Map<String, List<Map<String, String>>> tables() {
        return tables;
    }

    /** A copy with more or replaced fields. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);
        tables.forEach((name, rows) -> b.tables.put(name, new ArrayList<>(rows)));
        return b;
    }

    /** The official way to write a date in a letter: 2024年8月1日. */
    public static String officialDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    @Override
    public String toString() {
        return "TemplateFields" + values + " tables=" + tables.keySet();
    }

    public static final class Builder {
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();

        private Builder() {
        }

        /** Text for {@code {{name}}}; an absent value must be said explicitly, e.g. as "" or "无". */
        public Builder put(String name, String value) {
            values.put(checkName(name), Objects.requireNonNull(value, () -> "value of " + name));
            return this;
        }

        /** A date, written the official way (2024年8月1日). */
        public Builder put(String name, LocalDate date) {
            return put(name, officialDate(Objects.requireNonNull(date, () -> "date of " + name)));
        }

        /** All rows of a table at once; an empty list is allowed and removes the template row. */
        public Builder table(String name, List<Map<String, String>> rows) {
            List<Map<String, String>> copy = new ArrayList<>();
            for (Map<String, String> row : Objects.requireNonNull(rows, () -> "rows of " + name)) {
                copy.add(checkRow(name, row));
            }
            tables.put(checkName(name), copy);
            return this;
        }

        /** One more row for a table (the table is created by its first row). */
        public Builder row(String table, Map<String, String> row) {
            tables.computeIfAbsent(checkName(table), t -> new ArrayList<>()).add(checkRow(table, row));
            return this;
        }

        public TemplateFields build() {
            return new TemplateFields(values, tables);
        }

        private static Map<String, String> checkRow(String table, Map<String, String> row) {
            Objects.requireNonNull(row, () -> "a row of " + table);
            Map<String, String> copy = new LinkedHashMap<>();
            row.forEach((column, text) -> copy.put(checkName(column),
                    Objects.requireNonNull(text, () -> table + "." + column)));
            return copy;
        }

        private static String checkName(String name) {
            Objects.requireNonNull(name, "name");
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a placeholder name (letters, digits, _): '" + name + "'");
            }
            return name;
        }
    }
}
