package org.normdesk.domain.filing;

import java.util.Objects;

/**
 * One line of a submission's materials checklist.
 *
 * @param attachmentId the stored file, if one came with it
 * @param fileName     its original name, for display
 */
public record MaterialItem(MaterialKind kind, boolean present, Long attachmentId, String fileName) {
    public MaterialItem {
        Objects.requireNonNull(kind, "kind");
        if (!present && attachmentId != null) {
            throw new IllegalArgumentException("a missing material cannot have a file");
        }
    }
}
