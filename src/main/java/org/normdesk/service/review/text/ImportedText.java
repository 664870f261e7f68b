package org.normdesk.service.review.text;

import org.normdesk.domain.review.text.DocumentText;
import org.normdesk.domain.review.text.Extraction;

import java.util.Objects;

/**
 * A file read by the {@link TextImporter}.
 *
 * @param format e.g. {@code docx}, {@code pdf}, {@code txt UTF-8}, {@code txt GB18030}: how it was read
 */
public record ImportedText(String sourceName, String sha256, String format, Extraction extraction, DocumentText text) {
    public ImportedText {
        Objects.requireNonNull(sourceName);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(extraction);
        Objects.requireNonNull(text);
    }

    public boolean hasText() {
        return extraction == Extraction.TEXT && !text.isEmpty();
    }
}
