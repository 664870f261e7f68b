package org.normdesk.domain.document;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a document stands in its life (立改废). The allowed moves are the whole rule: anything not
 * listed in {@link #next()} is refused.
 */
public enum LifecycleStatus {
    /** 尚未施行: published, effective date still ahead. */
    NOT_YET_EFFECTIVE,
    /** 现行有效. */
    VALID,
    /** 已修改: amended, still in force; may be amended again. */
    AMENDED,
    /** 已失效: validity ended, superseded, or declared expired in a cleanup. */
    EXPIRED,
    /** 已废止: abolished by a named document or a cleanup decision. */
    REPEALED,
    /** 已撤销: cancelled by the reviewing government after a failed correction. */
    REVOKED;

    public Set<LifecycleStatus> next() {
        return switch (this) {
            case NOT_YET_EFFECTIVE -> EnumSet.of(VALID, AMENDED, EXPIRED, REPEALED, REVOKED);
            case VALID -> EnumSet.of(AMENDED, EXPIRED, REPEALED, REVOKED);
            case AMENDED -> EnumSet.of(AMENDED, EXPIRED, REPEALED, REVOKED);
            // a lost document never comes back: re-adoption is a new document with a new number
            case EXPIRED, REPEALED, REVOKED -> EnumSet.noneOf(LifecycleStatus.class);
        };
    }

    public boolean canMoveTo(LifecycleStatus target) {
        return next().contains(target);
    }

    /** In force means the document binds today: valid or amended. */
    public boolean isInForce() {
        return this == VALID || this == AMENDED;
    }

    public boolean isTerminal() {
        return next().isEmpty();
    }
}
