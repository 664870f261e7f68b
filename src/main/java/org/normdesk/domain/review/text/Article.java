package org.normdesk.domain.review.text;

import java.util.Objects;

/**
 * One numbered part of a document's text: an article (第五条), or an item (五、) where a document has no
 * articles, or the preamble before the first one (number 0). Offsets are into {@link DocumentText#text()}.
 *
 * @param number  the article's number (第一百零一条 → 101); 0 for the preamble
 * @param label   as written in the text, e.g. 第五条, 5、 or 五、; 序言 for the preamble
 * @param chapter the chapter heading it stands under (第二章 审批管理), or null
 * @param start   offset of the article's first character (its heading) in the whole text
 * @param end     offset just past its last character
 */
public record Article(int number, String label, String chapter, int start, int end, String text) {
    public static final String PREAMBLE_LABEL = "序言";

    public Article {
        Objects.requireNonNull(label);
        Objects.requireNonNull(text);
        if (number < 0 || start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("article " + label + " has offsets " + start + ".." + end
                    + " for " + text.length() + " characters");
        }
    }

    public boolean isPreamble() {
        return number == 0;
    }

    /** True when {@code offset} (into the whole text) falls inside this article. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
