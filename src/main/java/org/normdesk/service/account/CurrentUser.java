package org.normdesk.service.account;

import org.normdesk.domain.account.AccessDeniedException;
import org.normdesk.domain.account.Principal;
import org.normdesk.domain.account.Role;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The principal every service of one workspace acts for. Services call {@link #require} before a
 * protected operation and record {@link #name()} in history and audit entries.
 */
public final class CurrentUser implements Supplier<String> {
    private volatile Principal principal;

    public CurrentUser(Principal initial) {
        this.principal = Objects.requireNonNull(initial);
    }

    /** The operating system's user with every role: the default while a register has no accounts. */
    public static CurrentUser osUser() {
        return new CurrentUser(Principal.singleUser(System.getProperty("user.name", "user")));
    }

    public Principal principal() {
        return principal;
    }

    public void signIn(Principal signedIn) {
        this.principal = Objects.requireNonNull(signedIn);
    }

    public String name() {
        return principal.userName();
    }

    /** The user name, so a CurrentUser can stand where services take a {@code Supplier<String>}. */
    @Override
    public String get() {
        return name();
    }

    /** @throws AccessDeniedException when the current principal lacks {@code role} */
    public void require(Role role, String operation) {
        Principal now = principal;
        if (!now.has(role)) {
            throw new AccessDeniedException(now.userName(), role, operation);
        }
    }
}
