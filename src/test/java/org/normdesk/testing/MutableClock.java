package org.normdesk.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test moves by hand, to walk a register through a year. Beijing time. */
public final class MutableClock extends Clock {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private volatile Instant now;

    public MutableClock(LocalDate day) {
        setDay(day);
    }

    /** 10:00 on that day, office time. */
    public void setDay(LocalDate day) {
        now = day.atTime(10, 0).atZone(BEIJING).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return BEIJING;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests stay on office time");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
