package org.normdesk.domain.common;

import java.util.Arrays;
import java.util.Objects;

/**
 * An error a user can cause (bad input, a refused transition, a duplicate). It carries a message key
 * from the {@code messages} bundle and the offending values, so the GUI and the CLI can say it in the
 * user's language; {@link #getMessage()} is an English fallback for logs.
 */
public class DomainException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public DomainException(String messageKey, String englishFallback, Object... args) {
        super(englishFallback);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + messageKey + " " + Arrays.toString(args) + "]: " + getMessage();
    }
}
