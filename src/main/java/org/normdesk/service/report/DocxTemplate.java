package org.normdesk.service.report;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printable-document template: an ordinary .docx a bureau can edit in Word or WPS, with placeholders.
 *
 * <h2>Placeholders</h2>
 * <ul>
 *   <li>{@code {{name}}} — replaced by the field {@code name} of {@link TemplateFields}, in paragraphs, table
 *       cells, headers and footers. The placeholder takes the formatting of the run it starts in (Word splits
 *       text into runs arbitrarily, so the runs a placeholder spans are merged first). Spaces inside the braces
 *       are ignored: {@code {{ name }}} is {@code {{name}}}.</li>
 *   <li>{@code {{#rows:table}}} in any cell of a table row marks that row as repeated: it is copied once per row
 *       of the table {@code table} (none: the row disappears), and in each copy {@code {{table.column}}} is that
 *       row's value of {@code column} and {@code {{table.#}}} its number (1, 2, 3 …). The marker itself prints
 *       nothing; a paragraph holding only the marker is dropped. Other placeholders in the row are filled as
 *       usual.</li>
 * </ul>
 * A placeholder the template uses but the fields do not supply is an error naming it ({@code report.field.missing},
 * {@code report.table.missing}, {@code report.table.columnMissing}); so is a placeholder that cannot be read —
 * empty, a column outside its repeated row, a stray <code>&#123;&#123;</code> or <code>&#125;&#125;</code>, one
 * inside a text box
 * ({@code report.placeholder.unknown}). Fields supplied but not used are fine: a bureau may delete a line.
 */
public final class DocxTemplate {
    /** Anything between double braces; what is inside decides whether it is a field, a column or a marker. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");
    private static final Pattern FIELD = TemplateFields.NAME;
    private static final Pattern COLUMN = Pattern.compile("([\\p{L}\\p{N}_]+)\\.([\\p{L}\\p{N}_]+|#)");
    private static final Pattern MARKER = Pattern.compile("#rows:\\s*([\\p{L}\\p{N}_]+)");

    private final String name;
    private final byte[] docx;

    private DocxTemplate(String name, byte[] docx) {
        this.name = Objects.requireNonNull(name, "name");
        this.docx = docx.clone();
    }

    /** A template from the bytes of a .docx; {@code name} is how errors refer to it. */
    public static DocxTemplate of(String name, byte[] docx) {
        DocxTemplate template = new DocxTemplate(name, Objects.requireNonNull(docx, "docx"));
        template.open().close(); // refuse a broken file now, not at the first print
        return template;
    }

    public static DocxTemplate read(String name, InputStream in) throws IOException {
        return of(name, in.readAllBytes());
    }

    public String name() {
        return name;
    }

    /** What this template expects: field names, and for each repeated table the columns its row uses. */
    public Placeholders placeholders() {
        try (Doc doc = open()) {
            Placeholders.Collector found = new Placeholders.Collector();
            for (IBody body : doc.bodies()) {
                forEachParagraph(body, DocxTemplate::mergePlaceholderRuns);
                forEachParagraph(body, p -> found.unknown.addAll(strays(p)));
                scanTables(body, found);
                forEachParagraph(body, p -> eachPlaceholder(p, found::plain));
            }
            return found.result();
        }
    }

    /** The filled document as .docx bytes. */
    public byte[] fill(TemplateFields fields) {
        Objects.requireNonNull(fields, "fields");
        byte[] filled;
        try (Doc doc = open()) {
            Problems problems = new Problems();
            for (IBody body : doc.bodies()) {
                forEachParagraph(body, DocxTemplate::mergePlaceholderRuns);
                forEachParagraph(body, p -> problems.unknown.addAll(strays(p)));
                expandTables(body, fields, problems);
                forEachParagraph(body, p -> replace(p, inner -> plainValue(inner, fields, problems)));
            }
            problems.throwIfAny(name);
            filled = doc.bytes();
        }
        checkNothingLeft(filled, fields);
        return filled;
    }

    // --- reading and writing -------------------------------------------------------------------------------

    private Doc open() {
        try {
            return new Doc(new XWPFDocument(new ByteArrayInputStream(docx)));
        } catch (IOException | RuntimeException e) {
            throw new ReportException("report.template.unreadable", "cannot read the template " + name + ": " + e,
                    name, String.valueOf(e.getMessage())).withCause(e);
        }
    }

    private record Doc(XWPFDocument document) implements AutoCloseable {
        List<IBody> bodies() {
            List<IBody> bodies = new ArrayList<>();
            bodies.add(document);
            bodies.addAll(document.getHeaderList());
            bodies.addAll(document.getFooterList());
            return bodies;
        }

        byte[] bytes() {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException("writing to memory failed", e);
            }
        }

        @Override
        public void close() {
            try {
                document.close();
            } catch (IOException e) {
                // in-memory package: nothing to release
            }
        }
    }

    /** Re-reads the filled document: any {@code {{…}}} still there was somewhere we do not fill (a text box). */
    private void checkNothingLeft(byte[] filled, TemplateFields fields) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(filled))) {
            List<String> parts = new ArrayList<>();
            parts.add(doc.getDocument().xmlText());
            for (XWPFHeaderFooter hf : doc.getHeaderList()) {
                parts.add(hf._getHdrFtr().xmlText());
            }
            for (XWPFHeaderFooter hf : doc.getFooterList()) {
                parts.add(hf._getHdrFtr().xmlText());
            }
            for (String xml : parts) {
                Matcher m = PLACEHOLDER.matcher(xml);
                while (m.find()) {
                    if (!suppliedText(fields, m.group())) {
                        throw unknown(m.group(), name);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("re-reading the filled document failed", e);
        }
    }

    /** A value someone typed may itself contain braces; that is text, not a leftover placeholder. */
    private static boolean suppliedText(TemplateFields fields, String placeholder) {
        return fields.values().values().stream().anyMatch(v -> v.contains(placeholder))
                || fields.tables().values().stream().flatMap(List::stream).flatMap(r -> r.values().stream())
                .anyMatch(v -> v.contains(placeholder));
    }

    /** Half a placeholder (<code>&#123;&#123;name&#125;</code>): a typo in an edited template, shown in context. */
    static List<String> strays(XWPFParagraph p) {
        String text = p.getText();
        String rest = PLACEHOLDER.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        List<String> found = new ArrayList<>();
        for (String brace : List.of("{{", "}}")) {
            int at = rest.indexOf(brace);
            if (at >= 0) {
                found.add(text.substring(Math.max(0, at - 12), Math.min(text.length(), at + 14)).strip());
            }
        }
        return found;
    }

    // --- traversal -----------------------------------------------------------------------------------------

    private static void forEachParagraph(IBody body, Consumer<XWPFParagraph> action) {
        for (IBodyElement element : List.copyOf(body.getBodyElements())) {
            if (element instanceof XWPFParagraph p) {
                action.accept(p);
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : List.copyOf(t.getRows())) {
                    forEachParagraph(row, action);
                }
            }
        }
    }

    private static void forEachParagraph(XWPFTableRow row, Consumer<XWPFParagraph> action) {
        for (XWPFTableCell cell : row.getTableCells()) {
            forEachParagraph(cell, action);
        }
    }

    private static List<XWPFTable> tables(IBody body) {
        List<XWPFTable> all = new ArrayList<>();
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFTable t) {
                all.add(t);
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        all.addAll(tables(cell));
                    }
                }
            }
        }
        return all;
    }

    // --- runs ----------------------------------------------------------------------------------------------

    /**
     * Makes every placeholder sit inside one run: the runs a placeholder spans are merged into the first of
     * them (its formatting wins); text before and after the placeholder in those runs is kept.
     */
    static void mergePlaceholderRuns(XWPFParagraph p) {
        List<XWPFRun> runs = p.getRuns();
        if (runs.size() < 2) {
            return;
        }
        List<String> texts = new ArrayList<>();
        int[] starts = new int[runs.size()];
        StringBuilder full = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            starts[i] = full.length();
            String t = RunText.read(runs.get(i));
            texts.add(t);
            full.append(t);
        }
        Matcher m = PLACEHOLDER.matcher(full);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        for (int s = spans.size() - 1; s >= 0; s--) { // from the end: earlier offsets stay valid
            int start = spans.get(s)[0];
            int end = spans.get(s)[1];
            int first = runAt(starts, start);
            int last = runAt(starts, end - 1);
            if (first == last) {
                continue;
            }
            StringBuilder merged = new StringBuilder(texts.get(first));
            for (int i = first + 1; i <= last; i++) {
                merged.append(texts.get(i));
            }
            RunText.write(runs.get(first), merged.toString());
            texts.set(first, merged.toString());
            for (int i = last; i > first; i--) {
                p.removeRun(i);
            }
        }
    }

    private static int runAt(int[] starts, int offset) {
        int run = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= offset) {
                run = i;
            }
        }
        // an empty run starts where the next one does; the last run starting at or before the offset holds it
        return run;
    }

    /** Replaces each placeholder (already merged into one run) by what {@code value} says for its inside. */
    private static void replace(XWPFParagraph p, Function<String, String> value) {
        for (XWPFRun run : p.getRuns()) {
            String text = RunText.read(run);
            if (!text.contains("{{")) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(value.apply(m.group(1).strip())));
            }
            m.appendTail(out);
            String replaced = out.toString();
            if (!replaced.equals(text)) {
                RunText.write(run, replaced);
            }
        }
    }

    private static void eachPlaceholder(XWPFParagraph p, Consumer<String> action) {
        for (XWPFRun run : p.getRuns()) {
            Matcher m = PLACEHOLDER.matcher(RunText.read(run));
            while (m.find()) {
                action.accept(m.group(1).strip());
            }
        }
    }

    // --- values --------------------------------------------------------------------------------------------

    /** A placeholder outside a repeated row: a field; columns and markers do not belong here. */
    private static String plainValue(String inner, TemplateFields fields, Problems problems) {
        if (FIELD.matcher(inner).matches()) {
            return fields.value(inner).orElseGet(() -> {
                problems.missingFields.add(inner);
                return "{{" + inner + "}}";
            });
        }
        problems.unknown.add("{{" + inner + "}}");
        return "{{" + inner + "}}";
    }

    // --- repeated rows -------------------------------------------------------------------------------------

    private static String markerOf(XWPFTableRow row, Set<String> unknown) {
        Set<String> markers = new LinkedHashSet<>();
        forEachParagraph(row, p -> eachPlaceholder(p, inner -> {
            Matcher m = MARKER.matcher(inner);
            if (m.matches()) {
                markers.add(m.group(1));
            }
        }));
        if (markers.size() > 1) {
            unknown.add("{{#rows:" + String.join("}} {{#rows:", markers) + "}}");
        }
        return markers.isEmpty() ? null : markers.iterator().next();
    }

    private static void scanTables(IBody body, Placeholders.Collector found) {
        for (XWPFTable table : tables(body)) {
            for (XWPFTableRow row : table.getRows()) {
                String tableName = markerOf(row, new LinkedHashSet<>());
                if (tableName != null) {
                    found.table(tableName);
                    forEachParagraph(row, p -> eachPlaceholder(p, inner -> found.inRow(tableName, inner)));
                    forEachParagraph(row, p -> replace(p, inner -> "")); // the plain scan must not see them again
                }
            }
        }
    }

    private static void expandTables(IBody body, TemplateFields fields, Problems problems) {
        for (XWPFTable table : tables(body)) {
            int index = 0;
            while (index < table.getRows().size()) {
                XWPFTableRow row = table.getRow(index);
                String tableName = markerOf(row, problems.unknown);
                if (tableName == null) {
                    index++;
                    continue;
                }
                List<Map<String, String>> data = fields.table(tableName).orElse(null);
                if (data == null) {
                    problems.missingTables.add(tableName);
                    data = List.of();
                }
                CTRow template = row.getCtRow();
                for (int k = 0; k < data.size(); k++) {
                    CTRow copy = (CTRow) template.copy();
                    XWPFTableRow filled = new XWPFTableRow(copy, table);
                    fillRow(filled, tableName, k, data.get(k), fields, problems);
                    table.addRow(filled, index + k); // copies the filled XML into the table
                }
                table.removeRow(index + data.size());
                index += data.size();
            }
        }
    }

    private static void fillRow(XWPFTableRow row, String tableName, int k, Map<String, String> data,
                                TemplateFields fields, Problems problems) {
        for (XWPFTableCell cell : row.getTableCells()) {
            List<XWPFParagraph> paragraphs = cell.getParagraphs();
            for (int i = paragraphs.size() - 1; i >= 0; i--) {
                XWPFParagraph p = paragraphs.get(i);
                if (paragraphs.size() > 1 && MARKER.matcher(stripBraces(p.getText().strip())).matches()) {
                    cell.removeParagraph(i); // a line holding only the marker would print as an empty line
                }
            }
            forEachParagraph(cell, p -> replace(p, inner -> {
                if (MARKER.matcher(inner).matches()) {
                    return "";
                }
                Matcher c = COLUMN.matcher(inner);
                if (c.matches() && c.group(1).equals(tableName)) {
                    if ("#".equals(c.group(2))) {
                        return Integer.toString(k + 1);
                    }
                    String v = data.get(c.group(2));
                    if (v == null) {
                        problems.missingColumns.add(new String[]{tableName, Integer.toString(k + 1), c.group(2)});
                        return "";
                    }
                    return v;
                }
                return plainValue(inner, fields, problems);
            }));
        }
    }

    private static String stripBraces(String text) {
        return text.startsWith("{{") && text.endsWith("}}") ? text.substring(2, text.length() - 2).strip() : text;
    }

    // --- errors --------------------------------------------------------------------------------------------

    private static ReportException unknown(String placeholder, String template) {
        return new ReportException("report.placeholder.unknown",
                "template " + template + " has a placeholder that cannot be filled: " + placeholder,
                placeholder, template);
    }

    /** Everything wrong with one fill, reported together so a bureau fixes its template in one go. */
    private static final class Problems {
        final Set<String> unknown = new LinkedHashSet<>();
        final Set<String> missingFields = new LinkedHashSet<>();
        final Set<String> missingTables = new LinkedHashSet<>();
        final List<String[]> missingColumns = new ArrayList<>();

        void throwIfAny(String template) {
            if (!unknown.isEmpty()) {
                throw unknown(String.join("、", unknown), template);
            }
            if (!missingFields.isEmpty()) {
                String names = braces(missingFields);
                throw new ReportException("report.field.missing",
                        "template " + template + " needs fields that were not supplied: " + names, names, template);
            }
            if (!missingTables.isEmpty()) {
                String names = String.join("、", missingTables);
                throw new ReportException("report.table.missing",
                        "template " + template + " needs table rows that were not supplied: " + names, names,
                        template);
            }
            if (!missingColumns.isEmpty()) {
                String[] first = missingColumns.get(0);
                throw new ReportException("report.table.columnMissing",
                        "row " + first[1] + " of table " + first[0] + " has no column " + first[2] + " (template "
                                + template + ")", first[0], first[1], first[2], template);
            }
        }

        private static String braces(Set<String> names) {
            List<String> shown = new ArrayList<>();
            names.forEach(n -> shown.add("{{" + n + "}}"));
            return String.join("、", shown);
        }
    }

    /**
     * What a template expects.
     *
     * @param fields plain {@code {{name}}} placeholders, in order of appearance
     * @param tables for each {@code {{#rows:table}}}, the columns its row uses ({@code #} included if used)
     * @param unknown placeholders that cannot be filled (see {@link DocxTemplate})
     */
    public record Placeholders(Set<String> fields, Map<String, Set<String>> tables, Set<String> unknown) {
        public Placeholders {
            fields = Collections.unmodifiableSet(new LinkedHashSet<>(fields));
            Map<String, Set<String>> copy = new LinkedHashMap<>();
            tables.forEach((t, columns) -> copy.put(t, Collections.unmodifiableSet(new LinkedHashSet<>(columns))));
            tables = Collections.unmodifiableMap(copy);
            unknown = Collections.unmodifiableSet(new LinkedHashSet<>(unknown));
        }

        static final class Collector {
            private final Set<String> fields = new LinkedHashSet<>();
            private final Map<String, Set<String>> tables = new LinkedHashMap<>();
            private final Set<String> unknown = new LinkedHashSet<>();

            void table(String name) {
                tables.computeIfAbsent(name, t -> new LinkedHashSet<>());
            }

            void inRow(String table, String inner) {
                if (MARKER.matcher(inner).matches()) {
                    return;
                }
                Matcher c = COLUMN.matcher(inner);
                if (c.matches() && c.group(1).equals(table)) {
                    tables.get(table).add(c.group(2));
                } else {
                    plain(inner);
                }
            }

            void plain(String inner) {
                if (FIELD.matcher(inner).matches()) {
                    fields.add(inner);
                } else {
                    unknown.add("{{" + inner + "}}");
                }
            }

            Placeholders result() {
                return new Placeholders(fields, tables, unknown);
            }
        }
    }
}
