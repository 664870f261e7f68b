package org.normdesk.store;

import org.normdesk.domain.account.Account;
import org.normdesk.domain.account.AccountRules;
import org.normdesk.domain.account.Role;
import org.normdesk.domain.common.ConcurrentChangeException;
import org.normdesk.store.jooq.tables.records.UserAccountRecord;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.normdesk.store.jooq.Tables.USER_ACCOUNT;

/** Local accounts; names are looked up regardless of case. The hash is handed out only by {@link #passwordHash}. */
public final class AccountStore {
    private final Database db;

    public AccountStore(Database db) {
        this.db = db;
    }

    public boolean any() {
        return db.dsl().fetchExists(USER_ACCOUNT);
    }

    public Account insert(String userName, String displayName, Set<Role> roles, String passwordHash, Instant now) {
        UserAccountRecord r = db.dsl().newRecord(USER_ACCOUNT);
        r.setUserName(userName);
        r.setUserKey(AccountRules.key(userName));
        r.setDisplayName(displayName);
        r.setRoles(roles(roles));
        r.setPasswordHash(passwordHash);
        r.setFailedAttempts(0);
        r.setActive(true);
        r.setCreatedAt(DocumentStore.utc(now));
        r.setChangedAt(DocumentStore.utc(now));
        r.setVersion(0);
        r.store();
        return toDomain(r);
    }

    public Optional<Account> byName(String userName) {
        return db.dsl().selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.USER_KEY.eq(AccountRules.key(userName)))
                .fetchOptional().map(AccountStore::toDomain);
    }

    /** Locks the row until the transaction ends, so two failed sign-ins at once both count. */
    public Optional<Account> byNameForUpdate(String userName) {
        return db.dsl().selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.USER_KEY.eq(AccountRules.key(userName)))
                .forUpdate().fetchOptional().map(AccountStore::toDomain);
    }

    public String passwordHash(long id) {
        return db.dsl().select(USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id))
                .fetchSingle(USER_ACCOUNT.PASSWORD_HASH);
    }

    /** By user name. */
    public List<Account> all() {
        return db.dsl().selectFrom(USER_ACCOUNT).orderBy(USER_ACCOUNT.USER_KEY).fetch(AccountStore::toDomain);
    }

    /** Active accounts holding {@code role}. */
    public int countActiveWith(Role role) {
        return (int) all().stream().filter(a -> a.active() && a.has(role)).count();
    }

    public Account setRoles(Account account, Set<Role> roles, Instant now) {
        return update(account, now, r -> r.setRoles(roles(roles)));
    }

    public Account setPasswordHash(Account account, String hash, Instant now) {
        return update(account, now, r -> {
            r.setPasswordHash(hash);
            r.setFailedAttempts(0);
            r.setLockedUntil(null);
        });
    }

    public Account setActive(Account account, boolean active, Instant now) {
        return update(account, now, r -> r.setActive(active));
    }

    /** Clears a lock-out and the count of failures. */
    public Account unlock(Account account, Instant now) {
        return update(account, now, r -> {
            r.setFailedAttempts(0);
            r.setLockedUntil(null);
        });
    }

    /** Records a failed sign-in; {@code lockedUntil} is null while the account stays open. */
    public Account recordFailure(Account account, int failedAttempts, Instant lockedUntil, Instant now) {
        return update(account, now, r -> {
            r.setFailedAttempts(failedAttempts);
            r.setLockedUntil(lockedUntil == null ? null : DocumentStore.utc(lockedUntil));
        });
    }

    private Account update(Account account, Instant now, java.util.function.Consumer<UserAccountRecord> change) {
        UserAccountRecord r = db.dsl().selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.eq(account.id()), USER_ACCOUNT.VERSION.eq(account.version())).fetchOne();
        if (r == null) {
            throw new ConcurrentChangeException("account", account.id());
        }
        change.accept(r);
        r.setChangedAt(DocumentStore.utc(now));
        r.setVersion(r.getVersion() + 1);
        r.store();
        return toDomain(r);
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Account toDomain(UserAccountRecord r) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(r.getRoles().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> roles.add(Role.valueOf(s)));
        return new Account(r.getId(), r.getUserName(), r.getDisplayName(), roles, r.getActive(), r.getFailedAttempts(),
                r.getLockedUntil() == null ? null : r.getLockedUntil().toInstant(), r.getCreatedAt().toInstant(),
                r.getChangedAt().toInstant(), r.getVersion());
    }
}
