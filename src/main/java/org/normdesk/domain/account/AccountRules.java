package org.normdesk.domain.account;

import org.normdesk.domain.common.DomainException;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * What makes a user name, a password and a set of roles acceptable, and how sign-in failures are punished.
 *
 * @param maxFailedAttempts wrong passwords in a row that lock an account
 * @param lockout           how long such an account stays locked
 */
public record AccountRules(int maxFailedAttempts, Duration lockout, int minPasswordLength) {
    /** Five tries, then a quarter of an hour: enough for typos, too slow for guessing. */
    public static final AccountRules DEFAULT = new AccountRules(5, Duration.ofMinutes(15), 8);
    public static final int MAX_NAME_LENGTH = 60;
    public static final int MAX_DISPLAY_NAME_LENGTH = 100;
    /** Argon2 hashes whatever it is given, but a pasted book is not a password and would only cost time. */
    public static final int MAX_PASSWORD_LENGTH = 200;

    public AccountRules {
        if (maxFailedAttempts < 1 || lockout.isNegative() || lockout.isZero() || minPasswordLength < 1) {
            throw new IllegalArgumentException("unusable account rules");
        }
    }

    /** The name as stored: trimmed; letters of any script, digits, '.', '_' and '-' only. */
    public static String checkUserName(String userName) {
        String name = userName == null ? "" : userName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH
                || !name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
            throw new DomainException("account.name.invalid",
                    "A user name has 1 to " + MAX_NAME_LENGTH + " letters, digits, '.', '_' or '-': " + name, name,
                    MAX_NAME_LENGTH);
        }
        return name;
    }

    /** Names are unique regardless of case: Zhang and zhang are one user. */
    public static String key(String userName) {
        return userName.strip().toLowerCase(Locale.ROOT);
    }

    public static String checkDisplayName(String displayName, String userName) {
        String shown = displayName == null || displayName.isBlank() ? userName : displayName.strip();
        if (shown.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new DomainException("account.displayName.tooLong",
                    "A display name has at most " + MAX_DISPLAY_NAME_LENGTH + " characters", MAX_DISPLAY_NAME_LENGTH);
        }
        return shown;
    }

    public void checkPassword(char[] password) {
        int length = password == null ? 0 : password.length;
        if (length < minPasswordLength) {
            throw new DomainException("account.password.tooShort",
                    "A password has at least " + minPasswordLength + " characters", minPasswordLength);
        }
        if (length > MAX_PASSWORD_LENGTH) {
            throw new DomainException("account.password.tooLong",
                    "A password has at most " + MAX_PASSWORD_LENGTH + " characters", MAX_PASSWORD_LENGTH);
        }
    }

    public static Set<Role> checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("account.roles.empty", "An account needs at least one role");
        }
        return roles;
    }
}
