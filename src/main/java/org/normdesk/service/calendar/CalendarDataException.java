package org.normdesk.service.calendar;

/**
 * The shipped calendar data is missing or malformed. That is a packaging fault, not something the
 * user did, so it is unchecked and its message names the resource and what is wrong with it.
 */
public final class CalendarDataException extends RuntimeException {

    public CalendarDataException(String message) {
        super(message);
    }

    public CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
