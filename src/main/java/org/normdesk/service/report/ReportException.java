package org.normdesk.service.report;

import org.normdesk.domain.common.DomainException;

/**
 * A printable document could not be made: a template that does not match the data, a template that cannot
 * be read, an output file that cannot be written. The message key names the problem for the user.
 */
public final class ReportException extends DomainException {
    public ReportException(String messageKey, String englishFallback, Object... args) {
        super(messageKey, englishFallback, args);
    }

    ReportException withCause(Throwable cause) {
        initCause(cause);
        return this;
    }
}
