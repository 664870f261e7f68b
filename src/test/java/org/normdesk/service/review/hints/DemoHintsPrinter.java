package org.normdesk.service.review.hints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.normdesk.domain.review.rules.Hint;
import org.normdesk.domain.review.rules.RulePack;
import org.normdesk.domain.review.text.ArticleSplitter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Not a test: prints every hit of the shipped pack on the demo register's titles and demo texts, in the
 * format of demo-hits-labelled.tsv, for labelling by hand.
 */
public final class DemoHintsPrinter {
    public static void main(String[] args) throws Exception {
        RulePack pack = RulePackLoader.bundled();
        JsonNode demo = new ObjectMapper().readTree(Path.of("data/demo/demo-register.json").toFile());
        int titles = 0;
        for (JsonNode d : demo.get("documents")) {
            titles++;
            for (Hint h : pack.hints(ArticleSplitter.split(d.get("title").asText()))) {
                System.out.println("title:" + d.get("key").asText() + "\t" + h.ruleId() + "\t" + h.articleLabel() + "\t"
                        + h.phrase() + "\t?\t" + h.sentence());
            }
        }
        System.out.println("# titles read: " + titles);
        try (Stream<Path> texts = Files.list(Path.of("data/demo/texts"))) {
            for (Path t : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (Hint h : pack.hints(ArticleSplitter.split(Files.readString(t)))) {
                    System.out.println(t.getFileName() + "\t" + h.ruleId() + "\t" + h.articleLabel() + "\t" + h.phrase()
                            + "\t?\t" + h.sentence());
                }
            }
        }
    }
}
