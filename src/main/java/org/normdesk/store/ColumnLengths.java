package org.normdesk.store;

import org.jooq.Field;

import static org.normdesk.store.jooq.Tables.ATTACHMENT;
import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.DOCUMENT_RELATION;
import static org.normdesk.store.jooq.Tables.EXCHANGE_RECORD;
import static org.normdesk.store.jooq.Tables.FILING;
import static org.normdesk.store.jooq.Tables.FILING_MATERIAL;
import static org.normdesk.store.jooq.Tables.FILING_SUBMISSION;
import static org.normdesk.store.jooq.Tables.ISSUER;
import static org.normdesk.store.jooq.Tables.STATUS_CHANGE;

/**
 * How many characters the text columns hold that imports check before they write: read from the generated classes,
 * so a migration that widens a column widens the check with it. A longer text is refused by name in the import
 * instead of ending the transaction with the database's "value too long".
 */
public final class ColumnLengths {
    public static final int DOCUMENT_TITLE = length(DOCUMENT.TITLE);
    public static final int DOCUMENT_NUMBER = length(DOCUMENT.DOC_NUMBER_RAW);
    public static final int DOCUMENT_TYPE = length(DOCUMENT.DOC_TYPE);
    public static final int DOCUMENT_SUBJECT_AREA = length(DOCUMENT.SUBJECT_AREA);
    public static final int DOCUMENT_STATUS = length(DOCUMENT.STATUS);
    public static final int DOCUMENT_REGISTRATION_NO = length(DOCUMENT.REGISTRATION_NO);
    public static final int ISSUER_NAME = length(ISSUER.NAME);
    public static final int ISSUER_CODE = length(ISSUER.CODE);
    public static final int ISSUER_LEVEL = length(ISSUER.ORG_LEVEL);
    public static final int ISSUER_KIND = length(ISSUER.ORG_KIND);
    public static final int STATUS_CHANGE_STATUS = length(STATUS_CHANGE.TO_STATUS);
    public static final int STATUS_CHANGE_RECORDED_BY = length(STATUS_CHANGE.RECORDED_BY);
    public static final int STATUS_CHANGE_REASON = length(STATUS_CHANGE.REASON);
    public static final int RELATION_KIND = length(DOCUMENT_RELATION.KIND);
    /** A package record's key: the document's id in the sending register, kept as the exchange record's source key. */
    public static final int EXCHANGE_SOURCE_KEY = length(EXCHANGE_RECORD.SOURCE_KEY);
    public static final int FILING_CHANNEL = length(FILING.CHANNEL);
    public static final int FILING_STATE = length(FILING.STATE);
    public static final int FILING_REGISTRATION_NO = length(FILING.REGISTRATION_NO);
    public static final int SUBMISSION_CHANNEL = length(FILING_SUBMISSION.CHANNEL);
    public static final int MATERIAL_KIND = length(FILING_MATERIAL.KIND);
    public static final int ATTACHMENT_SHA256 = length(ATTACHMENT.SHA256);
    public static final int ATTACHMENT_FILE_NAME = length(ATTACHMENT.FILE_NAME);

    private ColumnLengths() {
    }

    private static int length(Field<String> column) {
        int length = column.getDataType().length();
        if (length <= 0) {
            throw new IllegalStateException(column + " has no declared length");
        }
        return length;
    }
}
