package org.normdesk.domain.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A local user of the register. The password hash is deliberately not part of it, so an account can be shown,
 * logged and written to the audit trail without ever carrying the hash.
 *
 * @param lockedUntil set after too many failed sign-ins; the account cannot sign in before then
 */
public record Account(long id, String userName, String displayName, Set<Role> roles, boolean active,
                      int failedAttempts, Instant lockedUntil, Instant createdAt, Instant changedAt, int version) {
    public Account {
        Objects.requireNonNull(userName);
        Objects.requireNonNull(displayName);
        // in the enum's order, so lists of roles read the same every time
        roles = roles.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The principal services check once this account has signed in. */
    public Principal principal() {
        return new Principal(userName, displayName, roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
