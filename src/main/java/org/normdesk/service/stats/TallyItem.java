package org.normdesk.service.stats;

/** The counts of the year-end tally (年度统计). Labels and definitions live in the bundles. */
public enum TallyItem {
    /** 收到备案件数: filings first received in the year. */
    RECEIVED,
    /** 准予备案登记: registered in the year. */
    REGISTERED,
    /** 退回补正: returned in the year. */
    RETURNED,
    /** 不予备案登记. */
    NOT_REGISTERED,
    /** 迟报: received in the year after the filing deadline. */
    LATE,
    /** 审结: reviews concluded in the year. */
    REVIEWED,
    /** 应报备数: documents published in the year by bodies that file here. */
    ISSUED,
    /** 实际报备数: of those, filed. */
    FILED,
    /** 按时报备数: of those, filed by the deadline. */
    FILED_ON_TIME,
    /** 漏报: of those, not filed although the deadline has passed. */
    UNFILED,
    /** 一次报送即齐全: of the filed, complete on the first package. */
    FIRST_TIME_COMPLETE,
    /** 要求纠正: corrections required by an opinion approved in the year. */
    CORRECTIONS_REQUESTED,
    /** 纠正完成: corrections closed in the year with the document corrected (amended, repealed or revoked). */
    CORRECTIONS_COMPLETED,
    /** 自行修改: closed in the year, the issuer amended the document. */
    CORRECTED_SELF_AMENDED,
    /** 自行废止: closed in the year, the issuer repealed the document. */
    CORRECTED_SELF_REPEALED,
    /** 提请撤销: closed in the year, the government revoked the document. */
    CORRECTED_REVOKED,
    /** 未纠正: closed in the year without a correction (e.g. the issuer's explanation was accepted). */
    CLOSED_NOT_CORRECTED
}
