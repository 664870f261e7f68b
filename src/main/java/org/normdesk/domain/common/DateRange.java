package org.normdesk.domain.common;

import java.time.LocalDate;

/**
 * Days from {@code from} to {@code to}, both included; a null end is open. Used by filters such as
 * "validity ends in 2020" or "repealed in 2019".
 */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("dateRange.reversed", "The range ends (" + to + ") before it starts (" + from + ")",
                    from, to);
        }
    }

    public static DateRange year(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate day) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public boolean isOpen() {
        return from == null && to == null;
    }
}
