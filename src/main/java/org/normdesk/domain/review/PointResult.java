package org.normdesk.domain.review;

/** How one review point came out. */
public enum PointResult {
    /** 符合. */
    PASS,
    /** 存在问题: needs a comment saying what is wrong. */
    PROBLEM,
    /** 不适用. */
    NOT_APPLICABLE
}
