package org.normdesk.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One entry of the audit trail: who did what to which record, with the record before and after (as JSON).
 *
 * @param prevHash the previous entry's hash (64 zeros for the first)
 * @param hash     SHA-256 over {@code prevHash} and every other field, see {@link #computeHash}
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String entity, Long entityId,
                         String beforeJson, String afterJson, String prevHash, String hash) {
    public static final String GENESIS = "0".repeat(64);

    public AuditEntry {
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(action);
        Objects.requireNonNull(entity);
        Objects.requireNonNull(prevHash);
    }

    /** A new entry that follows {@code prevHash} at position {@code seq}, hash computed. */
    public static AuditEntry next(long seq, String prevHash, Instant at, String actor, String action, String entity,
                                  Long entityId, String beforeJson, String afterJson) {
        AuditEntry unsealed = new AuditEntry(seq, at, actor, action, entity, entityId, beforeJson, afterJson, prevHash, "");
        return new AuditEntry(seq, at, actor, action, entity, entityId, beforeJson, afterJson, prevHash,
                unsealed.computeHash());
    }

    /** The hash this entry must carry; fields are separated by a unit separator that JSON text never contains raw. */
    public String computeHash() {
        String canonical = String.join("\u001f", String.valueOf(seq), occurredAt.toString(), actor, action, entity,
                String.valueOf(entityId), String.valueOf(beforeJson), String.valueOf(afterJson), prevHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public boolean sealedCorrectly() {
        return hash.equals(computeHash());
    }
}
