package org.normdesk.domain.calendar;

/** What a deadline counts. */
public enum DeadlineUnit {
    /** 日: every calendar day counts. */
    CALENDAR_DAYS,
    /** 工作日: only working days on the {@link WorkCalendar} count. */
    WORKING_DAYS
}
