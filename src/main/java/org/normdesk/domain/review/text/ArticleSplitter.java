package org.normdesk.domain.review.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a normative document's text into articles. An article starts where a line begins with 第N条 (N in
 * Chinese numerals up to 第九千九百九十九条, Arabic or full-width digits); a line 第N章 … is a chapter heading
 * and 第N节 … a section heading. References inside a sentence (依照本办法第五条规定) do not start an article,
 * because only a heading at the start of a line does. A document without articles — many 意见 and 通知 are
 * written in items 一、二、三、 — is cut at its top-level items instead; text before the first article is
 * the preamble.
 */
public final class ArticleSplitter {
    private static final String NUMERAL = "[零〇一二两三四五六七八九十百千0-9０-９]+";
    private static final Pattern ARTICLE = Pattern.compile(
            "^[ \\t\\u3000]*(第(" + NUMERAL + ")条)", Pattern.MULTILINE);
    private static final Pattern HEADING = Pattern.compile(
            "^[ \\t\\u3000]*第(" + NUMERAL + ")([章节])[^\\n]*$", Pattern.MULTILINE);
    /** 一、 at the start of a line: the top-level items of a document written without articles. */
    private static final Pattern ITEM = Pattern.compile(
            "^[ \\t\\u3000]*(([一二三四五六七八九十]+)、)", Pattern.MULTILINE);

    private ArticleSplitter() {
    }

    public static DocumentText split(String text) {
        List<Heading> headings = headings(text);
        List<Marker> markers = markers(text, ARTICLE);
        if (markers.isEmpty()) {
            markers = markers(text, ITEM);
        }
        List<Article> articles = new ArrayList<>();
        int firstStart = markers.isEmpty() ? text.length() : markers.get(0).start;
        for (Heading h : headings) {
            if (h.start < firstStart) {
                firstStart = h.start; // a chapter heading before 第一条 ends the preamble
                break;
            }
        }
        if (!text.substring(0, firstStart).isBlank()) {
            articles.add(new Article(0, Article.PREAMBLE_LABEL, null, 0, firstStart, text.substring(0, firstStart)));
        }
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            int end = i + 1 < markers.size() ? markers.get(i + 1).start : text.length();
            String chapter = null;
            for (Heading h : headings) {
                if (h.start > m.start && h.start < end) {
                    end = h.start; // the next chapter's heading is not part of this article
                    break;
                }
                if (h.start < m.start && h.chapter) {
                    chapter = h.line;
                }
            }
            end = trimEnd(text, m.start, end);
            articles.add(new Article(m.number, m.label, chapter, m.start, end, text.substring(m.start, end)));
        }
        return new DocumentText(text, articles);
    }

    /** 一百零一 → 101, 十一 → 11, 二十 → 20, ２３ → 23; -1 when it is not a number. */
    public static int parseNumber(String numeral) {
        StringBuilder digits = new StringBuilder();
        for (char c : numeral.toCharArray()) {
            if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + (c - '０')));
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        if (digits.length() == numeral.length()) {
            return digits.length() > 6 ? -1 : Integer.parseInt(digits.toString());
        }
        if (digits.length() > 0) {
            return -1; // mixed forms such as 1十 are not numbers
        }
        int total = 0;
        int current = 0;
        for (char c : numeral.toCharArray()) {
            int digit = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                digit = 0;
            } else if (c == '两') {
                digit = 2;
            }
            if (digit >= 0) {
                current = digit;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            total += (current == 0 ? 1 : current) * unit; // 十一: a leading 十 means 一十
            current = 0;
        }
        return total + current;
    }

    /** 101 → 一百零一, 10 → 十, 110 → 一百一十: how Word's 中文计数 numbering writes 第N条 (1..9999). */
    public static String chineseNumeral(int n) {
        if (n <= 0 || n > 9999) {
            return String.valueOf(n);
        }
        String digits = "零一二三四五六七八九";
        String[] units = {"千", "百", "十", ""};
        int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            if (parts[i] == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            boolean leadingTen = i == 2 && out.length() == 0 && parts[i] == 1; // 十一, not 一十一
            out.append(leadingTen ? "" : String.valueOf(digits.charAt(parts[i]))).append(units[i]);
        }
        return out.toString();
    }

    private static List<Marker> markers(String text, Pattern pattern) {
        List<Marker> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int number = parseNumber(m.group(2));
            if (number > 0) {
                found.add(new Marker(m.start(1), number, m.group(1)));
            }
        }
        return found;
    }

    private static List<Heading> headings(String text) {
        List<Heading> found = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            if (parseNumber(m.group(1)) > 0) {
                found.add(new Heading(m.start(), m.group().strip(), "章".equals(m.group(2))));
            }
        }
        return found;
    }

    /** Leaves the line breaks between an article and the next heading out of the article. */
    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1)) || end > start && text.charAt(end - 1) == '\u3000') {
            end--;
        }
        return end;
    }

    private record Marker(int start, int number, String label) {
    }

    private record Heading(int start, String line, boolean chapter) {
    }
}
