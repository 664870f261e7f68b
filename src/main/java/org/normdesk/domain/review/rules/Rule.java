package org.normdesk.domain.review.rules;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One explainable pattern of a rule pack. It fires on a sentence (or, with {@link Scope#ARTICLE}, an
 * article) where a trigger matches, every {@code requiredTogether} group has a match too, and no exclusion
 * matches — an exclusion is the sign of a legal basis (依照《…》规定, 依法) or of a sentence that restricts the
 * administration rather than the citizen. Text inside 《》 (a cited law's name such as 《行政许可法》) never
 * triggers.
 *
 * @param triggers         regular expressions; the first that matches gives the hint's phrase
 * @param requiredTogether each inner list is a group of alternatives; every group must match in the scope
 * @param exclusions       regular expressions that silence the rule in that scope
 */
public record Rule(String id, HintCategory category, LocalizedText title, List<Pattern> triggers,
                   List<List<Pattern>> requiredTogether, List<Pattern> exclusions, Scope scope,
                   LocalizedText reason) {
    public enum Scope { SENTENCE, ARTICLE }

    public Rule {
        Objects.requireNonNull(id);
        Objects.requireNonNull(category);
        Objects.requireNonNull(title);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(scope);
        triggers = List.copyOf(triggers);
        requiredTogether = requiredTogether.stream().map(List::copyOf).toList();
        exclusions = List.copyOf(exclusions);
        if (id.isBlank() || triggers.isEmpty()) {
            throw new IllegalArgumentException("a rule needs an id and at least one trigger: " + id);
        }
    }
}
