package org.normdesk.service.report;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The bundled WenQuanYi Micro Hei, measured for layout and embedded (as a subset) for drawing. One instance per
 * rendering: the collection is parsed from bytes kept in memory after the first load.
 */
final class PdfFont implements Closeable {
    static final String RESOURCE = "/data/fonts/wqy-microhei.ttc";
    static final String FACE = "WenQuanYiMicroHei";
    /** Shown for a character the font does not have, so nothing is silently lost. */
    private static final int MISSING = 0x25A1; // □

    private static volatile byte[] collectionBytes;

    private final TrueTypeCollection collection;
    private final TrueTypeFont face;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final float ascent;
    private final float descent;
    private final Map<Integer, Float> widths = new HashMap<>();

    PdfFont() {
        try {
            collection = new TrueTypeCollection(new ByteArrayInputStream(bytes()));
            face = collection.getFontByName(FACE);
            if (face == null) {
                throw new IllegalStateException(RESOURCE + " has no face " + FACE);
            }
            cmap = face.getUnicodeCmapLookup();
            unitsPerEm = face.getUnitsPerEm();
            ascent = face.getOS2Windows().getWinAscent() / unitsPerEm;
            descent = face.getOS2Windows().getWinDescent() / unitsPerEm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + RESOURCE, e);
        }
    }

    private static byte[] bytes() throws IOException {
        byte[] b = collectionBytes;
        if (b == null) {
            try (InputStream in = PdfFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + RESOURCE
                            + " is not on the classpath; the build copies it from data/fonts/");
                }
                b = in.readAllBytes();
            }
            collectionBytes = b;
        }
        return b;
    }

    /** A new subset-embedded font for one PDF; the glyphs used are written when the document is saved. */
    PDType0Font embed(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, face, true);
    }

    /** Text the font can draw: unknown characters become □, a non-breaking hyphen a hyphen. */
    String drawable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.appendCodePoint(drawable(cp)));
        return sb.toString();
    }

    int drawable(int cp) {
        if (cp == 0x2011) {
            cp = '-';
        } else if (cp == 0x00A0) {
            cp = ' ';
        }
        return cmap.getGlyphId(cp) != 0 ? cp : MISSING;
    }

    /** Advance width of one (drawable) code point, in em. */
    float width(int cp) {
        return widths.computeIfAbsent(cp, c -> {
            try {
                return face.getAdvanceWidth(cmap.getGlyphId(c)) / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    float width(String drawableText) {
        float w = 0;
        for (int i = 0; i < drawableText.length(); ) {
            int cp = drawableText.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Above the baseline, in em (Windows metrics, as Word uses). */
    float ascent() {
        return ascent;
    }

    /** Below the baseline, in em, positive. */
    float descent() {
        return descent;
    }

    @Override
    public void close() {
        try {
            collection.close();
        } catch (IOException e) {
            // in-memory collection: nothing to release
        }
    }
}
