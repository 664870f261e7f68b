package org.normdesk.domain.filing;

import org.normdesk.domain.common.DomainException;

/** The document already has a filing in progress or registered; re-submissions go through that filing. */
public final class DuplicateFilingException extends DomainException {
    private final long existingFilingId;

    public DuplicateFilingException(String title, long existingFilingId, FilingState state) {
        super("filing.duplicate", "《" + title + "》 is already filed (filing #" + existingFilingId + ", " + state + ")",
                title, existingFilingId, state);
        this.existingFilingId = existingFilingId;
    }

    public long existingFilingId() {
        return existingFilingId;
    }
}
