package org.normdesk.domain.filing;

/** How the filing package arrived. */
public enum FilingChannel {
    ONLINE, PAPER, POST
}
