package org.normdesk.service.exchange;

/** What the import will do with a ledger row; the dry run shows it, the import does it. */
public enum RowState {
    /** Not in the register yet: will be added. */
    NEW,
    /** In the register (same issuer and 文号, or same title without 文号) with different values: will be updated. */
    UPDATE,
    /** In the register (or earlier in the file) with the same values: nothing to do. */
    DUPLICATE,
    /** Something is wrong with the row; the reasons name the cells. Goes to the error workbook. */
    REJECTED,
    /** A blank, subtotal (合计) or repeated header row. */
    SKIPPED
}
