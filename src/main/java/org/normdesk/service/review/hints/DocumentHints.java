package org.normdesk.service.review.hints;

import org.normdesk.domain.review.text.DocumentText;
import org.normdesk.service.review.text.StoredText;

import java.util.List;
import java.util.Objects;

/**
 * The hints for one document under one rule pack. Hints are prompts for the reviewer, not findings, and an
 * empty list is not a clearance; {@link #state()} says why a list is empty.
 */
public record DocumentHints(long documentId, State state, StoredText text, String packId, String packVersion,
                            List<HintView> hints) {
    public enum State {
        /** No text has been imported for the document yet. */
        NO_TEXT,
        /** The imported file was a scan without a text layer: review without hints. */
        NO_TEXT_LAYER,
        /** The rules read the text. */
        CHECKED
    }

    public DocumentHints {
        Objects.requireNonNull(state);
        hints = List.copyOf(hints);
    }

    public DocumentText documentText() {
        return text == null ? DocumentText.empty() : text.text();
    }

    public List<HintView> open() {
        return hints.stream().filter(h -> !h.dismissed()).toList();
    }

    public long dismissedCount() {
        return hints.stream().filter(HintView::dismissed).count();
    }
}
