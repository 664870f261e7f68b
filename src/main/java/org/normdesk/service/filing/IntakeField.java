package org.normdesk.service.filing;

/** Fields of the intake form that are not document fields. */
public enum IntakeField {
    DOCUMENT, FILING_UNIT, RECEIVED_DATE, CHANNEL, MATERIALS, REASONS
}
