package org.normdesk.service.export;

import org.normdesk.domain.common.DomainException;

import java.util.Locale;

/** The file kinds a view can be exported to. */
public enum ExportFormat {
    /** Excel workbook, written row by row (a 100k register never sits in memory whole). */
    XLSX,
    /** UTF-8 with a byte-order mark, so that Excel shows the Chinese text right; CRLF lines, RFC 4180 quoting. */
    CSV;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportFormat parse(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.name().equals(wanted)) {
                return f;
            }
        }
        throw new DomainException("export.format.unknown", "Unknown export format: " + text, text);
    }
}
