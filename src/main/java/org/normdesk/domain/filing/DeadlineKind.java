package org.normdesk.domain.filing;

/** The configurable deadlines of intake and review (rows of the deadline_rule table). */
public enum DeadlineKind {
    /** 报送期限: from publication to receipt. */
    FILING_DUE,
    /** 形式审查期限: from receipt of a package. */
    FORMAL_CHECK_DUE,
    /** 审查期限: from registration. */
    REVIEW_DUE,
    /** 补正期限: from the return notice. */
    RESUBMIT_DUE
}
