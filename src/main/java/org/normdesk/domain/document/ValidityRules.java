package org.normdesk.domain.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a document's validity ends (有效期), if nobody entered it. An explicit period in the title or text wins
 * ("有效期3年", "有效期至2025年12月31日"); otherwise 暂行/试行 documents get {@code provisionalYears}, others
 * {@code defaultYears}, counted from the effective date (the day before the anniversary is the last valid day).
 * Evaluation reminders (评估) come {@code reminderMonths} before the end, by default 6, 2 and 1 month(s).
 */
public record ValidityRules(int defaultYears, int provisionalYears, List<Integer> reminderMonths) {
    /** Longest validity period and earliest reminder a bureau can set. */
    public static final int MAX_YEARS = 50;
    public static final int MAX_REMINDER_MONTHS = 36;
    public static final List<Integer> DEFAULT_REMINDERS = List.of(6, 2, 1);
    public static final ValidityRules DEFAULT = new ValidityRules(5, 2);

    private static final Pattern YEARS = Pattern.compile("有效期(?:为)?\\s*([0-9一二三四五六七八九十两]+)\\s*年");
    private static final Pattern UNTIL = Pattern.compile("有效期至\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern PROVISIONAL = Pattern.compile("暂行|试行");

    public ValidityRules {
        if (defaultYears < 1 || provisionalYears < 1 || defaultYears > MAX_YEARS || provisionalYears > MAX_YEARS) {
            throw new IllegalArgumentException("validity periods are 1 to " + MAX_YEARS + " years");
        }
        reminderMonths = List.copyOf(new java.util.TreeSet<>(reminderMonths).descendingSet());
        if (reminderMonths.isEmpty() || reminderMonths.get(reminderMonths.size() - 1) < 1
                || reminderMonths.get(0) > MAX_REMINDER_MONTHS) {
            throw new IllegalArgumentException("reminders are 1 to " + MAX_REMINDER_MONTHS + " months before the end");
        }
    }

    /** With the default reminders (6, 2 and 1 month before the end). */
    public ValidityRules(int defaultYears, int provisionalYears) {
        this(defaultYears, provisionalYears, DEFAULT_REMINDERS);
    }

    /** The days of this register's evaluation reminders before {@code validUntil}, earliest first. */
    public List<LocalDate> reminders(LocalDate validUntil) {
        return reminderMonths.stream().map(validUntil::minusMonths).toList();
    }

    /** The evaluation window: the earliest reminder, in months before the end. */
    public int evaluationWindowMonths() {
        return reminderMonths.get(0);
    }

    /** Which rule gave a validity end. */
    public enum Basis {
        /** The text names the last day ("有效期至2025年12月31日"). */
        STATED_DATE,
        /** The text names a period ("有效期3年"). */
        STATED_YEARS,
        /** 暂行 / 试行 in the title. */
        PROVISIONAL,
        /** Any other document. */
        DEFAULT
    }

    /** A computed validity end and why; {@code years} is 0 for {@link Basis#STATED_DATE}. */
    public record Suggestion(LocalDate validUntil, Basis basis, int years) {
    }

    /** The last day the document is valid, or empty when there is no effective date to count from. */
    public Optional<LocalDate> validUntil(String title, String text, LocalDate effective) {
        return suggest(title, text, effective).map(Suggestion::validUntil);
    }

    /** As {@link #validUntil}, saying which rule gave it (for a form that shows it as a suggestion). */
    public Optional<Suggestion> suggest(String title, String text, LocalDate effective) {
        String haystack = (title == null ? "" : title) + "\n" + (text == null ? "" : text);
        Matcher until = UNTIL.matcher(haystack);
        if (until.find()) {
            return Optional.of(new Suggestion(LocalDate.of(Integer.parseInt(until.group(1)),
                    Integer.parseInt(until.group(2)), Integer.parseInt(until.group(3))), Basis.STATED_DATE, 0));
        }
        if (effective == null) {
            return Optional.empty();
        }
        Matcher years = YEARS.matcher(haystack);
        Basis basis = years.find() ? Basis.STATED_YEARS
                : PROVISIONAL.matcher(title == null ? "" : title).find() ? Basis.PROVISIONAL : Basis.DEFAULT;
        int period = switch (basis) {
            case STATED_YEARS -> chineseNumber(years.group(1));
            case PROVISIONAL -> provisionalYears;
            default -> defaultYears;
        };
        // the day before the anniversary; for 29 February the month-end rule gives 28 February
        return Optional.of(new Suggestion(effective.minusDays(1).plusYears(period), basis, period));
    }

    /** Evaluation reminders (评估) before expiry: 6, 2 and 1 month(s) ahead by default. */
    public static LocalDate[] evaluationReminders(LocalDate validUntil) {
        return new LocalDate[]{validUntil.minusMonths(6), validUntil.minusMonths(2), validUntil.minusMonths(1)};
    }

    static int chineseNumber(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String digits = "零一二三四五六七八九";
        int value = 0;
        int current = 0;
        for (char c : text.toCharArray()) {
            if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '两') {
                current = 2;
            } else {
                current = digits.indexOf(c);
            }
        }
        return value + current;
    }
}
