package org.normdesk.domain.common;

/** A record the user referred to does not exist (any more). */
public final class NotFoundException extends DomainException {
    public NotFoundException(String what, Object id) {
        super("record.notFound", what + " " + id + " does not exist", what, id);
    }
}
