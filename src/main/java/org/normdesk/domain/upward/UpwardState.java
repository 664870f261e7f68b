package org.normdesk.domain.upward;

import java.util.EnumSet;
import java.util.Set;

/** Where one upward filing stands with its destination. */
public enum UpwardState {
    /** 待报送. */
    TO_PREPARE,
    /** 已报送. */
    SENT,
    /** 已回执/已备案. */
    ACKNOWLEDGED,
    /** 退回补正. */
    RETURNED,
    /** 补正后重新报送. */
    RESENT;

    public Set<UpwardState> next() {
        return switch (this) {
            case TO_PREPARE -> EnumSet.of(SENT);
            case SENT, RESENT -> EnumSet.of(ACKNOWLEDGED, RETURNED);
            case RETURNED -> EnumSet.of(RESENT);
            case ACKNOWLEDGED -> EnumSet.noneOf(UpwardState.class);
        };
    }

    public boolean canMoveTo(UpwardState target) {
        return next().contains(target);
    }

    public boolean sent() {
        return this != TO_PREPARE;
    }
}
