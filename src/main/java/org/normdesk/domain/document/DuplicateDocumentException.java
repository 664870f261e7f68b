package org.normdesk.domain.document;

import org.normdesk.domain.common.DomainException;

/** The same issuing body already has a document with this (normalised) 文号. */
public final class DuplicateDocumentException extends DomainException {
    private final long existingDocumentId;

    public DuplicateDocumentException(String normalizedNumber, String issuerName, long existingDocumentId,
                                      String existingTitle) {
        super("document.number.duplicate", issuerName + " already has " + normalizedNumber + ": " + existingTitle,
                normalizedNumber, issuerName, existingTitle);
        this.existingDocumentId = existingDocumentId;
    }

    public long existingDocumentId() {
        return existingDocumentId;
    }
}
