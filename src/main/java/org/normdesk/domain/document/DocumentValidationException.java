package org.normdesk.domain.document;

import org.normdesk.domain.common.DomainException;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in one submitted document form, all at once so the user can fix them together. */
public final class DocumentValidationException extends DomainException {
    private final List<FieldError> errors;

    public DocumentValidationException(List<FieldError> errors) {
        super("document.invalid", errors.stream()
                .map(e -> e.field() + ": " + e.error().getMessage())
                .collect(Collectors.joining("; ")), errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
