package org.normdesk.domain.account;

import org.normdesk.domain.common.DomainException;

/** The signed-in user lacks the role an operation needs; checked in the service layer, not only by hiding buttons. */
public final class AccessDeniedException extends DomainException {
    private final Role needed;

    public AccessDeniedException(String userName, Role needed, String operation) {
        super("access.denied", userName + " may not " + operation + " (needs role " + needed + ")",
                userName, needed.name(), operation);
        this.needed = needed;
    }

    public Role needed() {
        return needed;
    }
}
