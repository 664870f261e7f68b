package org.normdesk.domain.document;

import org.normdesk.domain.common.DomainException;

/** A status change the lifecycle does not allow; nothing is changed when it is thrown. */
public final class IllegalTransitionException extends DomainException {
    private final LifecycleStatus from;
    private final LifecycleStatus to;

    public IllegalTransitionException(LifecycleStatus from, LifecycleStatus to) {
        super("status.transition.refused",
                "A document that is " + from + " cannot become " + to + "; allowed: " + from.next(), from, to);
        this.from = from;
        this.to = to;
    }

    public LifecycleStatus from() {
        return from;
    }

    public LifecycleStatus to() {
        return to;
    }
}
