package org.normdesk.service.filing;

/** How close a filing's next deadline is; drives the queue's colours. */
public enum DueHealth {
    NONE, OK, DUE_SOON, OVERDUE
}
