package org.normdesk.domain.document;

/** How one document acts on another (立改废), and what that does to the other's status. */
public enum RelationKind {
    /** 修改: the target stays in force as amended. */
    AMENDS(LifecycleStatus.AMENDED),
    /** 废止: the target is abolished. */
    REPEALS(LifecycleStatus.REPEALED),
    /** 替代: a new document on the same matter; the old one expires (失效). */
    REPLACES(LifecycleStatus.EXPIRED),
    /** 依据: the target is a basis; no status change. */
    BASED_ON(null);

    private final LifecycleStatus targetStatus;

    RelationKind(LifecycleStatus targetStatus) {
        this.targetStatus = targetStatus;
    }

    /** The status the target moves to, or null when the relation changes nothing. */
    public LifecycleStatus targetStatus() {
        return targetStatus;
    }
}
