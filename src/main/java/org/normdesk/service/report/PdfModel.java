package org.normdesk.service.report;

import java.util.List;

/**
 * What the renderer lays out, read from a .docx by {@link DocxReader}: paragraphs and tables with their
 * effective (style-resolved) properties, all lengths in points.
 */
final class PdfModel {
    private PdfModel() {
    }

    enum Align { LEFT, CENTER, RIGHT }

    enum VAlign { TOP, CENTER, BOTTOM }

    enum VMerge { NONE, RESTART, CONTINUE }

    enum LineRule { AUTO, EXACT, AT_LEAST }

    record TextStyle(float size, boolean bold, boolean underline) {
    }

    record Span(String text, TextStyle style) {
    }

    /** AUTO: {@code value} is a multiple of single spacing; EXACT, AT_LEAST: points. */
    record LineSpacing(LineRule rule, float value) {
        static final LineSpacing SINGLE = new LineSpacing(LineRule.AUTO, 1f);
    }

    sealed interface Block permits Paragraph, Table {
    }

    /**
     * @param firstLine extra indent of the first line (negative: hanging)
     * @param mark      style of the paragraph mark: the height of an empty paragraph
     */
    record Paragraph(Align align, float left, float right, float firstLine, float before, float after,
                     LineSpacing spacing, List<Span> spans, TextStyle mark, boolean pageBreakBefore,
                     boolean keepNext) implements Block {
    }

    /** A border line; width 0 means none. */
    record Border(float width) {
        static final Border NONE = new Border(0);

        boolean visible() {
            return width > 0;
        }
    }

    /** Table borders: top, left, bottom, right, insideH, insideV. */
    record Borders(Border top, Border left, Border bottom, Border right, Border insideH, Border insideV) {
        static final Borders NONE = new Borders(Border.NONE, Border.NONE, Border.NONE, Border.NONE, Border.NONE,
                Border.NONE);
    }

    /**
     * A cell. {@code top/left/bottom/right} override the table's borders when not null.
     */
    record Cell(int gridSpan, VMerge vMerge, VAlign vAlign, List<Block> content,
                Border top, Border left, Border bottom, Border right) {
    }

    record Row(List<Cell> cells, float minHeight, boolean exactHeight, boolean header) {
    }

    record Table(List<Float> grid, List<Row> rows, Borders borders, float cellLeft, float cellRight,
                 float cellTop, float cellBottom, float indent, Align align) implements Block {
    }

    record PageSetup(float width, float height, float top, float bottom, float left, float right,
                     float header, float footer) {
        /** A4 with the margins of GB/T 9704 (official documents): 37 mm top, 28 mm left, 26 mm right, 35 mm bottom. */
        static final PageSetup A4_OFFICIAL = new PageSetup(595.3f, 841.9f, mm(37), mm(35), mm(28), mm(26),
                mm(15), mm(17.5f));

        static float mm(float mm) {
            return mm * 72f / 25.4f;
        }

        float bodyWidth() {
            return width - left - right;
        }
    }

    record Document(PageSetup page, List<Block> body, List<Block> header, List<Block> footer) {
    }
}
