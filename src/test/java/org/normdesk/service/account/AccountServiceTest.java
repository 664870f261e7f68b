package org.normdesk.service.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.account.AccessDeniedException;
import org.normdesk.domain.account.Account;
import org.normdesk.domain.account.Role;
import org.normdesk.domain.audit.AuditEntry;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Workspace;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts on a real database: the first administrator, Argon2id hashes, lock-out, and sign-in turning on. */
class AccountServiceTest {
    private static final char[] ADMIN_PASSWORD = "管理员的密码2020".toCharArray();

    @TempDir
    Path tempDir;

    private final MovingClock clock = new MovingClock();

    /** A clock the test moves forward past a lock-out. */
    private static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2020-03-02T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private Workspace open(DatabaseConfig config) {
        return Workspace.open(config, tempDir.resolve("attachments"), null, clock, CurrentUser.singleUser("张三"));
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_first_account_must_be_an_administrator_and_turns_sign_in_on(DatabaseKind kind) {
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        try (Workspace ws = open(config)) {
            assertFalse(ws.accounts().signInRequired());
            DomainException notAdmin = assertThrows(DomainException.class, () -> ws.accounts().create("lisi", "李四",
                    EnumSet.of(Role.REGISTRAR), "登记员的密码123".toCharArray()));
            assertEquals("account.first.mustBeAdmin", notAdmin.messageKey());
            assertFalse(ws.accounts().signInRequired(), "nothing was created");

            Account admin = ws.accounts().create("admin", "王管理", EnumSet.of(Role.ADMIN, Role.REGISTRAR), ADMIN_PASSWORD);
            assertTrue(ws.accounts().signInRequired());
            assertEquals("admin", ws.currentUser().name(), "the single user who made it goes on as the administrator");
            assertEquals(Set.of(Role.ADMIN, Role.REGISTRAR), admin.roles());
            List<AuditEntry> history = ws.audit().history("account", admin.id());
            assertEquals("account.create.first", history.get(0).action());
            assertEquals("张三", history.get(0).actor());
            assertFalse(history.get(0).afterJson().contains("argon2"), "the hash stays out of the trail");
        }
        try (Workspace again = open(config)) {
            assertFalse(again.currentUser().isSingleUser());
            AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> again.register()
                    .addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null)));
            assertEquals("access.signInRequired", refused.messageKey());
            assertEquals(0, again.register().issuers().size(), "reading needs no sign-in, writing does");

            again.accounts().authenticate("ADMIN", ADMIN_PASSWORD);
            assertEquals("admin", again.currentUser().name(), "names are matched regardless of case");
            again.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            assertTrue(again.audit().verify().intact());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void passwords_are_stored_as_salted_argon2id_hashes(DatabaseKind kind) throws Exception {
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        try (Workspace ws = open(config)) {
            ws.accounts().create("admin", null, EnumSet.of(Role.ADMIN), ADMIN_PASSWORD);
            ws.accounts().create("lisi", "李四", EnumSet.of(Role.REGISTRAR), ADMIN_PASSWORD);
        }
        List<String> hashes = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             ResultSet rs = c.createStatement().executeQuery("select password_hash from user_account order by id")) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        }
        assertEquals(2, hashes.size());
        for (String hash : hashes) {
            assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
            assertFalse(hash.contains(new String(ADMIN_PASSWORD)));
        }
        assertNotEquals(hashes.get(0), hashes.get(1), "the same password gets a different salt");
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void wrong_passwords_lock_the_account_for_a_while_and_an_administrator_can_unlock_it(DatabaseKind kind) {
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        long lisiId;
        try (Workspace ws = open(config)) {
            ws.accounts().create("admin", null, EnumSet.of(Role.ADMIN), ADMIN_PASSWORD);
            lisiId = ws.accounts().create("lisi", "李四", EnumSet.of(Role.REGISTRAR), "登记员的密码123".toCharArray()).id();
        }
        try (Workspace ws = open(config)) {
            int allowed = ws.accounts().rules().maxFailedAttempts();
            for (int i = 1; i < allowed; i++) {
                DomainException wrong = assertThrows(DomainException.class,
                        () -> ws.accounts().authenticate("lisi", "猜的密码".toCharArray()));
                assertEquals("account.signIn.failed", wrong.messageKey());
            }
            DomainException locked = assertThrows(DomainException.class,
                    () -> ws.accounts().authenticate("lisi", "猜的密码".toCharArray()));
            assertEquals("account.locked", locked.messageKey(), "the " + allowed + "th wrong password locks");
            DomainException stillLocked = assertThrows(DomainException.class,
                    () -> ws.accounts().authenticate("lisi", "登记员的密码123".toCharArray()));
            assertEquals("account.locked", stillLocked.messageKey(), "even the right password waits");
            assertFalse(ws.currentUser().isSignedIn());

            clock.advance(ws.accounts().rules().lockout().plus(Duration.ofSeconds(1)));
            ws.accounts().authenticate("lisi", "登记员的密码123".toCharArray());
            assertEquals("lisi", ws.currentUser().name());

            // locked again, then unlocked by the administrator before the time is up
            for (int i = 0; i < allowed; i++) {
                assertThrows(DomainException.class, () -> ws.accounts().authenticate("lisi", "x".repeat(9).toCharArray()));
            }
            ws.accounts().authenticate("admin", ADMIN_PASSWORD);
            ws.accounts().unlock("lisi");
            ws.accounts().authenticate("lisi", "登记员的密码123".toCharArray());
            assertEquals("lisi", ws.currentUser().name());

            List<String> actions = ws.audit().history("account", lisiId).stream().map(AuditEntry::action).toList();
            assertTrue(actions.contains("account.lockedOut"), actions.toString());
            assertTrue(actions.contains("account.unlock"), actions.toString());
            assertEquals(2L * (allowed - 1), actions.stream().filter("account.signInFailed"::equals).count(),
                    actions.toString());
            assertTrue(ws.audit().verify().intact());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void an_unknown_name_and_a_wrong_password_get_the_same_answer(DatabaseKind kind) {
        try (Workspace ws = open(TestDatabases.fresh(kind, tempDir))) {
            ws.accounts().create("admin", null, EnumSet.of(Role.ADMIN), ADMIN_PASSWORD);
            DomainException unknown = assertThrows(DomainException.class,
                    () -> ws.accounts().authenticate("nobody", ADMIN_PASSWORD));
            DomainException wrong = assertThrows(DomainException.class,
                    () -> ws.accounts().authenticate("admin", "wrong-password".toCharArray()));
            assertEquals(unknown.messageKey(), wrong.messageKey());
        }
    }

    @Test
    void bad_names_passwords_and_roles_are_refused_before_anything_is_written() {
        try (Workspace ws = open(TestDatabases.fresh(DatabaseKind.H2, tempDir))) {
            AccountService accounts = ws.accounts();
            assertEquals("account.name.invalid", assertThrows(DomainException.class,
                    () -> accounts.create("with space", null, EnumSet.of(Role.ADMIN), ADMIN_PASSWORD)).messageKey());
            assertEquals("account.name.invalid", assertThrows(DomainException.class,
                    () -> accounts.create("  ", null, EnumSet.of(Role.ADMIN), ADMIN_PASSWORD)).messageKey());
            assertEquals("account.password.tooShort", assertThrows(DomainException.class,
                    () -> accounts.create("admin", null, EnumSet.of(Role.ADMIN), "short".toCharArray())).messageKey());
            assertEquals("account.roles.empty", assertThrows(DomainException.class,
                    () -> accounts.create("admin", null, EnumSet.noneOf(Role.class), ADMIN_PASSWORD)).messageKey());
            assertFalse(accounts.signInRequired());
            assertEquals(0, ws.audit().count());

            accounts.create("王五", null, EnumSet.of(Role.ADMIN), ADMIN_PASSWORD);
            assertEquals("account.name.taken", assertThrows(DomainException.class,
                    () -> accounts.create("王五", null, EnumSet.of(Role.REVIEWER), ADMIN_PASSWORD)).messageKey());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_last_administrator_cannot_be_removed_and_a_deactivated_user_cannot_sign_in(DatabaseKind kind) {
        try (Workspace ws = open(TestDatabases.fresh(kind, tempDir))) {
            AccountService accounts = ws.accounts();
            accounts.create("admin", null, EnumSet.of(Role.ADMIN), ADMIN_PASSWORD);
            accounts.create("zhao", "赵审查", EnumSet.of(Role.REVIEWER), "审查员的密码123".toCharArray());
            assertEquals("account.lastAdmin", assertThrows(DomainException.class,
                    () -> accounts.setRoles("admin", EnumSet.of(Role.HEAD))).messageKey());
            assertEquals("account.lastAdmin", assertThrows(DomainException.class,
                    () -> accounts.deactivate("admin")).messageKey());

            accounts.setRoles("zhao", EnumSet.of(Role.REVIEWER, Role.ADMIN));
            accounts.deactivate("admin");
            assertEquals("account.inactive", assertThrows(DomainException.class,
                    () -> accounts.authenticate("admin", ADMIN_PASSWORD)).messageKey());

            accounts.authenticate("zhao", "审查员的密码123".toCharArray());
            accounts.changePassword("zhao", "新的审查员密码123".toCharArray());
            assertThrows(DomainException.class, () -> accounts.authenticate("zhao", "审查员的密码123".toCharArray()));
            accounts.authenticate("zhao", "新的审查员密码123".toCharArray());
            assertEquals(Set.of(Role.REVIEWER, Role.ADMIN), ws.currentUser().principal().roles());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void only_an_administrator_manages_accounts_but_everyone_sets_their_own_password(DatabaseKind kind) {
        try (Workspace ws = open(TestDatabases.fresh(kind, tempDir))) {
            AccountService accounts = ws.accounts();
            accounts.create("admin", null, EnumSet.of(Role.ADMIN), ADMIN_PASSWORD);
            accounts.create("lisi", "李四", EnumSet.of(Role.REGISTRAR), "登记员的密码123".toCharArray());
            accounts.authenticate("lisi", "登记员的密码123".toCharArray());

            assertThrows(AccessDeniedException.class, accounts::list);
            assertThrows(AccessDeniedException.class, () -> accounts.create("zhao", null, EnumSet.of(Role.REVIEWER),
                    "审查员的密码123".toCharArray()));
            assertThrows(AccessDeniedException.class, () -> accounts.setRoles("lisi", EnumSet.of(Role.ADMIN)));
            assertThrows(AccessDeniedException.class, () -> accounts.changePassword("admin", "抢来的管理员密码".toCharArray()));
            accounts.changePassword("lisi", "登记员的新密码123".toCharArray());
            accounts.authenticate("lisi", "登记员的新密码123".toCharArray());
            assertEquals(Set.of(Role.REGISTRAR), ws.currentUser().principal().roles());
        }
    }
}
