package org.normdesk.service.report;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.normdesk.service.report.PdfLayout.LineBox;
import org.normdesk.service.report.PdfLayout.Op;
import org.normdesk.service.report.PdfLayout.Page;
import org.normdesk.service.report.PdfLayout.Rule;
import org.normdesk.service.report.PdfLayout.Text;
import org.normdesk.service.report.PdfModel.Align;
import org.normdesk.service.report.PdfModel.LineSpacing;
import org.normdesk.service.report.PdfModel.PageSetup;
import org.normdesk.service.report.PdfModel.Paragraph;
import org.normdesk.service.report.PdfModel.Span;
import org.normdesk.service.report.PdfModel.TextStyle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Draws a (filled) .docx as an A4 PDF with the bundled WenQuanYi Micro Hei embedded as a subset.
 *
 * <p>Not a general Word renderer: it draws paragraphs (left, centred, right; justified is drawn as left; bold,
 * underline, font size, spacing before and after, line spacing, indents including 首行缩进 in characters, line
 * and page breaks) and simple tables (grid column widths, merged cells, borders, vertical alignment, text wrapped
 * in cells, header rows repeated on each page, rows too tall for a page continued on the next). Pictures, text
 * boxes, fields, numbering and colours are not drawn; every font is drawn in the one bundled font, bold as a
 * stroked outline. The page size and margins come from the document; each page gets "第 N 页 共 M 页" at the
 * bottom.
 */
public final class DocxPdfRenderer {
    /** The footer line; {0} is the page number, {1} the page count. */
    public static final String DEFAULT_PAGE_NUMBER_PATTERN = "第 {0} 页 共 {1} 页";
    private static final float PAGE_NUMBER_SIZE = 10.5f; // 五号

    private final String pageNumberPattern;

    public DocxPdfRenderer() {
        this(DEFAULT_PAGE_NUMBER_PATTERN);
    }

    /** @param pageNumberPattern MessageFormat with {0} page and {1} pages; null for no page numbers */
    public DocxPdfRenderer(String pageNumberPattern) {
        this.pageNumberPattern = pageNumberPattern;
    }

    /** The document info of the PDF: its title, when it was made. The creator is always NormDesk. */
    public record Info(String title, Instant created) {
        public Info {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(created, "created");
        }
    }

    /** Renders .docx bytes; see {@link #render(XWPFDocument, Info, OutputStream)}. */
    public byte[] render(byte[] docx, Info info) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            render(doc, info, out);
            return out.toByteArray();
        }
    }

    /** Writes the PDF of {@code doc} to {@code out} (which is not closed). */
    public void render(XWPFDocument doc, Info info, OutputStream out) throws IOException {
        PdfModel.Document model = DocxReader.read(doc);
        try (PdfFont font = new PdfFont(); PDDocument pdf = new PDDocument()) {
            PageSetup setup = model.page();
            // measure header and footer first: they may push the body down or up
            PdfLayout measure = new PdfLayout(font, setup, 0, 0);
            List<LineBox> header = measure.standalone(model.header());
            List<LineBox> footer = measure.standalone(model.footer());
            List<LineBox> pageNumber = pageNumberPattern == null ? List.of()
                    : measure.lines(pageNumberParagraph(" "), setup.bodyWidth());
            float footerHeight = PdfLayout.heightOf(footer) + PdfLayout.heightOf(pageNumber);

            PdfLayout layout = new PdfLayout(font, setup, PdfLayout.heightOf(header), footerHeight);
            layout.flow(model.body());
            layout.onEveryPage(header, setup.header());
            layout.onEveryPage(footer, setup.height() - setup.footer() - footerHeight);
            List<Page> pages = layout.pages();
            if (pageNumberPattern != null) {
                float atY = setup.height() - setup.footer() - PdfLayout.heightOf(pageNumber);
                for (int i = 0; i < pages.size(); i++) {
                    String text = MessageFormat.format(pageNumberPattern, i + 1, pages.size());
                    for (LineBox line : layout.lines(pageNumberParagraph(text), setup.bodyWidth())) {
                        for (Op op : line.ops()) {
                            pages.get(i).ops.add(op.shift(setup.left(), atY));
                        }
                    }
                }
            }

            PDType0Font pdfFont = font.embed(pdf);
            for (Page page : pages) {
                PDPage pdPage = new PDPage(new PDRectangle(setup.width(), setup.height()));
                pdf.addPage(pdPage);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, pdPage)) {
                    draw(cs, pdfFont, page.ops, setup.height());
                }
            }
            describe(pdf, info);
            pdf.save(out);
        }
    }

    private static Paragraph pageNumberParagraph(String text) {
        TextStyle style = new TextStyle(PAGE_NUMBER_SIZE, false, false);
        return new Paragraph(Align.CENTER, 0, 0, 0, 0, 0, LineSpacing.SINGLE, List.of(new Span(text, style)), style,
                false, false);
    }

    private static void draw(PDPageContentStream cs, PDType0Font font, List<Op> ops, float pageHeight)
            throws IOException {
        cs.setLineCapStyle(2); // projecting caps: cell borders meet without gaps at the corners
        for (Op op : ops) {
            if (op instanceof Rule r) {
                cs.setLineWidth(r.width());
                cs.moveTo(r.x1(), pageHeight - r.y1());
                cs.lineTo(r.x2(), pageHeight - r.y2());
                cs.stroke();
            }
        }
        for (Op op : ops) {
            if (op instanceof Text t) {
                float size = t.style().size();
                if (t.style().bold()) {
                    cs.setLineWidth(size * 0.035f); // the font has no bold face: outline the glyphs
                }
                cs.beginText();
                cs.setFont(font, size);
                cs.setRenderingMode(t.style().bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                cs.newLineAtOffset(t.x(), pageHeight - t.baseline());
                cs.showText(t.text());
                cs.endText();
            }
        }
    }

    private static void describe(PDDocument pdf, Info info) {
        PDDocumentInformation di = pdf.getDocumentInformation();
        di.setTitle(info.title());
        di.setCreator("NormDesk");
        di.setProducer("NormDesk (Apache PDFBox)");
        Calendar created = GregorianCalendar.getInstance(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(info.created().toEpochMilli());
        di.setCreationDate(created);
        di.setModificationDate(created);
        pdf.getDocumentCatalog().setLanguage("zh-CN");
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true); // viewers show the title, not "tmp123.pdf"
        pdf.getDocumentCatalog().setViewerPreferences(prefs);
    }
}
