package org.normdesk.domain.calendar;

import java.util.Objects;

/**
 * A calendar result together with whether it is only an estimate: {@code estimated} is true when
 * the computation looked at a date outside the published years, where only weekends are known.
 * The GUI must show such a value as provisional.
 */
public record CalendarAnswer<T>(T value, boolean estimated) {

    public CalendarAnswer {
        Objects.requireNonNull(value, "value");
    }
}
