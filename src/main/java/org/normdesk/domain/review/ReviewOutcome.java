package org.normdesk.domain.review;

/** 审查结论. */
public enum ReviewOutcome {
    /** 未发现问题，准予备案. */
    NO_PROBLEM,
    /** 提出建议: minor points sent as advice; no follow-up. */
    SUGGESTIONS,
    /** 纠正: the issuer must amend or repeal it itself and report back. */
    CORRECTION_REQUIRED,
    /** 建议撤销: the government is asked to revoke it; followed up like a correction. */
    RECOMMEND_REVOCATION;

    /** Opens a correction follow-up once the opinion is approved. */
    public boolean needsCorrection() {
        return this == CORRECTION_REQUIRED || this == RECOMMEND_REVOCATION;
    }

    /** Whether problem points are expected: suggestions and corrections must name at least one. */
    public boolean needsProblems() {
        return this != NO_PROBLEM;
    }
}
