package org.normdesk.domain.calendar;

/** The event a deadline is counted from. */
public enum DeadlineStart {
    /** The document was published (公布). */
    PUBLISHED,
    /** The filing was received (收到). */
    RECEIVED,
    /** The filing was registered (登记). */
    REGISTERED,
    /** A notice was received (收到通知). */
    NOTICE_RECEIVED
}
