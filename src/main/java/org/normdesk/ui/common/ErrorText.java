package org.normdesk.ui.common;

import org.normdesk.domain.common.DomainException;
import org.normdesk.service.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure of background work into one sentence in the user's language. */
public final class ErrorText {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorText.class);

    private ErrorText() {
    }

    public static String of(Throwable failure, Messages messages) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return messages.format(domain);
            }
        }
        // not the user's doing: keep the stack trace in the log, show a short sentence
        LOG.error("Unexpected failure", failure);
        String detail = failure == null ? "" : failure.getMessage() != null ? failure.getMessage()
                : failure.getClass().getSimpleName();
        return messages.format("ui.error.unexpected", detail);
    }
}
