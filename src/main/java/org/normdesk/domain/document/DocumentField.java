package org.normdesk.domain.document;

/** The fields of the document form, so a validation error can be shown next to its field. */
public enum DocumentField {
    TITLE, DOC_NUMBER, ISSUERS, TYPE, SUBJECT_AREA, SIGNED_DATE, PUBLISHED_DATE, EFFECTIVE_DATE, VALID_UNTIL, STATUS
}
