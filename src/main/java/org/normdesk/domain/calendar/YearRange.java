package org.normdesk.domain.calendar;

import java.time.LocalDate;

/** The years, both ends included, for which a {@link WorkCalendar} has the official arrangement. */
public record YearRange(int first, int last) {

    public YearRange {
        if (first > last) {
            throw new IllegalArgumentException("first year " + first + " is after last year " + last);
        }
    }

    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    public boolean contains(LocalDate date) {
        return contains(date.getYear());
    }
}
