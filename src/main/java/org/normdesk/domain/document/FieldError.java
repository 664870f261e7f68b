package org.normdesk.domain.document;

import org.normdesk.domain.common.DomainException;

import java.util.Objects;

/** One problem with one field of the document form. */
public record FieldError(DocumentField field, DomainException error) {
    public FieldError {
        Objects.requireNonNull(field);
        Objects.requireNonNull(error);
    }
}
