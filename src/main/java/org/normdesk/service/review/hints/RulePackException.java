package org.normdesk.service.review.hints;

import org.normdesk.domain.common.DomainException;

/** A rule pack that cannot be used: it names the file and line, and the pack in use stays. */
public final class RulePackException extends DomainException {
    public RulePackException(String source, int line, String detail) {
        super("review.rules.invalid", source + " line " + line + ": " + detail, source, line, detail);
    }
}
