package org.normdesk.service.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where search terms occur in a displayed text, for highlighting. The comparison folds the text the way the
 * index does (full-width to half-width, case), but the spans point into the text as shown.
 */
public final class Highlights {
    private Highlights() {
    }

    /** A highlighted part: characters {@code start} (inclusive) to {@code end} (exclusive) of the shown text. */
    public record Span(int start, int end) {
    }

    /** Non-overlapping spans in text order; overlapping or touching matches are merged. */
    public static List<Span> spans(String text, Collection<String> terms) {
        if (text == null || text.isEmpty() || terms.isEmpty()) {
            return List.of();
        }
        StringBuilder folded = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            String f = fold(new String(Character.toChars(cp)));
            for (int k = 0; k < f.length(); k++) {
                folded.append(f.charAt(k));
                origin.add(i);
            }
            i += width;
        }
        origin.add(text.length());
        String haystack = folded.toString();
        List<Span> found = new ArrayList<>();
        for (String term : terms) {
            String needle = fold(term);
            if (needle.isEmpty()) {
                continue;
            }
            for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
                int end = at + needle.length();
                int originEnd = end < origin.size() - 1 ? origin.get(end) : text.length();
                found.add(new Span(origin.get(at), Math.max(originEnd, origin.get(at) + 1)));
            }
        }
        found.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span s : found) {
            if (!merged.isEmpty() && s.start() <= merged.get(merged.size() - 1).end()) {
                Span last = merged.remove(merged.size() - 1);
                merged.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** True when {@code term} occurs in {@code text} (folded). */
    static boolean contains(String text, String term) {
        return text != null && fold(text).contains(fold(term));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
