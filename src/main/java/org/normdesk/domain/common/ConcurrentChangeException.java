package org.normdesk.domain.common;

/** Someone saved the same record after it was read here: reload before changing it again. */
public final class ConcurrentChangeException extends DomainException {
    public ConcurrentChangeException(String what, long id) {
        super("record.changedElsewhere", what + " " + id + " was changed by someone else; reload it", what, id);
    }
}
