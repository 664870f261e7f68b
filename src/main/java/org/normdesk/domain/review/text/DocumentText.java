package org.normdesk.domain.review.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document's electronic text cut into its preamble and articles. The articles cover the text in order;
 * chapter headings lie between them and belong to no article.
 */
public record DocumentText(String text, List<Article> articles) {
    public DocumentText {
        Objects.requireNonNull(text);
        articles = List.copyOf(articles);
        int previousEnd = 0;
        for (Article a : articles) {
            if (a.start() < previousEnd || a.end() > text.length()) {
                throw new IllegalArgumentException("article " + a.label() + " overlaps or lies outside the text");
            }
            previousEnd = a.end();
        }
    }

    public static DocumentText empty() {
        return new DocumentText("", List.of());
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /** The text before the first article (title, issuing line, 为了… purpose), if there is any. */
    public Optional<Article> preamble() {
        return articles.stream().filter(Article::isPreamble).findFirst();
    }

    /** The numbered articles (or items), without the preamble. */
    public List<Article> numbered() {
        return articles.stream().filter(a -> !a.isPreamble()).toList();
    }

    /** The article that holds {@code offset}, if the offset is not in a chapter heading. */
    public Optional<Article> articleAt(int offset) {
        return articles.stream().filter(a -> a.contains(offset)).findFirst();
    }

    public Optional<Article> article(int number) {
        return articles.stream().filter(a -> a.number() == number).findFirst();
    }
}
