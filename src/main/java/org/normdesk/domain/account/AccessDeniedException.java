package org.normdesk.domain.account;

import org.normdesk.domain.common.DomainException;

/** The signed-in user lacks the role an operation needs; checked in the service layer, not only by hiding buttons. */
public final class AccessDeniedException extends DomainException {
    private final Role needed;

    public AccessDeniedException(String userName, Role needed, String operation) {
        super("access.denied", userName + " may not " + operation + " (needs role " + needed + ")",
                userName, needed, operation);
        this.needed = needed;
    }

    private AccessDeniedException(Role needed, String operation) {
        super("access.signInRequired", "Sign in to " + operation + ": this register has accounts", operation);
        this.needed = needed;
    }

    /** Nobody is signed in on a register that has accounts. */
    public static AccessDeniedException signInRequired(Role needed, String operation) {
        return new AccessDeniedException(needed, operation);
    }

    /** The role that was missing; null when any signed-in user would do. */
    public Role needed() {
        return needed;
    }
}
