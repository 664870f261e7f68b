package org.normdesk.service.account;

import org.normdesk.domain.account.Account;
import org.normdesk.domain.account.AccountRules;
import org.normdesk.domain.account.Principal;
import org.normdesk.domain.account.Role;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.service.audit.AuditService;
import org.normdesk.store.AccountStore;
import org.normdesk.store.Database;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Local accounts (用户管理) and sign-in. A register starts single-user; creating the first account (which must be an
 * administrator) turns sign-in on for everyone who opens it from then on. Every change is audited; the password hash
 * never leaves this class and the store.
 */
public final class AccountService {
    private static final String ENTITY = "account";

    private final Database db;
    private final AccountStore store;
    private final AuditService audit;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final AccountRules rules;
    private final PasswordHasher hasher;
    /** A wrong user name costs as much time as a wrong password, so timing does not tell which names exist. */
    private volatile String decoyHash;

    public AccountService(Database db, Clock clock, CurrentUser currentUser) {
        this(db, clock, currentUser, AccountRules.DEFAULT, PasswordHasher.DEFAULT);
    }

    public AccountService(Database db, Clock clock, CurrentUser currentUser, AccountRules rules, PasswordHasher hasher) {
        this.db = db;
        this.store = new AccountStore(db);
        this.audit = new AuditService(db, clock, currentUser);
        this.clock = clock;
        this.currentUser = currentUser;
        this.rules = rules;
        this.hasher = hasher;
    }

    /** True once the register has an account: then nothing may be changed without signing in. */
    public boolean signInRequired() {
        return store.any();
    }

    public AccountRules rules() {
        return rules;
    }

    /** Every account, by user name. */
    public List<Account> list() {
        currentUser.require(Role.ADMIN, "list the accounts");
        return store.all();
    }

    /**
     * Creates an account. The first one must hold {@link Role#ADMIN}; creating it turns sign-in on, and the single
     * user who created it continues as that administrator.
     */
    public Account create(String userName, String displayName, Set<Role> roles, char[] password) {
        currentUser.require(Role.ADMIN, "create an account");
        String name = AccountRules.checkUserName(userName);
        String shown = AccountRules.checkDisplayName(displayName, name);
        AccountRules.checkRoles(roles);
        rules.checkPassword(password);
        String hash = hasher.hash(password);
        Account created = db.transaction(() -> {
            boolean first = !store.any();
            if (first && !roles.contains(Role.ADMIN)) {
                throw new DomainException("account.first.mustBeAdmin",
                        "The first account must be an administrator: it is the one who can create the others");
            }
            if (store.byName(name).isPresent()) {
                throw new DomainException("account.name.taken", "There is already a user named " + name, name);
            }
            Account account = store.insert(name, shown, roles, hash, clock.instant());
            audit.record(first ? "account.create.first" : "account.create", ENTITY, account.id(), null, account);
            return account;
        });
        if (currentUser.isSingleUser()) {
            currentUser.signIn(created.principal());
        }
        return created;
    }

    /** An administrator sets anyone's password; every user may set their own. Clears a lock-out. */
    public Account changePassword(String userName, char[] newPassword) {
        Account account = find(userName);
        boolean own = currentUser.isSignedIn() && AccountRules.key(currentUser.name()).equals(AccountRules.key(account.userName()));
        if (!own) {
            currentUser.require(Role.ADMIN, "change another user's password");
        }
        rules.checkPassword(newPassword);
        String hash = hasher.hash(newPassword);
        return db.transaction(() -> {
            Account current = find(userName);
            Account changed = store.setPasswordHash(current, hash, clock.instant());
            // the hash is no one's business, not even the audit trail's: only that it changed
            audit.record("account.password", ENTITY, changed.id(), null, "password changed");
            return changed;
        });
    }

    /** @throws DomainException account.lastAdmin when this would leave no active administrator */
    public Account setRoles(String userName, Set<Role> roles) {
        currentUser.require(Role.ADMIN, "change roles");
        AccountRules.checkRoles(roles);
        return db.transaction(() -> {
            Account before = find(userName);
            if (before.active() && before.has(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
                refuseLastAdmin(before);
            }
            Account after = store.setRoles(before, roles, clock.instant());
            audit.record("account.roles", ENTITY, after.id(), before, after);
            return after;
        });
    }

    /** The account can no longer sign in; its name stays taken and its history stays attributed. */
    public Account deactivate(String userName) {
        currentUser.require(Role.ADMIN, "deactivate an account");
        return db.transaction(() -> {
            Account before = find(userName);
            if (before.active() && before.has(Role.ADMIN)) {
                refuseLastAdmin(before);
            }
            Account after = store.setActive(before, false, clock.instant());
            audit.record("account.deactivate", ENTITY, after.id(), before, after);
            return after;
        });
    }

    /** Lets the account sign in again: clears a lock-out and reactivates it. */
    public Account unlock(String userName) {
        currentUser.require(Role.ADMIN, "unlock an account");
        return db.transaction(() -> {
            Account before = find(userName);
            Account after = store.setActive(store.unlock(before, clock.instant()), true, clock.instant());
            audit.record("account.unlock", ENTITY, after.id(), before, after);
            return after;
        });
    }

    /**
     * Checks the password and signs the workspace's user in. A wrong password counts; after
     * {@link AccountRules#maxFailedAttempts()} in a row the account is locked for {@link AccountRules#lockout()}.
     *
     * @throws DomainException account.signIn.failed (unknown name or wrong password alike), account.locked,
     *                         account.inactive
     */
    public Principal authenticate(String userName, char[] typed) {
        char[] password = typed == null ? new char[0] : typed;
        String name = userName == null ? "" : userName.strip();
        Instant now = clock.instant();
        var found = store.byName(name);
        if (found.isEmpty()) {
            hasher.matches(password, decoyHash());
            throw signInFailed(name);
        }
        Account account = found.get();
        if (!account.active()) {
            throw new DomainException("account.inactive", "The account " + account.userName() + " is deactivated",
                    account.userName());
        }
        if (account.lockedAt(now)) {
            throw locked(account);
        }
        boolean right = hasher.matches(password, store.passwordHash(account.id()));
        // the outcome is written in its own transaction, kept even though a failure ends in an exception
        Account after = db.transaction(() -> {
            Account current = store.byNameForUpdate(name).orElseThrow();
            if (right) {
                Account reset = current.failedAttempts() == 0 && current.lockedUntil() == null ? current
                        : store.unlock(current, now);
                audit.recordAs(current.userName(), "account.signIn", ENTITY, current.id(), null, null);
                return reset;
            }
            int failures = current.failedAttempts() + 1;
            boolean lockNow = failures >= rules.maxFailedAttempts();
            Account failed = store.recordFailure(current, lockNow ? 0 : failures,
                    lockNow ? now.plus(rules.lockout()) : null, now);
            audit.recordAs(current.userName(), lockNow ? "account.lockedOut" : "account.signInFailed", ENTITY,
                    current.id(), null, failures + " failed");
            return failed;
        });
        if (!right) {
            throw after.lockedAt(now) ? locked(after) : signInFailed(name);
        }
        currentUser.signIn(after.principal());
        return after.principal();
    }

    /** Leaves the workspace signed out (when the register has accounts) or single-user (when it has none). */
    public void signOut() {
        if (store.any()) {
            currentUser.signOut();
        }
    }

    /** Made when first needed: opening a workspace should not cost a hash. */
    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy-password".toCharArray());
        }
        return decoyHash;
    }

    private Account find(String userName) {
        return store.byName(userName == null ? "" : userName).orElseThrow(() -> new NotFoundException("account", userName));
    }

    private void refuseLastAdmin(Account account) {
        if (store.countActiveWith(Role.ADMIN) <= 1) {
            throw new DomainException("account.lastAdmin",
                    account.userName() + " is the last active administrator; make another one first", account.userName());
        }
    }

    private static DomainException signInFailed(String name) {
        return new DomainException("account.signIn.failed", "Wrong user name or password for " + name, name);
    }

    private DomainException locked(Account account) {
        return new DomainException("account.locked", "The account " + account.userName() + " is locked until "
                + account.lockedUntil() + " after " + rules.maxFailedAttempts() + " wrong passwords",
                account.userName(), java.util.Date.from(account.lockedUntil()), rules.maxFailedAttempts());
    }
}
