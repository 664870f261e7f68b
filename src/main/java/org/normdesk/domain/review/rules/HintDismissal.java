package org.normdesk.domain.review.rules;

import java.time.Instant;
import java.util.Objects;

/** A reviewer set a hint aside, with the reason; dismissals are kept, never deleted. */
public record HintDismissal(long id, long documentId, String ruleId, String packVersion, int articleNumber,
                            String articleLabel, String phrase, String reason, String dismissedBy, Instant dismissedAt) {
    public HintDismissal {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(phrase);
        Objects.requireNonNull(reason);
    }

    public Hint.HintKey key() {
        return new Hint.HintKey(ruleId, articleNumber, phrase);
    }
}
