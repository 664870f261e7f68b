package org.normdesk.service.report;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlObject;
import org.normdesk.service.report.PdfModel.Align;
import org.normdesk.service.report.PdfModel.Block;
import org.normdesk.service.report.PdfModel.Border;
import org.normdesk.service.report.PdfModel.Borders;
import org.normdesk.service.report.PdfModel.Cell;
import org.normdesk.service.report.PdfModel.LineRule;
import org.normdesk.service.report.PdfModel.LineSpacing;
import org.normdesk.service.report.PdfModel.PageSetup;
import org.normdesk.service.report.PdfModel.Paragraph;
import org.normdesk.service.report.PdfModel.Row;
import org.normdesk.service.report.PdfModel.Span;
import org.normdesk.service.report.PdfModel.Table;
import org.normdesk.service.report.PdfModel.TextStyle;
import org.normdesk.service.report.PdfModel.VAlign;
import org.normdesk.service.report.PdfModel.VMerge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.normdesk.service.report.WordXml.attr;
import static org.normdesk.service.report.WordXml.child;
import static org.normdesk.service.report.WordXml.children;
import static org.normdesk.service.report.WordXml.on;
import static org.normdesk.service.report.WordXml.twips;

/**
 * Turns a .docx into the renderer's model, resolving properties the way Word does for what we support:
 * direct formatting, then the character style, the paragraph style (or the default one) with its
 * {@code basedOn} chain, the table style, then the document defaults.
 */
final class DocxReader {
    /** Word's default when nothing says otherwise: 10 pt. */
    private static final float DEFAULT_SIZE = 10f;
    /** One "line" of {@code beforeLines}/{@code afterLines}: the Chinese Word default grid pitch, 15.6 pt. */
    private static final float LINE_UNIT = 15.6f;
    /** Word's default table cell margins: 0.19 cm left and right. */
    private static final float DEFAULT_CELL_MARGIN = 5.4f;

    private final XWPFDocument doc;
    private final PageSetup page;
    private final Map<String, XmlObject> styles = new HashMap<>();
    private String defaultParagraphStyle;
    private XmlObject defaultPPr;
    private XmlObject defaultRPr;

    private DocxReader(XWPFDocument doc) {
        this.doc = doc;
        this.page = page(doc);
        XWPFStyles s = doc.getStyles();
        if (s != null && s.getCtStyles() != null) {
            XmlObject ct = s.getCtStyles();
            for (XmlObject style : children(ct, "style")) {
                String id = attr(style, "styleId");
                if (id != null) {
                    styles.put(id, style);
                    if ("paragraph".equals(attr(style, "type")) && isTrue(attr(style, "default"))) {
                        defaultParagraphStyle = id;
                    }
                }
            }
            XmlObject defaults = child(ct, "docDefaults");
            defaultPPr = child(child(defaults, "pPrDefault"), "pPr");
            defaultRPr = child(child(defaults, "rPrDefault"), "rPr");
        }
    }

    private static boolean isTrue(String value) {
        return "1".equals(value) || "true".equals(value) || "on".equals(value);
    }

    static PdfModel.Document read(XWPFDocument doc) {
        DocxReader r = new DocxReader(doc);
        List<Block> header = List.of();
        List<Block> footer = List.of();
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
        if (policy != null) {
            XWPFHeaderFooter h = policy.getDefaultHeader();
            XWPFHeaderFooter f = policy.getDefaultFooter();
            header = h == null ? List.of() : r.blocks(h, List.of());
            footer = f == null ? List.of() : r.blocks(f, List.of());
        }
        return new PdfModel.Document(r.page, r.blocks(doc, List.of()), nonEmpty(header), nonEmpty(footer));
    }

    /** A header or footer holding only empty paragraphs prints nothing (Word always writes one). */
    private static List<Block> nonEmpty(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Table || (b instanceof Paragraph p && p.spans().stream().anyMatch(s -> !s.text().isBlank()))) {
                return blocks;
            }
        }
        return List.of();
    }

    private static PageSetup page(XWPFDocument doc) {
        PageSetup d = PageSetup.A4_OFFICIAL;
        XmlObject sect = doc.getDocument().getBody().getSectPr();
        if (sect == null) {
            return d;
        }
        XmlObject size = child(sect, "pgSz");
        XmlObject mar = child(sect, "pgMar");
        float w = or(twips(attr(size, "w")), d.width());
        float h = or(twips(attr(size, "h")), d.height());
        if ("landscape".equals(attr(size, "orient")) && h > w) {
            float t = w;
            w = h;
            h = t;
        }
        PageSetup p = new PageSetup(w, h,
                Math.abs(or(twips(attr(mar, "top")), d.top())), Math.abs(or(twips(attr(mar, "bottom")), d.bottom())),
                or(twips(attr(mar, "left")), d.left()), or(twips(attr(mar, "right")), d.right()),
                or(twips(attr(mar, "header")), d.header()), or(twips(attr(mar, "footer")), d.footer()));
        // a page too small for any text is a broken template: fall back rather than loop forever
        return p.bodyWidth() > 72 && p.height() - p.top() - p.bottom() > 72 ? p : d;
    }

    private static float or(Float v, float otherwise) {
        return v == null ? otherwise : v;
    }

    // --- blocks --------------------------------------------------------------------------------------------

    private List<Block> blocks(IBody body, List<XmlObject> tableStyle) {
        List<Block> out = new ArrayList<>();
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                out.add(paragraph(p, tableStyle));
            } else if (element instanceof XWPFTable t) {
                out.add(table(t));
            } else if (element instanceof XWPFSDT sdt) {
                // a content control: its text, plainly
                for (String line : sdt.getContent().getText().split("\n")) {
                    out.add(plain(line, tableStyle));
                }
            }
        }
        return out;
    }

    private Paragraph plain(String text, List<XmlObject> tableStyle) {
        List<XmlObject> pChain = pPrChain(null, null, tableStyle);
        List<XmlObject> rChain = rPrChain(null, null, null, tableStyle);
        TextStyle style = textStyle(rChain);
        return paragraphOf(pChain, List.of(new Span(text, style)), style);
    }

    private Paragraph paragraph(XWPFParagraph p, List<XmlObject> tableStyle) {
        XmlObject pPr = p.getCTP().getPPr();
        String styleId = attr(child(pPr, "pStyle"), "val");
        List<XmlObject> pChain = pPrChain(pPr, styleId, tableStyle);
        TextStyle mark = textStyle(rPrChain(child(pPr, "rPr"), null, styleId, tableStyle));
        List<Span> spans = new ArrayList<>();
        for (XWPFRun run : p.getRuns()) {
            XmlObject rPr = run.getCTR().getRPr();
            String runStyle = attr(child(rPr, "rStyle"), "val");
            List<XmlObject> rChain = rPrChain(rPr, runStyle, styleId, tableStyle);
            if (on(first(rChain, "vanish"))) {
                continue; // hidden text
            }
            String text = RunText.read(run);
            if (!text.isEmpty()) {
                spans.add(new Span(text, textStyle(rChain)));
            }
        }
        return paragraphOf(pChain, spans, mark);
    }

    private Paragraph paragraphOf(List<XmlObject> pChain, List<Span> spans, TextStyle mark) {
        float charWidth = spans.isEmpty() ? mark.size() : spans.get(0).style().size();

        Align align = switch (String.valueOf(attr(first(pChain, "jc"), "val"))) {
            case "center" -> Align.CENTER;
            case "right", "end" -> Align.RIGHT;
            default -> Align.LEFT; // left, start, both, distribute: justified is drawn as left
        };

        XmlObject leftInd = firstWith(pChain, "ind", "left", "start", "leftChars", "startChars");
        float left = chars(leftInd, charWidth, "leftChars", "startChars", "left", "start");
        XmlObject rightInd = firstWith(pChain, "ind", "right", "end", "rightChars", "endChars");
        float right = chars(rightInd, charWidth, "rightChars", "endChars", "right", "end");
        XmlObject firstInd = firstWith(pChain, "ind", "firstLine", "firstLineChars", "hanging", "hangingChars");
        float firstLine = 0;
        if (firstInd != null) {
            float hanging = chars(firstInd, charWidth, "hangingChars", null, "hanging", null);
            firstLine = hanging > 0 ? -hanging : chars(firstInd, charWidth, "firstLineChars", null, "firstLine", null);
            if (hanging > 0) {
                left = Math.max(left, 0); // Word keeps the hanging line inside the left indent
            }
        }

        float before = spacing(firstWith(pChain, "spacing", "before", "beforeLines"), "beforeLines", "before");
        float after = spacing(firstWith(pChain, "spacing", "after", "afterLines"), "afterLines", "after");
        XmlObject lineEl = firstWith(pChain, "spacing", "line");
        LineSpacing spacing = LineSpacing.SINGLE;
        if (lineEl != null) {
            Float value = twips(attr(lineEl, "line"));
            String rule = String.valueOf(attr(lineEl, "lineRule"));
            if (value != null && value > 0) {
                spacing = switch (rule) {
                    case "exact" -> new LineSpacing(LineRule.EXACT, value);
                    case "atLeast" -> new LineSpacing(LineRule.AT_LEAST, value);
                    default -> new LineSpacing(LineRule.AUTO, value / 12f); // 240 twips = single
                };
            }
        }
        return new Paragraph(align, left, right, firstLine, before, after, spacing, List.copyOf(spans), mark,
                on(first(pChain, "pageBreakBefore")), on(first(pChain, "keepNext")));
    }

    /** An indent given in hundredths of a character (preferred, as Chinese Word writes it) or in twips. */
    private static float chars(XmlObject ind, float charWidth, String charsAttr, String charsAttr2,
                               String twipsAttr, String twipsAttr2) {
        if (ind == null) {
            return 0;
        }
        for (String a : new String[]{charsAttr, charsAttr2}) {
            if (a != null && attr(ind, a) != null) {
                Float hundredths = WordXml.measure(attr(ind, a), 1f);
                if (hundredths != null && hundredths != 0) {
                    return hundredths / 100f * charWidth;
                }
            }
        }
        for (String a : new String[]{twipsAttr, twipsAttr2}) {
            if (a != null && attr(ind, a) != null) {
                Float pt = twips(attr(ind, a));
                if (pt != null) {
                    return pt;
                }
            }
        }
        return 0;
    }

    private static float spacing(XmlObject spacing, String linesAttr, String twipsAttr) {
        if (spacing == null) {
            return 0;
        }
        Float pt = twips(attr(spacing, twipsAttr));
        if (pt != null) {
            return Math.max(0, pt);
        }
        Float lines = WordXml.measure(attr(spacing, linesAttr), 1f);
        return lines == null ? 0 : Math.max(0, lines / 100f * LINE_UNIT);
    }

    private static TextStyle textStyle(List<XmlObject> rChain) {
        Float halfPoints = WordXml.measure(attr(first(rChain, "sz"), "val"), 1f);
        float size = halfPoints == null || halfPoints <= 0 ? DEFAULT_SIZE : halfPoints / 2f;
        boolean bold = on(first(rChain, "b"));
        XmlObject u = first(rChain, "u");
        boolean underline = u != null && !"none".equals(attr(u, "val"));
        return new TextStyle(size, bold, underline);
    }

    // --- tables --------------------------------------------------------------------------------------------

    private Table table(XWPFTable t) {
        XmlObject tblPr = t.getCTTbl().getTblPr();
        List<XmlObject> tChain = new ArrayList<>();
        tChain.add(tblPr);
        List<XmlObject> styleChain = styleChain(attr(child(tblPr, "tblStyle"), "val"));
        for (XmlObject s : styleChain) {
            tChain.add(child(s, "tblPr"));
        }

        List<Float> grid = new ArrayList<>();
        for (XmlObject col : children(child(t.getCTTbl(), "tblGrid"), "gridCol")) {
            Float w = twips(attr(col, "w"));
            grid.add(w == null ? 0f : w);
        }

        XmlObject bordersEl = first(tChain, "tblBorders");
        Borders borders = bordersEl == null ? Borders.NONE : new Borders(border(child(bordersEl, "top")),
                border(orElse(child(bordersEl, "left"), child(bordersEl, "start"))),
                border(child(bordersEl, "bottom")),
                border(orElse(child(bordersEl, "right"), child(bordersEl, "end"))),
                border(child(bordersEl, "insideH")), border(child(bordersEl, "insideV")));

        XmlObject mar = first(tChain, "tblCellMar");
        float cellLeft = cellMargin(mar, DEFAULT_CELL_MARGIN, "left", "start");
        float cellRight = cellMargin(mar, DEFAULT_CELL_MARGIN, "right", "end");
        float cellTop = cellMargin(mar, 0, "top", null);
        float cellBottom = cellMargin(mar, 0, "bottom", null);
        Float indent = twips(attr(first(tChain, "tblInd"), "w"));
        Align align = switch (String.valueOf(attr(first(tChain, "jc"), "val"))) {
            case "center" -> Align.CENTER;
            case "right", "end" -> Align.RIGHT;
            default -> Align.LEFT;
        };

        List<XmlObject> paragraphStyle = new ArrayList<>(styleChain); // table style pPr/rPr apply to its text
        List<Row> rows = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            XmlObject trPr = row.getCtRow().getTrPr();
            XmlObject height = child(trPr, "trHeight");
            Float h = twips(attr(height, "val"));
            boolean exact = "exact".equals(attr(height, "hRule"));
            List<Cell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell(cell, paragraphStyle));
            }
            rows.add(new Row(cells, h == null ? 0 : h, exact, on(child(trPr, "tblHeader"))));
        }
        if (grid.isEmpty() || grid.stream().allMatch(w -> w <= 0)) {
            grid = gridFromCells(t, rows, page.bodyWidth());
        }
        return new Table(grid, rows, borders, cellLeft, cellRight, cellTop, cellBottom,
                indent == null ? 0 : indent, align);
    }

    /** No usable {@code w:tblGrid}: take the first row's cell widths, else equal columns across the page. */
    private static List<Float> gridFromCells(XWPFTable t, List<Row> rows, float bodyWidth) {
        List<Float> grid = new ArrayList<>();
        if (!t.getRows().isEmpty()) {
            for (XWPFTableCell c : t.getRows().get(0).getTableCells()) {
                Float w = twips(attr(child(c.getCTTc().getTcPr(), "tcW"), "w"));
                String type = attr(child(c.getCTTc().getTcPr(), "tcW"), "type");
                grid.add(w != null && w > 0 && (type == null || "dxa".equals(type)) ? w : 0f);
            }
        }
        int columns = rows.stream().mapToInt(r -> r.cells().stream().mapToInt(Cell::gridSpan).sum()).max().orElse(1);
        if (grid.size() != columns || grid.contains(0f)) {
            grid = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                grid.add(bodyWidth / columns);
            }
        }
        return grid;
    }

    private Cell cell(XWPFTableCell cell, List<XmlObject> tableStyle) {
        XmlObject tcPr = cell.getCTTc().getTcPr();
        Float span = WordXml.measure(attr(child(tcPr, "gridSpan"), "val"), 1f);
        XmlObject vMergeEl = child(tcPr, "vMerge");
        VMerge vMerge = vMergeEl == null ? VMerge.NONE
                : "restart".equals(attr(vMergeEl, "val")) ? VMerge.RESTART : VMerge.CONTINUE;
        VAlign vAlign = switch (String.valueOf(attr(child(tcPr, "vAlign"), "val"))) {
            case "center" -> VAlign.CENTER;
            case "bottom" -> VAlign.BOTTOM;
            default -> VAlign.TOP;
        };
        XmlObject b = child(tcPr, "tcBorders");
        List<Block> content = new ArrayList<>();
        for (Block block : blocks(cell, tableStyle)) {
            flatten(block, content);
        }
        return new Cell(span == null || span < 1 ? 1 : Math.round(span), vMerge, vAlign, content,
                borderOrNull(child(b, "top")), borderOrNull(orElse(child(b, "left"), child(b, "start"))),
                borderOrNull(child(b, "bottom")), borderOrNull(orElse(child(b, "right"), child(b, "end"))));
    }

    /** A table inside a cell is shown as its paragraphs, in reading order: legible, if not pretty. */
    private static void flatten(Block block, List<Block> into) {
        if (block instanceof Table t) {
            for (Row r : t.rows()) {
                for (Cell c : r.cells()) {
                    for (Block b : c.content()) {
                        flatten(b, into);
                    }
                }
            }
        } else {
            into.add(block);
        }
    }

    private static float cellMargin(XmlObject mar, float otherwise, String side, String alt) {
        XmlObject el = child(mar, side);
        if (el == null && alt != null) {
            el = child(mar, alt);
        }
        Float w = twips(attr(el, "w"));
        return w == null ? otherwise : w;
    }

    private static Border border(XmlObject el) {
        Border b = borderOrNull(el);
        return b == null ? Border.NONE : b;
    }

    /** Null: not said here. Sizes are in eighths of a point; Word draws even the thinnest line at 0.25 pt. */
    private static Border borderOrNull(XmlObject el) {
        if (el == null) {
            return null;
        }
        String val = attr(el, "val");
        if (val == null || "nil".equals(val) || "none".equals(val)) {
            return Border.NONE;
        }
        Float eighths = WordXml.measure(attr(el, "sz"), 1f);
        float w = eighths == null ? 0.5f : eighths / 8f;
        if ("double".equals(val) || "thick".equals(val)) {
            w *= 2;
        }
        return new Border(Math.max(0.25f, w));
    }

    private static XmlObject orElse(XmlObject a, XmlObject b) {
        return a != null ? a : b;
    }

    // --- property chains -----------------------------------------------------------------------------------

    /** The style and everything it is {@code basedOn}, most specific first. */
    private List<XmlObject> styleChain(String styleId) {
        List<XmlObject> chain = new ArrayList<>();
        String id = styleId;
        while (id != null && chain.size() < 20) { // a basedOn loop in a hand-edited file must not hang us
            XmlObject style = styles.get(id);
            if (style == null) {
                break;
            }
            chain.add(style);
            id = attr(child(style, "basedOn"), "val");
        }
        return chain;
    }

    private List<XmlObject> paragraphStyles(String styleId) {
        return styleChain(styleId != null ? styleId : defaultParagraphStyle);
    }

    private List<XmlObject> pPrChain(XmlObject pPr, String styleId, List<XmlObject> tableStyle) {
        List<XmlObject> chain = new ArrayList<>();
        chain.add(pPr);
        for (XmlObject s : paragraphStyles(styleId)) {
            chain.add(child(s, "pPr"));
        }
        for (XmlObject s : tableStyle) {
            chain.add(child(s, "pPr"));
        }
        chain.add(defaultPPr);
        return chain;
    }

    private List<XmlObject> rPrChain(XmlObject rPr, String runStyle, String paragraphStyle,
                                     List<XmlObject> tableStyle) {
        List<XmlObject> chain = new ArrayList<>();
        chain.add(rPr);
        for (XmlObject s : styleChain(runStyle)) {
            chain.add(child(s, "rPr"));
        }
        for (XmlObject s : paragraphStyles(paragraphStyle)) {
            chain.add(child(s, "rPr"));
        }
        for (XmlObject s : tableStyle) {
            chain.add(child(s, "rPr"));
        }
        chain.add(defaultRPr);
        return chain;
    }

    /** The first property element of that name along the chain. */
    private static XmlObject first(List<XmlObject> chain, String element) {
        for (XmlObject props : chain) {
            XmlObject el = child(props, element);
            if (el != null) {
                return el;
            }
        }
        return null;
    }

    /** The first element of that name along the chain that says any of these attributes. */
    private static XmlObject firstWith(List<XmlObject> chain, String element, String... attributes) {
        for (XmlObject props : chain) {
            XmlObject el = child(props, element);
            if (el != null) {
                for (String a : attributes) {
                    if (attr(el, a) != null) {
                        return el;
                    }
                }
            }
        }
        return null;
    }
}
