package org.normdesk.domain.common;

import java.time.LocalDate;

/** A period named relative to today, so that a saved view such as "expiring this year" stays true next year. */
public enum RelativePeriod {
    THIS_YEAR, LAST_YEAR, NEXT_YEAR, NEXT_6_MONTHS, LAST_12_MONTHS,
    /** The evaluation reminders two months and one month before expiry. */
    NEXT_MONTH, NEXT_2_MONTHS;

    public DateRange on(LocalDate today) {
        return switch (this) {
            case THIS_YEAR -> DateRange.year(today.getYear());
            case LAST_YEAR -> DateRange.year(today.getYear() - 1);
            case NEXT_YEAR -> DateRange.year(today.getYear() + 1);
            case NEXT_6_MONTHS -> new DateRange(today, today.plusMonths(6));
            case LAST_12_MONTHS -> new DateRange(today.minusMonths(12), today);
            case NEXT_MONTH -> new DateRange(today, today.plusMonths(1));
            case NEXT_2_MONTHS -> new DateRange(today, today.plusMonths(2));
        };
    }
}
