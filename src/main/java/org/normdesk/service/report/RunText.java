package org.normdesk.service.report;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

import javax.xml.namespace.QName;
import java.util.Set;

/**
 * The text of one run as the filler and the renderer see it: {@code w:t} as is, a tab as {@code \t}, a line
 * break as {@code \n}, a page break as {@code \f}. Other run content (pictures, field codes) has no text here.
 */
final class RunText {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final char PAGE_BREAK = '\f';

    private static final Set<String> TEXT_ELEMENTS = Set.of("t", "tab", "ptab", "br", "cr", "noBreakHyphen",
            "softHyphen");

    private RunText() {
    }

    static String read(XWPFRun run) {
        return read(run.getCTR());
    }

    static String read(CTR r) {
        StringBuilder sb = new StringBuilder();
        try (XmlCursor c = r.newCursor()) {
            if (!c.toFirstChild()) {
                return "";
            }
            do {
                QName q = c.getName();
                if (!W.equals(q.getNamespaceURI())) {
                    continue;
                }
                switch (q.getLocalPart()) {
                    case "t" -> sb.append(c.getTextValue());
                    case "tab", "ptab" -> sb.append('\t');
                    case "cr" -> sb.append('\n');
                    case "br" -> {
                        String type = c.getAttributeText(new QName(W, "type"));
                        sb.append("page".equals(type) ? PAGE_BREAK : '\n');
                    }
                    case "noBreakHyphen" -> sb.append('\u2011');
                    default -> {
                        // pictures, field codes, symbols: no text of ours
                    }
                }
            } while (c.toNextSibling());
        }
        return sb.toString();
    }

    /** Replaces the run's text content, keeping its properties and any non-text content. */
    static void write(XWPFRun run, String text) {
        CTR r = run.getCTR();
        boolean removed = true;
        while (removed) { // restart after each removal: removeXml moves the cursor to an arbitrary token
            removed = false;
            try (XmlCursor c = r.newCursor()) {
                if (c.toFirstChild()) {
                    do {
                        QName q = c.getName();
                        if (W.equals(q.getNamespaceURI()) && TEXT_ELEMENTS.contains(q.getLocalPart())) {
                            c.removeXml();
                            removed = true;
                            break;
                        }
                    } while (c.toNextSibling());
                }
            }
        }
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\t' || ch == PAGE_BREAK || ch == '\r') {
                flush(run, segment);
                switch (ch) {
                    case '\t' -> run.addTab();
                    case PAGE_BREAK -> run.addBreak(BreakType.PAGE);
                    case '\n' -> run.addBreak();
                    default -> {
                        // \r of a \r\n pair: the \n makes the break
                    }
                }
            } else {
                segment.append(ch);
            }
        }
        flush(run, segment);
    }

    private static void flush(XWPFRun run, StringBuilder segment) {
        if (!segment.isEmpty()) {
            run.setText(segment.toString(), run.getCTR().sizeOfTArray());
            segment.setLength(0);
        }
    }
}
