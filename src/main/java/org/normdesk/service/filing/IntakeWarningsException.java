package org.normdesk.service.filing;

import org.normdesk.domain.common.DomainException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Things a clerk should look at before saving (a receipt dated on a holiday, a very similar title from the
 * same body this year). Nothing was saved; saving again with the warnings acknowledged goes through.
 */
public final class IntakeWarningsException extends DomainException {
    private final List<DomainException> warnings;

    public IntakeWarningsException(List<DomainException> warnings) {
        super("filing.warnings", warnings.stream().map(DomainException::getMessage).collect(Collectors.joining("; ")),
                warnings.size());
        this.warnings = List.copyOf(warnings);
    }

    public List<DomainException> warnings() {
        return warnings;
    }
}
