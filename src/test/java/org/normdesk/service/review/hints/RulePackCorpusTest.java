package org.normdesk.service.review.hints;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.review.rules.Hint;
import org.normdesk.domain.review.rules.Rule;
import org.normdesk.domain.review.rules.RulePack;
import org.normdesk.domain.review.text.ArticleSplitter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped rule pack against hand-labelled articles (src/test/resources/review/hints/labelled-articles.tsv):
 * each article must fire exactly the rules it is labelled with, and every rule has a positive and a negative.
 */
class RulePackCorpusTest {
    private static final RulePack PACK = RulePackLoader.bundled();

    record Example(int line, String about, Set<String> expected, String article) {
        @Override
        public String toString() {
            return "line " + line + " (" + about + "): " + article.substring(0, Math.min(30, article.length()));
        }
    }

    static List<Example> examples() throws IOException {
        try (InputStream in = RulePackCorpusTest.class.getResourceAsStream("/review/hints/labelled-articles.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Example> examples = new java.util.ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] cols = lines[i].split("\t");
                assertEquals(3, cols.length, "line " + (i + 1) + " has three tab-separated columns");
                Set<String> expected = cols[1].equals("-") ? Set.of()
                        : Arrays.stream(cols[1].split(",")).map(String::strip).collect(Collectors.toSet());
                examples.add(new Example(i + 1, cols[0], expected, cols[2]));
            }
            return examples;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void each_labelled_article_fires_exactly_its_rules(Example example) {
        List<Hint> hints = PACK.hints(ArticleSplitter.split(example.article()));
        Set<String> fired = hints.stream().map(Hint::ruleId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(example.expected()), fired, () -> "hints: " + hints.stream()
                .map(h -> h.ruleId() + "「" + h.phrase() + "」").toList());
        for (Hint h : hints) {
            assertEquals(h.phrase(), example.article().substring(h.start(), h.end()), "offsets point at the phrase");
            assertFalse(h.articleLabel().isBlank());
        }
    }

    @Test
    void every_rule_has_a_positive_and_a_negative_example() throws IOException {
        List<Example> examples = examples();
        for (Rule rule : PACK.rules()) {
            assertTrue(examples.stream().anyMatch(e -> e.about().equals(rule.id()) && e.expected().contains(rule.id())),
                    rule.id() + " has no example where it fires");
            assertTrue(examples.stream().anyMatch(e -> e.about().equals(rule.id()) && !e.expected().contains(rule.id())),
                    rule.id() + " has no example where it must stay silent");
        }
        Set<String> ids = PACK.rules().stream().map(Rule::id).collect(Collectors.toSet());
        examples.forEach(e -> assertTrue(ids.containsAll(e.expected()) && ids.contains(e.about()),
                "line " + e.line() + " names a rule the pack does not have"));
    }

    @Test
    void every_issue_category_has_a_rule_and_every_rule_explains_itself_in_both_languages() {
        assertEquals(Set.of(org.normdesk.domain.review.rules.HintCategory.values()),
                PACK.rules().stream().map(Rule::category).collect(Collectors.toSet()));
        for (Rule r : PACK.rules()) {
            assertTrue(r.reason().zh().length() > 20 && r.reason().en().length() > 40, r.id());
        }
    }

    @Test
    void a_cited_law_title_does_not_fire_and_the_same_phrase_twice_in_an_article_is_one_hint() {
        assertTrue(PACK.hints(ArticleSplitter.split("第三条　各部门应当组织学习《罚款决定与罚款收缴分离实施办法》。")).isEmpty(),
                "罚款 inside a cited title is not a penalty");
        List<Hint> twice = PACK.hints(ArticleSplitter.split("第三条　居民应当节约用水；居民应当节约用水。"));
        assertEquals(1, twice.size());
    }
}
