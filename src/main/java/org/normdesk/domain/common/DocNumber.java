package org.normdesk.domain.common;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 文号 (document number) as entered, plus its parts when it could be read.
 *
 * <p>{@code normalized} is the matching key: {@code prefix〔YYYY〕N号} for ordinary numbers,
 * {@code prefix第N号} for decrees (令第226号), and for anything unreadable the entered text folded and
 * without whitespace, so that duplicates still collide. An unreadable number is kept and flagged
 * ({@code parsed == false}), never rejected: registers hold numbers nobody can fix at entry time.
 *
 * @param raw        exactly what the user typed or the import delivered
 * @param prefix     机关代字, e.g. 濮政办 or 河南省人民政府令; null when not parsed
 * @param year       the bracketed year; null for decrees and when not parsed
 * @param serial     顺序号 without leading zeros; null when not parsed
 * @param normalized the form used to find duplicates
 * @param parsed     whether the parts above were read
 */
public record DocNumber(String raw, String prefix, Integer year, Integer serial, String normalized,
                        boolean parsed) {

    private static final int FIRST_YEAR = 1949;
    private static final int LAST_YEAR = 2100;
    /** The longest 机关代字 the register keeps; a longer one is not a real prefix, so the number is flagged. */
    public static final int PREFIX_MAX = 60;

    // Patterns run on folded text without whitespace, so full-width digits and ［］（） are already ASCII.
    private static final String PREFIX = "(?<prefix>[\\p{IsHan}A-Za-z]+)";
    private static final String SERIAL = "第?0*(?<serial>[0-9]{1,9})[号號]?";

    /** 濮政〔2019〕12号 with any of the bracket pairs seen in registers; a mismatched pair is still read. */
    private static final Pattern BRACKETED = Pattern.compile(
            "^" + PREFIX + "[〔\\[【(〖](?<year>[0-9]{4})[〕\\]】)〗]" + SERIAL + "$");

    /**
     * 濮政-2019-12号. The trailing 号 and a Chinese prefix are required so that unified registration
     * numbers such as HFGS—2017—9 (统一登记号, a different field) are not mistaken for a 文号.
     */
    private static final Pattern HYPHENATED = Pattern.compile(
            "^(?<prefix>[\\p{IsHan}A-Za-z]*\\p{IsHan}[\\p{IsHan}A-Za-z]*)[-‐‑‒–—―]?(?<year>[0-9]{4})[-‐‑‒–—―]"
                    + "0*(?<serial>[0-9]{1,9})[号號]$");

    /** 河南省人民政府令第226号, 令第226号: decrees are numbered without a year. */
    private static final Pattern DECREE = Pattern.compile(
            "^(?<prefix>[\\p{IsHan}A-Za-z]*令)第?0*(?<serial>[0-9]{1,9})[号號]?$");

    private static final List<Pattern> WITH_YEAR = List.of(BRACKETED, HYPHENATED);

    public DocNumber {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(normalized, "normalized");
        if (parsed && (prefix == null || prefix.isEmpty() || serial == null || serial < 1)) {
            throw new IllegalArgumentException("a parsed number needs a prefix and a serial ≥ 1: " + raw);
        }
        if (!parsed && (prefix != null || year != null || serial != null)) {
            throw new IllegalArgumentException("an unparsed number has no parts: " + raw);
        }
    }

    /** Reads a 文号; empty for null or blank input, a flagged number for anything unreadable. Never throws. */
    public static Optional<DocNumber> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = TextNormalizer.stripAllWhitespace(TextNormalizer.fold(raw));
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        for (Pattern pattern : WITH_YEAR) {
            Matcher m = pattern.matcher(compact);
            if (m.matches()) {
                return Optional.of(withYear(raw, compact, m));
            }
        }
        Matcher decree = DECREE.matcher(compact);
        if (decree.matches()) {
            return Optional.of(decree(raw, compact, decree));
        }
        return Optional.of(flagged(raw, compact));
    }

    /** True when the number could not be read and someone should look at it. */
    public boolean isFlagged() {
        return !parsed;
    }

    private static DocNumber withYear(String raw, String compact, Matcher m) {
        String prefix = m.group("prefix");
        int year = Integer.parseInt(m.group("year"));
        int serial = Integer.parseInt(m.group("serial"));
        if (year < FIRST_YEAR || year > LAST_YEAR || serial < 1 || prefix.length() > PREFIX_MAX) {
            return flagged(raw, compact);
        }
        return new DocNumber(raw, prefix, year, serial, prefix + "〔" + year + "〕" + serial + "号", true);
    }

    private static DocNumber decree(String raw, String compact, Matcher m) {
        String prefix = m.group("prefix");
        int serial = Integer.parseInt(m.group("serial"));
        if (serial < 1 || prefix.length() > PREFIX_MAX) {
            return flagged(raw, compact);
        }
        return new DocNumber(raw, prefix, null, serial, prefix + "第" + serial + "号", true);
    }

    private static DocNumber flagged(String raw, String compact) {
        return new DocNumber(raw, null, null, null, compact, false);
    }
}
