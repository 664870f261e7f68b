package org.normdesk.service.review.text;

import org.normdesk.domain.review.text.DocumentText;
import org.normdesk.domain.review.text.Extraction;

import java.time.Instant;

/** The current text of a registered document, as imported. */
public record StoredText(long documentId, String sourceName, String sha256, Extraction extraction, String importedBy,
                         Instant importedAt, DocumentText text) {
    public boolean hasText() {
        return extraction == Extraction.TEXT && !text.isEmpty();
    }
}
