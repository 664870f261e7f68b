package org.normdesk.store;

import org.normdesk.domain.common.DomainException;

/** The database could not be reached, opened or migrated; the message says what the user can do. */
public final class StoreException extends DomainException {
    public StoreException(String messageKey, String englishFallback, Object... args) {
        super(messageKey, englishFallback, args);
    }

    public StoreException withCause(Throwable cause) {
        initCause(cause);
        return this;
    }
}
