package org.normdesk.domain.common;

/** How much of a date the source gave: ledgers often record only the month (2019年12月). */
public enum DatePrecision {
    DAY,
    MONTH
}
