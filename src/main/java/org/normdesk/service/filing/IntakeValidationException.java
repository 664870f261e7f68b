package org.normdesk.service.filing;

import org.normdesk.domain.common.DomainException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Problems with the intake form that are not the document's own fields; nothing was saved. */
public final class IntakeValidationException extends DomainException {
    private final Map<IntakeField, DomainException> errors;

    public IntakeValidationException(Map<IntakeField, DomainException> errors) {
        super("filing.invalid", errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().getMessage())
                .collect(Collectors.joining("; ")), errors.size());
        this.errors = Map.copyOf(errors);
    }

    public Map<IntakeField, DomainException> errors() {
        return errors;
    }

    public List<IntakeField> fields() {
        return errors.keySet().stream().sorted().toList();
    }
}
