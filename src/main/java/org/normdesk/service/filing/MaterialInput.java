package org.normdesk.service.filing;

import org.normdesk.domain.filing.MaterialKind;

import java.nio.file.Path;

/** One checklist line as the clerk ticks it; {@code file} is the scanned or electronic copy, if any. */
public record MaterialInput(MaterialKind kind, boolean present, Path file) {
    public static MaterialInput present(MaterialKind kind) {
        return new MaterialInput(kind, true, null);
    }
}
