package org.normdesk.domain.account;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is working: the signed-in account, or — while a register has no accounts yet — the operating
 * system's user holding every role (a single-user register needs no sign-in).
 */
public record Principal(String userName, String displayName, Set<Role> roles) {
    public Principal {
        Objects.requireNonNull(userName);
        displayName = displayName == null || displayName.isBlank() ? userName : displayName;
        // in the enum's order, so lists of roles read the same every time
        roles = roles.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** The single-user principal used until the register has accounts. */
    public static Principal singleUser(String osUserName) {
        return new Principal(osUserName, osUserName, EnumSet.allOf(Role.class));
    }

    /** Nobody: a register with accounts before anyone has signed in. It holds no role, so every write is refused. */
    public static Principal signedOut() {
        return new Principal("-", "-", Set.of());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
