package org.normdesk.domain.issuer;

import org.normdesk.domain.common.DomainException;

import java.util.Objects;

/**
 * A body that issues, files or receives documents (制定机关 / 报备单位).
 *
 * @param id     null until stored
 * @param code   机关代字 as used in 文号 (濮政办), nullable
 */
public record Issuer(Long id, String name, String code, OrgLevel level, OrgKind kind, Long parentId) {
    public Issuer {
        if (name == null || name.isBlank()) {
            throw new DomainException("issuer.name.blank", "The issuing body needs a name");
        }
        name = name.strip();
        code = code == null || code.isBlank() ? null : code.strip();
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
    }

    public Issuer withId(long newId) {
        return new Issuer(newId, name, code, level, kind, parentId);
    }
}
