package org.normdesk.domain.common;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date read from user input or an import, with the text it came from kept for display and audit.
 *
 * @param date      the day; for {@link DatePrecision#MONTH} the first of that month
 * @param precision whether the day is known
 * @param raw       the text exactly as entered
 */
public record ParsedDate(LocalDate date, DatePrecision precision, String raw) {

    public ParsedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(raw, "raw");
        if (precision == DatePrecision.MONTH && date.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a month-precision date is stored as the 1st: " + date);
        }
    }
}
