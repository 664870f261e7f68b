package org.normdesk.domain.review;

import java.util.EnumSet;
import java.util.Set;

/** Where a review stands: the reviewer works, a 负责人 approves the opinion (or sends it back), then it counts. */
public enum ReviewState {
    /** 审查中: checklist open. */
    IN_REVIEW,
    /** 待审批: outcome chosen, opinion drafted, waiting for the 负责人. */
    AWAITING_APPROVAL,
    /** 已审批: the opinion counts; the filing's review is concluded. */
    APPROVED;

    public Set<ReviewState> next() {
        return switch (this) {
            case IN_REVIEW -> EnumSet.of(AWAITING_APPROVAL);
            case AWAITING_APPROVAL -> EnumSet.of(IN_REVIEW, APPROVED);
            case APPROVED -> EnumSet.noneOf(ReviewState.class);
        };
    }

    public boolean canMoveTo(ReviewState target) {
        return next().contains(target);
    }
}
