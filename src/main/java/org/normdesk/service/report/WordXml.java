package org.normdesk.service.report;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

import javax.xml.namespace.QName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads WordprocessingML properties by element and attribute name. Style, paragraph-mark and run properties are
 * different XmlBeans types with the same children; reading them by name treats them alike and needs no schema
 * class beyond those POI itself loads.
 */
final class WordXml {
    private WordXml() {
    }

    static XmlObject child(XmlObject parent, String local) {
        if (parent == null) {
            return null;
        }
        try (XmlCursor c = parent.newCursor()) {
            if (!c.toFirstChild()) {
                return null;
            }
            do {
                QName q = c.getName();
                if (RunText.W.equals(q.getNamespaceURI()) && local.equals(q.getLocalPart())) {
                    return c.getObject();
                }
            } while (c.toNextSibling());
        }
        return null;
    }

    static List<XmlObject> children(XmlObject parent, String local) {
        List<XmlObject> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        try (XmlCursor c = parent.newCursor()) {
            if (!c.toFirstChild()) {
                return found;
            }
            do {
                QName q = c.getName();
                if (RunText.W.equals(q.getNamespaceURI()) && local.equals(q.getLocalPart())) {
                    found.add(c.getObject());
                }
            } while (c.toNextSibling());
        }
        return found;
    }

    /** A {@code w:}-attribute (or an unqualified one, as some writers produce), or null. */
    static String attr(XmlObject element, String local) {
        if (element == null) {
            return null;
        }
        try (XmlCursor c = element.newCursor()) {
            String v = c.getAttributeText(new QName(RunText.W, local));
            return v != null ? v : c.getAttributeText(new QName("", local));
        }
    }

    /** {@code <w:b/>}, {@code <w:b w:val="true"/>}: on; {@code w:val="0"/"false"/"off"}: off. */
    static boolean on(XmlObject element) {
        if (element == null) {
            return false;
        }
        String v = attr(element, "val");
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    /** A length in twentieths of a point (or with a unit: 12pt, 1.5cm, 20mm, 0.5in), in points. */
    static Float twips(String value) {
        return measure(value, 20f);
    }

    /** A number in {@code perPoint} units per point, or a universal measure, in points; null if unreadable. */
    static Float measure(String value, float perPoint) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("pt")) {
                return Float.parseFloat(v.substring(0, v.length() - 2));
            }
            if (v.endsWith("cm")) {
                return Float.parseFloat(v.substring(0, v.length() - 2)) * 72f / 2.54f;
            }
            if (v.endsWith("mm")) {
                return Float.parseFloat(v.substring(0, v.length() - 2)) * 72f / 25.4f;
            }
            if (v.endsWith("in")) {
                return Float.parseFloat(v.substring(0, v.length() - 2)) * 72f;
            }
            if (v.endsWith("pc") || v.endsWith("pi")) {
                return Float.parseFloat(v.substring(0, v.length() - 2)) * 12f;
            }
            return Float.parseFloat(v) / perPoint;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
