package org.normdesk.domain.review.rules;

import org.normdesk.domain.review.text.Article;
import org.normdesk.domain.review.text.DocumentText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned set of rules (a file in {@code data/rules/}). {@link #hints} runs every rule over every
 * article's sentences; it finds prompts for the reviewer, never findings, and no hits is not a clearance.
 */
public record RulePack(String id, String version, String source, List<Rule> rules) {
    /** Ends a sentence for the rules' purposes; a line break ends a paragraph. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！？!?\\n]");
    /** A cited law's name: 《中华人民共和国行政许可法》 must not fire the licence rule. */
    private static final Pattern TITLE_QUOTE = Pattern.compile("《[^《》\\n]{0,80}》");

    public RulePack {
        Objects.requireNonNull(id);
        Objects.requireNonNull(version);
        Objects.requireNonNull(source);
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("rule id " + r.id() + " appears twice in " + source);
            }
        }
    }

    public List<Hint> hints(DocumentText text) {
        List<Hint> hints = new ArrayList<>();
        for (Article article : text.articles()) {
            Set<Hint.HintKey> seen = new HashSet<>();
            // cut and masked once per article, not once per rule
            List<int[]> sentences = sentences(article.text());
            List<int[]> whole = List.of(new int[]{0, article.text().length()});
            String masked = maskQuotedTitles(article.text());
            for (Rule rule : rules) {
                for (int[] scope : rule.scope() == Rule.Scope.ARTICLE ? whole : sentences) {
                    for (Hint h : match(rule, article, masked, scope[0], scope[1])) {
                        if (seen.add(h.key())) {
                            hints.add(h);
                        }
                    }
                }
            }
        }
        hints.sort(java.util.Comparator.comparingInt(Hint::start).thenComparing(Hint::ruleId));
        return hints;
    }

    public java.util.Optional<Rule> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    private List<Hint> match(Rule rule, Article article, String maskedArticle, int from, int to) {
        String scope = article.text().substring(from, to);
        if (scope.isBlank()) {
            return List.of();
        }
        for (Pattern exclusion : rule.exclusions()) {
            if (exclusion.matcher(scope).find()) {
                return List.of();
            }
        }
        String masked = maskedArticle.substring(from, to);
        for (List<Pattern> group : rule.requiredTogether()) {
            if (group.stream().noneMatch(p -> p.matcher(masked).find())) {
                return List.of();
            }
        }
        List<Hint> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Pattern trigger : rule.triggers()) {
            Matcher m = trigger.matcher(masked);
            while (m.find()) {
                if (m.end() == m.start() || overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                taken.add(new int[]{m.start(), m.end()});
                int start = article.start() + from + m.start();
                found.add(new Hint(article.number(), article.label(), scope.substring(m.start(), m.end()), start,
                        start + m.end() - m.start(), scope.strip(), rule.id(), rule.category(), rule.title(),
                        rule.reason(), version));
            }
        }
        return found;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(t -> start < t[1] && end > t[0]);
    }

    /** Sentence ranges (start, end) within an article's text, without the terminating mark. */
    static List<int[]> sentences(String text) {
        List<int[]> ranges = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            ranges.add(new int[]{start, m.end()});
            start = m.end();
        }
        if (start < text.length()) {
            ranges.add(new int[]{start, text.length()});
        }
        return ranges;
    }

    /** Same length, so offsets stay true; the 《》 marks stay for patterns that look for a citation. */
    static String maskQuotedTitles(String text) {
        Matcher m = TITLE_QUOTE.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start() + 1; i < m.end() - 1; i++) {
                out.setCharAt(i, '\u2022');
            }
        }
        return out.toString();
    }
}
