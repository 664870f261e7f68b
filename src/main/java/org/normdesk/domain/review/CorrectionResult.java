package org.normdesk.domain.review;

/** What came of a correction (纠错情况), as the year's statistics split it. */
public enum CorrectionResult {
    /** 自行修改. */
    SELF_AMENDED,
    /** 自行废止. */
    SELF_REPEALED,
    /** 提请政府撤销. */
    REVOKED,
    /** 未纠正 (closed without a correction, e.g. the issuer explained and the bureau accepted). */
    NOT_CORRECTED
}
