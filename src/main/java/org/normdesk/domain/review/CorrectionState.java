package org.normdesk.domain.review;

/** 纠错 follow-up. */
public enum CorrectionState {
    /** 待反馈. */
    AWAITING_FEEDBACK,
    /** 已反馈: the filing unit reported back; the corrective document may be linked. */
    FEEDBACK_RECEIVED,
    /** 已办结. */
    CLOSED
}
