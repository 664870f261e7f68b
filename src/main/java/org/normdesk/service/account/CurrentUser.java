package org.normdesk.service.account;

import org.normdesk.domain.account.AccessDeniedException;
import org.normdesk.domain.account.Principal;
import org.normdesk.domain.account.Role;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The principal every service of one workspace acts for. Services call {@link #require} before a
 * protected operation and record {@link #name()} in history and audit entries.
 * <p>
 * It is in one of three states: the single user (a register without accounts: every role, no sign-in),
 * signed out (the register has accounts and nobody has signed in: no role), or an account signed in.
 */
public final class CurrentUser implements Supplier<String> {
    private volatile Principal principal;
    private volatile boolean singleUser;
    private volatile boolean signedIn;

    /** Acts for {@code initial} as if it had signed in (tests, and a principal chosen by the caller). */
    public CurrentUser(Principal initial) {
        this.principal = Objects.requireNonNull(initial);
        this.signedIn = true;
    }

    /** The single user named {@code userName} with every role: the default while a register has no accounts. */
    public static CurrentUser singleUser(String userName) {
        CurrentUser user = new CurrentUser(Principal.singleUser(userName));
        user.singleUser = true;
        user.signedIn = false;
        return user;
    }

    /** The operating system's user with every role. */
    public static CurrentUser osUser() {
        return singleUser(System.getProperty("user.name", "user"));
    }

    /**
     * The user behind a service's {@code Supplier<String>}: itself when it is a CurrentUser, else the single user
     * of that name (services built by tests and tools with a plain name act with every role).
     */
    public static CurrentUser of(Supplier<String> user) {
        return user instanceof CurrentUser current ? current : singleUser(user.get());
    }

    public Principal principal() {
        return principal;
    }

    public void signIn(Principal signedInPrincipal) {
        this.principal = Objects.requireNonNull(signedInPrincipal);
        this.singleUser = false;
        this.signedIn = true;
    }

    /** Until someone signs in, nothing may be changed. */
    public void signOut() {
        this.principal = Principal.signedOut();
        this.singleUser = false;
        this.signedIn = false;
    }

    /** True while the register has no accounts and this is the all-roles single user. */
    public boolean isSingleUser() {
        return singleUser;
    }

    /** True when an account (or a principal given by the caller) acts; false for the single user and signed out. */
    public boolean isSignedIn() {
        return signedIn;
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
            throw !singleUser && !signedIn ? AccessDeniedException.signInRequired(role, operation)
                    : new AccessDeniedException(now.userName(), role, operation);
        }
    }

    /** For writes open to every role (a saved view): refuses only while nobody is signed in. */
    public void requireAnyone(String operation) {
        if (!singleUser && !signedIn) {
            throw AccessDeniedException.signInRequired(null, operation);
        }
    }
}
