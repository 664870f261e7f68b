package org.normdesk.domain.review.rules;

import java.util.Objects;

/**
 * A prompt for the reviewer, not a finding: the rule {@code ruleId} matched {@code phrase} in one article.
 * Offsets are into the whole document text; {@code sentence} is the sentence (or article) the rule read.
 *
 * @param articleNumber 0 for the preamble
 * @param articleLabel  第五条, 五、 or 序言
 */
public record Hint(int articleNumber, String articleLabel, String phrase, int start, int end, String sentence,
                   String ruleId, HintCategory category, LocalizedText ruleTitle, LocalizedText reason,
                   String packVersion) {
    public Hint {
        Objects.requireNonNull(articleLabel);
        Objects.requireNonNull(phrase);
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(category);
        if (end - start != phrase.length()) {
            throw new IllegalArgumentException("hint offsets " + start + ".." + end + " do not fit " + phrase);
        }
    }

    /** What a dismissal refers to: the same rule on the same phrase in the same article, whatever the pack version. */
    public HintKey key() {
        return new HintKey(ruleId, articleNumber, phrase);
    }

    public record HintKey(String ruleId, int articleNumber, String phrase) {
    }
}
