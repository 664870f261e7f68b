package org.normdesk.domain.common;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text clean-up shared by the parsers and by matching. Register data is typed, pasted from Word and web
 * pages, or imported from ledgers, so the same 文号 or title arrives with full-width digits, ideographic
 * spaces (U+3000) and no-break spaces; folding makes such copies compare equal. All methods return
 * {@code null} for {@code null}.
 */
public final class TextNormalizer {

    /** Unicode White_Space: ASCII blanks, tabs, line breaks, NBSP, U+3000 and the other wide spaces. */
    private static final Pattern WHITESPACE = Pattern.compile("\\p{IsWhite_Space}+");

    /** Zero-width characters are invisible in a pasted value but would make two copies differ. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF]");

    /** Han ideographs and CJK punctuation (《》、〔〕 …), between which Chinese text puts no spaces. */
    private static final String CJK = "[\\p{IsHan}\\u3001-\\u303F]";
    /**
     * Spaces are dropped between two CJK characters and also between CJK and punctuation, because NFKC
     * has turned full-width （），： into ASCII: "办法　（试行）" must still match "办法（试行）".
     */
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile(
            "(?<=" + CJK + ") (?=" + CJK + "|\\p{P})|(?<=\\p{P}) (?=" + CJK + ")");

    private TextNormalizer() {
    }

    /** NFKC: full-width digits, letters and ASCII punctuation become half-width; invisible characters go. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return hasInvisible(folded) ? INVISIBLE.matcher(folded).replaceAll("") : folded;
    }

    private static boolean hasInvisible(String text) {
        return text.indexOf('\u200B') >= 0 || text.indexOf('\u2060') >= 0 || text.indexOf('\uFEFF') >= 0;
    }

    /** Whether {@code text} may hold a White_Space character: every one of them passes this test. */
    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
                return true;
            }
        }
        return false;
    }

    /** Removes every whitespace character (for numbers, where spacing never carries meaning). */
    public static String stripAllWhitespace(String text) {
        return text == null ? null : WHITESPACE.matcher(text).replaceAll("");
    }

    /**
     * The copy of a title used for matching: folded, trimmed, whitespace runs collapsed to one space,
     * and no space left between two CJK characters or CJK and punctuation ("关于 印发　《办法》" →
     * "关于印发《办法》"); a space next to Latin letters or digits stays ("关于 2019 年度" keeps both).
     */
    public static String normalizeTitle(String title) {
        if (title == null) {
            return null;
        }
        String folded = fold(title);
        // most titles hold no space at all: the regular expressions below would only confirm that, at a cost
        // a 20,000-row import notices
        if (!hasWhitespace(folded)) {
            return folded;
        }
        String collapsed = WHITESPACE.matcher(folded).replaceAll(" ").strip();
        return SPACE_BETWEEN_CJK.matcher(collapsed).replaceAll("");
    }
}
