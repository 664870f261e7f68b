package org.normdesk.service.report;

import org.normdesk.service.report.PdfModel.Align;
import org.normdesk.service.report.PdfModel.Block;
import org.normdesk.service.report.PdfModel.Border;
import org.normdesk.service.report.PdfModel.Cell;
import org.normdesk.service.report.PdfModel.LineSpacing;
import org.normdesk.service.report.PdfModel.PageSetup;
import org.normdesk.service.report.PdfModel.Paragraph;
import org.normdesk.service.report.PdfModel.Row;
import org.normdesk.service.report.PdfModel.Span;
import org.normdesk.service.report.PdfModel.Table;
import org.normdesk.service.report.PdfModel.TextStyle;
import org.normdesk.service.report.PdfModel.VMerge;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the model out on pages: lines broken per character in Chinese and per word in Latin text (with the
 * usual rules that a line does not start with a closing mark nor end with an opening one), tables with
 * repeated header rows, page breaks when full. Produces drawing operations; {@link DocxPdfRenderer} draws them.
 * All y coordinates run down from the top of the page.
 */
final class PdfLayout {
    /** Word's default tab stops in Chinese Word: every 2 characters of 五号, 21 pt. */
    private static final float TAB = 21f;
    private static final float EPSILON = 0.01f;

    /** Characters a line must not start with (closing marks and sentence punctuation). */
    private static final String NO_START = "!%),.:;?]}¢°·’\"†‡›℃∶、。〃〆〕〗〞﹚﹜！＂％＇），．：；？！］｝～"
            + "〉》」』】〙〟｠»ヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻‐゠–〜？!‼⁇⁈⁉・"
            + "”…‥";
    /** Characters a line must not end with (opening marks). */
    private static final String NO_END = "$(£¥‘\"〈《「『【〔〖〝﹙﹛＄（［｛￡￥〘〚｟«“";

    sealed interface Op permits Text, Rule {
        Op shift(float dx, float dy);
    }

    record Text(float x, float baseline, String text, TextStyle style) implements Op {
        public Op shift(float dx, float dy) {
            return new Text(x + dx, baseline + dy, text, style);
        }
    }

    record Rule(float x1, float y1, float x2, float y2, float width) implements Op {
        public Op shift(float dx, float dy) {
            return new Rule(x1 + dx, y1 + dy, x2 + dx, y2 + dy, width);
        }
    }

    /** One laid-out line (or a blank gap), its ops relative to its top-left corner. */
    record LineBox(float height, List<Op> ops, boolean pageBreakAfter) {
        static LineBox gap(float height) {
            return new LineBox(height, List.of(), false);
        }
    }

    static final class Page {
        final List<Op> ops = new ArrayList<>();
    }

    private final PdfFont font;
    private final PageSetup setup;
    private final List<Page> pages = new ArrayList<>();
    private final float top;
    private final float bottom;
    private final Map<Cell, List<LineBox>> cellLines = new IdentityHashMap<>();
    private Page page;
    private float y;

    PdfLayout(PdfFont font, PageSetup setup, float headerHeight, float footerHeight) {
        this.font = font;
        this.setup = setup;
        // a header or footer taller than the margin pushes the body, as in Word
        this.top = Math.max(setup.top(), setup.header() + headerHeight);
        this.bottom = setup.height() - Math.max(setup.bottom(), setup.footer() + footerHeight);
        newPage();
    }

    List<Page> pages() {
        return pages;
    }

    float bodyWidth() {
        return setup.bodyWidth();
    }

    // --- flow ----------------------------------------------------------------------------------------------

    void flow(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p) {
                paragraph(p, blocks, i);
            } else if (blocks.get(i) instanceof Table t) {
                table(t);
            }
        }
    }

    private void newPage() {
        page = new Page();
        pages.add(page);
        y = top;
    }

    private boolean pageEmpty() {
        return y <= top + EPSILON;
    }

    private void paragraph(Paragraph p, List<Block> blocks, int index) {
        if (p.pageBreakBefore() && !pageEmpty()) {
            newPage();
        }
        float width = bodyWidth();
        List<LineBox> lines = lines(p, width);
        // spacing before is dropped at the top of a page, except on the first one
        float before = pageEmpty() && pages.size() > 1 ? 0 : p.before();
        if (p.keepNext() && index + 1 < blocks.size() && !pageEmpty()) {
            // "keep with next": this paragraph, any that follow it with the same setting, and the first line of
            // what comes after go on one page (so a signature never stands alone on the last page)
            float needed = before + height(lines) + p.after();
            int j = index + 1;
            while (j + 1 < blocks.size() && blocks.get(j) instanceof Paragraph q && q.keepNext()) {
                needed += q.before() + height(lines(q, width)) + q.after();
                j++;
            }
            needed += firstHeight(blocks.get(j), width);
            if (y + needed > bottom + EPSILON && needed <= bottom - top) {
                newPage();
                before = 0;
            }
        }
        y += before;
        for (int i = 0; i < lines.size(); i++) {
            LineBox line = lines.get(i);
            if (y + line.height() > bottom + EPSILON && !pageEmpty()) {
                newPage();
            }
            place(line, setup.left(), y);
            y += line.height();
            if (line.pageBreakAfter()) {
                newPage();
            }
        }
        y = Math.min(y + p.after(), Math.max(y, bottom));
    }

    private float firstHeight(Block block, float width) {
        if (block instanceof Paragraph p) {
            List<LineBox> lines = lines(p, width);
            return p.before() + (lines.isEmpty() ? 0 : lines.get(0).height());
        }
        Table t = (Table) block;
        TableGeometry g = geometry(t);
        float h = 0;
        for (int r = 0; r < t.rows().size(); r++) {
            h += rowHeight(t, g, r);
            if (!t.rows().get(r).header()) {
                break;
            }
        }
        return h;
    }

    private void place(LineBox line, float x, float atY) {
        for (Op op : line.ops()) {
            page.ops.add(op.shift(x, atY));
        }
    }

    private static float height(List<LineBox> lines) {
        float h = 0;
        for (LineBox l : lines) {
            h += l.height();
        }
        return h;
    }

    // --- paragraphs ----------------------------------------------------------------------------------------

    private enum Kind { WORD, SPACE, TAB, NEWLINE, PAGE }

    /** An unbreakable piece of text (possibly in several styles), or a space, tab or break. */
    private record Atom(Kind kind, List<Span> parts, float width) {
    }

    /** The paragraph's lines, without its spacing before and after. */
    List<LineBox> lines(Paragraph p, float width) {
        List<Atom> atoms = atoms(p.spans());
        List<LineBox> out = new ArrayList<>();
        List<Atom> line = new ArrayList<>();
        float used = 0;
        boolean first = true;
        boolean wrapped = false; // spaces at the start of a wrapped line are dropped
        float avail = lineWidth(p, width, true);
        int i = 0;
        while (i < atoms.size()) {
            Atom a = atoms.get(i);
            switch (a.kind()) {
                case NEWLINE, PAGE -> {
                    out.add(lineBox(p, line, width, first, a.kind() == Kind.PAGE));
                    line = new ArrayList<>();
                    used = 0;
                    first = false;
                    wrapped = false;
                    avail = lineWidth(p, width, false);
                    i++;
                }
                case SPACE -> {
                    if (line.isEmpty() && wrapped) {
                        i++;
                        continue;
                    }
                    if (used + a.width() <= avail + EPSILON) {
                        line.add(a);
                        used += a.width();
                    } else if (!line.isEmpty()) {
                        out.add(lineBox(p, line, width, first, false)); // the space is swallowed by the break
                        line = new ArrayList<>();
                        used = 0;
                        first = false;
                        wrapped = true;
                        avail = lineWidth(p, width, false);
                    }
                    i++;
                }
                case TAB -> {
                    float tabWidth = (float) (Math.floor(used / TAB + EPSILON) + 1) * TAB - used;
                    if (used + tabWidth <= avail + EPSILON || line.isEmpty()) {
                        line.add(new Atom(Kind.TAB, List.of(), Math.min(tabWidth, avail)));
                        used += Math.min(tabWidth, avail);
                    } else {
                        out.add(lineBox(p, line, width, first, false));
                        line = new ArrayList<>();
                        used = 0;
                        first = false;
                        wrapped = true;
                        avail = lineWidth(p, width, false);
                        continue;
                    }
                    i++;
                }
                case WORD -> {
                    if (used + a.width() <= avail + EPSILON) {
                        line.add(a);
                        used += a.width();
                        i++;
                    } else if (hasContent(line)) {
                        out.add(lineBox(p, line, width, first, false));
                        line = new ArrayList<>();
                        used = 0;
                        first = false;
                        wrapped = true;
                        avail = lineWidth(p, width, false);
                    } else {
                        // longer than a whole line: break it between characters
                        List<Atom> pieces = splitToFit(a, avail - used);
                        line.add(pieces.get(0));
                        out.add(lineBox(p, line, width, first, false));
                        line = new ArrayList<>();
                        used = 0;
                        first = false;
                        wrapped = true;
                        avail = lineWidth(p, width, false);
                        if (pieces.size() > 1) {
                            atoms.set(i, pieces.get(1));
                        } else {
                            i++;
                        }
                    }
                }
            }
        }
        if (!line.isEmpty() || out.isEmpty() || first) {
            out.add(lineBox(p, line, width, first, false));
        }
        return out;
    }

    private static boolean hasContent(List<Atom> line) {
        return line.stream().anyMatch(a -> a.kind() == Kind.WORD || a.kind() == Kind.TAB);
    }

    private static float lineWidth(Paragraph p, float width, boolean first) {
        float w = width - p.left() - p.right() - (first ? p.firstLine() : 0);
        return Math.max(w, 12f); // an indent wider than the page still gets a character per line
    }

    /** Splits an over-long atom after as many characters as fit (at least one). */
    private List<Atom> splitToFit(Atom a, float avail) {
        List<Span> head = new ArrayList<>();
        List<Span> tail = new ArrayList<>();
        float used = 0;
        boolean full = false;
        for (Span s : a.parts()) {
            if (full) {
                tail.add(s);
                continue;
            }
            StringBuilder fits = new StringBuilder();
            int i = 0;
            while (i < s.text().length()) {
                int cp = s.text().codePointAt(i);
                float w = font.width(cp) * s.style().size();
                if (used + w > avail + EPSILON && (used > 0 || fits.length() > 0 || !head.isEmpty())) {
                    full = true;
                    break;
                }
                fits.appendCodePoint(cp);
                used += w;
                i += Character.charCount(cp);
            }
            if (fits.length() > 0) {
                head.add(new Span(fits.toString(), s.style()));
            }
            if (i < s.text().length()) {
                tail.add(new Span(s.text().substring(i), s.style()));
            }
        }
        List<Atom> out = new ArrayList<>();
        out.add(new Atom(Kind.WORD, head, used));
        if (!tail.isEmpty()) {
            out.add(new Atom(Kind.WORD, tail, width(tail)));
        }
        return out;
    }

    private float width(List<Span> parts) {
        float w = 0;
        for (Span s : parts) {
            w += font.width(s.text()) * s.style().size();
        }
        return w;
    }

    private LineBox lineBox(Paragraph p, List<Atom> atoms, float width, boolean first, boolean pageBreak) {
        int end = atoms.size();
        while (end > 0 && atoms.get(end - 1).kind() == Kind.SPACE) {
            end--; // trailing spaces do not count for alignment
        }
        float used = 0;
        float size = 0;
        for (int i = 0; i < end; i++) {
            used += atoms.get(i).width();
            for (Span s : atoms.get(i).parts()) {
                size = Math.max(size, s.style().size());
            }
        }
        if (size == 0) {
            size = p.mark().size();
        }
        float height = lineHeight(p.spacing(), size);
        float natural = size * (font.ascent() + font.descent());
        float baseline = (height - natural) / 2 + size * font.ascent();

        float start = p.left() + (first ? p.firstLine() : 0);
        float avail = width - p.right() - start;
        float x = switch (p.align()) {
            case LEFT -> start;
            case CENTER -> start + Math.max(0, (avail - used) / 2);
            case RIGHT -> start + Math.max(0, avail - used);
        };
        List<Op> ops = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        TextStyle runStyle = null;
        float runX = x;
        float runWidth = 0;
        for (int i = 0; i < end; i++) {
            Atom a = atoms.get(i);
            if (a.kind() == Kind.TAB) {
                flush(ops, run, runStyle, runX, runWidth, baseline);
                runStyle = null;
                x += a.width();
                runX = x;
                runWidth = 0;
                continue;
            }
            for (Span s : a.parts()) {
                float w = font.width(s.text()) * s.style().size();
                if (!s.style().equals(runStyle)) {
                    flush(ops, run, runStyle, runX, runWidth, baseline);
                    runStyle = s.style();
                    runX = x;
                    runWidth = 0;
                }
                run.append(s.text());
                runWidth += w;
                x += w;
            }
        }
        flush(ops, run, runStyle, runX, runWidth, baseline);
        return new LineBox(height, ops, pageBreak);
    }

    private void flush(List<Op> ops, StringBuilder run, TextStyle style, float x, float width, float baseline) {
        if (run.length() > 0 && style != null) {
            String text = run.toString();
            if (!text.isBlank()) {
                ops.add(new Text(x, baseline, text, style));
            }
            if (style.underline()) {
                float uy = baseline + style.size() * 0.12f;
                ops.add(new Rule(x, uy, x + width, uy, Math.max(0.5f, style.size() / 20f)));
            }
        }
        run.setLength(0);
    }

    private float lineHeight(LineSpacing spacing, float size) {
        float natural = size * (font.ascent() + font.descent());
        return switch (spacing.rule()) {
            case AUTO -> natural * spacing.value();
            case EXACT -> spacing.value();
            case AT_LEAST -> Math.max(spacing.value(), natural);
        };
    }

    /** Splits the text into atoms at every allowed break: between CJK characters, at spaces, between words. */
    private List<Atom> atoms(List<Span> spans) {
        List<Atom> atoms = new ArrayList<>();
        List<Span> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        TextStyle curStyle = null;
        int prev = -1;
        for (Span span : spans) {
            String text = span.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                Kind special = switch (cp) {
                    case ' ', '\u3000' -> Kind.SPACE;
                    case '\t' -> Kind.TAB;
                    case '\n' -> Kind.NEWLINE;
                    case RunText.PAGE_BREAK -> Kind.PAGE;
                    default -> null;
                };
                if (special == null && (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x00AD || cp == 0x200B)) {
                    continue; // control characters, soft hyphen, zero-width space: nothing to draw
                }
                if (special != null || (prev >= 0 && canBreak(prev, cp))) {
                    endPart(parts, cur, curStyle);
                    if (!parts.isEmpty()) {
                        atoms.add(new Atom(Kind.WORD, parts, width(parts)));
                        parts = new ArrayList<>();
                    }
                }
                if (special != null) {
                    String s = special == Kind.SPACE ? new String(Character.toChars(cp)) : "";
                    float w = special == Kind.SPACE ? font.width(cp) * span.style().size() : 0;
                    atoms.add(new Atom(special, special == Kind.SPACE ? List.of(new Span(s, span.style())) : List.of(), w));
                    prev = -1;
                    continue;
                }
                if (!span.style().equals(curStyle)) {
                    endPart(parts, cur, curStyle);
                    curStyle = span.style();
                }
                cur.appendCodePoint(font.drawable(cp));
                prev = cp;
            }
        }
        endPart(parts, cur, curStyle);
        if (!parts.isEmpty()) {
            atoms.add(new Atom(Kind.WORD, parts, width(parts)));
        }
        return atoms;
    }

    private static void endPart(List<Span> parts, StringBuilder cur, TextStyle style) {
        if (cur.length() > 0) {
            parts.add(new Span(cur.toString(), style));
            cur.setLength(0);
        }
    }

    static boolean canBreak(int before, int after) {
        if (NO_START.indexOf(after) >= 0 || NO_END.indexOf(before) >= 0) {
            return false;
        }
        return wide(before) || wide(after);
    }

    /** Chinese, Japanese and Korean characters and full-width punctuation: a line may break around each. */
    static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS
                || (cp >= 0x2014 && cp <= 0x2026); // — ‘ ’ “ ” … as used in Chinese text
    }

    // --- tables --------------------------------------------------------------------------------------------

    /** Column edges (relative to the table's left edge) and where the table starts. */
    private record TableGeometry(float[] edges, float x) {
        int columns() {
            return edges.length - 1;
        }
    }

    private TableGeometry geometry(Table t) {
        float total = 0;
        for (float w : t.grid()) {
            total += w;
        }
        float avail = bodyWidth() - (t.align() == Align.LEFT ? Math.max(0, t.indent()) : 0);
        float scale = total > avail ? avail / total : 1f; // too wide for the page: shrink, keep the proportions
        float[] edges = new float[t.grid().size() + 1];
        for (int i = 0; i < t.grid().size(); i++) {
            edges[i + 1] = edges[i] + t.grid().get(i) * scale;
        }
        float width = edges[edges.length - 1];
        float x = switch (t.align()) {
            case LEFT -> setup.left() + Math.max(0, t.indent());
            case CENTER -> setup.left() + (bodyWidth() - width) / 2;
            case RIGHT -> setup.left() + bodyWidth() - width;
        };
        return new TableGeometry(edges, x);
    }

    /** Grid column where each cell of a row starts (a row may have fewer cells than the grid). */
    private static int[] starts(Row row, int columns) {
        int[] starts = new int[row.cells().size() + 1];
        int col = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            starts[i] = Math.min(col, columns);
            col += row.cells().get(i).gridSpan();
        }
        starts[row.cells().size()] = Math.min(col, columns);
        return starts;
    }

    private float cellLeftEdge(TableGeometry g, int start) {
        return g.edges()[Math.min(start, g.columns())];
    }

    private float cellRightEdge(TableGeometry g, int start, Cell c) {
        return g.edges()[Math.min(start + c.gridSpan(), g.columns())];
    }

    private List<LineBox> cellContent(Table t, TableGeometry g, int start, Cell c) {
        if (c.vMerge() == VMerge.CONTINUE) {
            return List.of();
        }
        // a cell is measured for its row's height, for keeping rows together and for drawing: lay it out once
        return cellLines.computeIfAbsent(c, k -> layoutCell(t, g, start, c));
    }

    private List<LineBox> layoutCell(Table t, TableGeometry g, int start, Cell c) {
        float width = Math.max(12f, cellRightEdge(g, start, c) - cellLeftEdge(g, start) - t.cellLeft() - t.cellRight());
        List<LineBox> out = new ArrayList<>();
        for (Block b : c.content()) {
            Paragraph p = (Paragraph) b; // nested tables were flattened by the reader
            if (p.before() > 0) {
                out.add(LineBox.gap(p.before()));
            }
            out.addAll(lines(p, width));
            if (p.after() > 0) {
                out.add(LineBox.gap(p.after()));
            }
        }
        return out;
    }

    private float rowHeight(Table t, TableGeometry g, int r) {
        Row row = t.rows().get(r);
        int[] starts = starts(row, g.columns());
        float h = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            h = Math.max(h, height(cellContent(t, g, starts[i], row.cells().get(i))) + t.cellTop() + t.cellBottom());
        }
        if (row.exactHeight() && row.minHeight() > 0) {
            return row.minHeight();
        }
        return Math.max(h, Math.max(row.minHeight(), 4f));
    }

    private void table(Table t) {
        if (t.rows().isEmpty() || t.grid().isEmpty()) {
            return;
        }
        TableGeometry g = geometry(t);
        int headers = 0;
        while (headers < t.rows().size() && t.rows().get(headers).header()) {
            headers++;
        }
        float headerHeight = 0;
        for (int r = 0; r < headers; r++) {
            headerHeight += rowHeight(t, g, r);
        }
        if (headers == t.rows().size()) {
            headers = 0; // a table of headers only has nothing to repeat them for
            headerHeight = 0;
        }
        float pageBody = bottom - top;
        for (int r = 0; r < t.rows().size(); r++) {
            float h = rowHeight(t, g, r);
            boolean isHeader = r < headers;
            // the header rows stay with the first body row
            float needed = r == 0 && headers > 0 ? headerHeight + rowHeight(t, g, headers) : h;
            if (y + needed > bottom + EPSILON && !pageEmpty()
                    && needed <= pageBody - (isHeader ? 0 : headerHeight)) {
                newPage(); // fits on a fresh page: move it there whole
                if (!isHeader) {
                    repeatHeaders(t, g, headers);
                }
            }
            if (y + h <= bottom + EPSILON) {
                drawRow(t, g, r, y, h, null);
                y += h;
            } else {
                splitRow(t, g, r, headers); // taller than a page: it has to break
            }
        }
    }

    private void repeatHeaders(Table t, TableGeometry g, int headers) {
        for (int r = 0; r < headers; r++) {
            float h = rowHeight(t, g, r);
            drawRow(t, g, r, y, h, null);
            y += h;
        }
    }

    /** A row taller than a page: its cells continue on the next page(s), line by line. */
    private void splitRow(Table t, TableGeometry g, int r, int headers) {
        Row row = t.rows().get(r);
        int[] starts = starts(row, g.columns());
        List<List<LineBox>> rest = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            rest.add(new ArrayList<>(cellContent(t, g, starts[i], row.cells().get(i))));
        }
        while (true) {
            float room = bottom - y - t.cellTop() - t.cellBottom();
            List<List<LineBox>> now = new ArrayList<>();
            boolean done = true;
            float used = 0;
            for (List<LineBox> cell : rest) {
                List<LineBox> take = new ArrayList<>();
                float h = 0;
                while (!cell.isEmpty() && (h + cell.get(0).height() <= room + EPSILON || take.isEmpty() && pageEmpty())) {
                    h += cell.get(0).height();
                    take.add(cell.remove(0));
                }
                used = Math.max(used, h);
                now.add(take);
                done &= cell.isEmpty();
            }
            if (used == 0 && !done && !pageEmpty()) {
                newPage();
                repeatHeaders(t, g, r < headers ? 0 : headers);
                continue;
            }
            float h = done ? used + t.cellTop() + t.cellBottom() : bottom - y;
            drawRow(t, g, r, y, h, now);
            y += h;
            if (done) {
                return;
            }
            newPage();
            repeatHeaders(t, g, r < headers ? 0 : headers);
        }
    }

    /**
     * Draws row {@code r} at {@code atY} with height {@code h}; {@code content} is the part of each cell to show
     * (null: all of it).
     */
    private void drawRow(Table t, TableGeometry g, int r, float atY, float h, List<List<LineBox>> content) {
        Row row = t.rows().get(r);
        int[] starts = starts(row, g.columns());
        boolean lastRow = r == t.rows().size() - 1;
        Row next = lastRow ? null : t.rows().get(r + 1);
        boolean pageTop = Math.abs(atY - top) < EPSILON;
        for (int i = 0; i < row.cells().size(); i++) {
            Cell c = row.cells().get(i);
            int start = starts[i];
            float x1 = g.x() + cellLeftEdge(g, start);
            float x2 = g.x() + cellRightEdge(g, start, c);
            List<LineBox> lines = content != null ? content.get(i) : cellContent(t, g, start, c);
            float contentHeight = height(lines);
            float inner = h - t.cellTop() - t.cellBottom();
            float offset = t.cellTop() + switch (c.vAlign()) {
                case TOP -> 0;
                case CENTER -> Math.max(0, (inner - contentHeight) / 2);
                case BOTTOM -> Math.max(0, inner - contentHeight);
            };
            float ly = atY + offset;
            for (LineBox line : lines) {
                place(line, x1 + t.cellLeft(), ly);
                ly += line.height();
            }

            Border topBorder = pick(c.top(), r == 0 ? t.borders().top()
                    : pageTop ? visible(t.borders().insideH(), t.borders().top()) : t.borders().insideH());
            if (c.vMerge() == VMerge.CONTINUE && !pageTop) {
                topBorder = Border.NONE;
            }
            boolean mergedBelow = next != null && continues(next, g.columns(), start);
            Border bottomBorder = mergedBelow ? Border.NONE
                    : pick(c.bottom(), lastRow ? t.borders().bottom() : t.borders().insideH());
            if (!lastRow && Math.abs(atY + h - bottom) < 0.5f) {
                bottomBorder = visible(bottomBorder, t.borders().bottom()); // the table breaks here: close it
            }
            Border leftBorder = pick(c.left(), start == 0 ? t.borders().left() : t.borders().insideV());
            Border rightBorder = pick(c.right(), start + c.gridSpan() >= g.columns()
                    ? t.borders().right() : t.borders().insideV());
            line(x1, atY, x2, atY, topBorder);
            line(x1, atY + h, x2, atY + h, bottomBorder);
            line(x1, atY, x1, atY + h, leftBorder);
            line(x2, atY, x2, atY + h, rightBorder);
        }
    }

    /** Does the row have a vertically merged continuation cell starting at grid column {@code start}? */
    private static boolean continues(Row row, int columns, int start) {
        int[] starts = starts(row, columns);
        for (int i = 0; i < row.cells().size(); i++) {
            if (starts[i] == start) {
                return row.cells().get(i).vMerge() == VMerge.CONTINUE;
            }
        }
        return false;
    }

    private static Border pick(Border cell, Border table) {
        return cell != null ? cell : table;
    }

    private static Border visible(Border a, Border b) {
        return a.visible() ? a : b;
    }

    private void line(float x1, float y1, float x2, float y2, Border b) {
        if (b != null && b.visible()) {
            page.ops.add(new Rule(x1, y1, x2, y2, b.width()));
        }
    }

    // --- header and footer ---------------------------------------------------------------------------------

    /** Lays blocks out on their own (header, footer): the lines, stacked from y = 0. */
    List<LineBox> standalone(List<Block> blocks) {
        List<LineBox> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                if (p.before() > 0) {
                    out.add(LineBox.gap(p.before()));
                }
                out.addAll(lines(p, bodyWidth()));
                if (p.after() > 0) {
                    out.add(LineBox.gap(p.after()));
                }
            } else if (b instanceof Table t) {
                for (Row row : t.rows()) {
                    for (Cell c : row.cells()) {
                        for (Block inner : c.content()) {
                            out.addAll(standalone(List.of(inner)));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Puts the same lines on every page at {@code atY} (header or footer). */
    void onEveryPage(List<LineBox> lines, float atY) {
        for (Page p : pages) {
            float ly = atY;
            for (LineBox line : lines) {
                for (Op op : line.ops()) {
                    p.ops.add(op.shift(setup.left(), ly));
                }
                ly += line.height();
            }
        }
    }

    static float heightOf(List<LineBox> lines) {
        return height(lines);
    }
}
