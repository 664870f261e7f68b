package org.normdesk.domain.filing;

import java.util.EnumSet;
import java.util.Set;

/** Where a filing (报送备案) stands at the bureau. */
public enum FilingState {
    /** 已收文: received, formal check pending. */
    RECEIVED,
    /** 退回补正: returned, the filer must supplement; a re-submission continues it. */
    RETURNED_FOR_CORRECTION,
    /** 不予备案: not a normative document or wrong authority. */
    REJECTED_NOT_IN_SCOPE,
    /** 已备案登记. */
    REGISTERED,
    /** 审查中. */
    UNDER_REVIEW,
    /** 审查办结 with an outcome. */
    REVIEW_CONCLUDED,
    /** 已归档. */
    CLOSED;

    public Set<FilingState> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(RETURNED_FOR_CORRECTION, REJECTED_NOT_IN_SCOPE, REGISTERED);
            case RETURNED_FOR_CORRECTION -> EnumSet.of(RECEIVED);
            case REGISTERED -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(REVIEW_CONCLUDED);
            case REVIEW_CONCLUDED -> EnumSet.of(CLOSED);
            case REJECTED_NOT_IN_SCOPE, CLOSED -> EnumSet.noneOf(FilingState.class);
        };
    }

    public boolean canMoveTo(FilingState target) {
        return next().contains(target);
    }

    /** Registered or any later state: counts as 准予备案登记 in statistics. */
    public boolean isRegistered() {
        return this == REGISTERED || this == UNDER_REVIEW || this == REVIEW_CONCLUDED || this == CLOSED;
    }
}
