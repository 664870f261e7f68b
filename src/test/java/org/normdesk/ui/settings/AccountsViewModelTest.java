package org.normdesk.ui.settings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.account.Principal;
import org.normdesk.domain.account.Role;
import org.normdesk.service.Workspace;
import org.normdesk.ui.RegisterFixture;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 用户与审计 tab's view-model over a real H2 register. */
class AccountsViewModelTest {
    @TempDir
    Path dir;

    private RegisterFixture fixture;
    private AccountsViewModel vm;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new RegisterFixture(dir);
        Workspace ws = fixture.workspace;
        vm = new AccountsViewModel(ws.accounts(), ws.audit(), ws.currentUser(), fixture.messages,
                InlineTaskRunner.immediate(), notices::add, RegisterFixture.CLOCK);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void the_single_user_creates_the_first_administrator_and_sees_it_listed() {
        vm.load();
        assertTrue(vm.canManageProperty().get(), "a register without accounts: the single user holds every role");
        vm.userNameProperty().set("wang");
        vm.displayNameProperty().set("王登记");
        vm.passwordProperty().set("登记员的密码2020");
        vm.repeatProperty().set("登记员的密码2020");
        vm.roleProperty(Role.REGISTRAR).set(true);
        vm.create();
        assertEquals("第一个用户必须是管理员：之后的用户由管理员创建", vm.formErrorProperty().get());
        assertFalse(fixture.workspace.accounts().signInRequired());

        vm.roleProperty(Role.ADMIN).set(true);
        vm.create();
        assertEquals("", vm.formErrorProperty().get());
        assertEquals("已创建第一个用户 wang：从下次打开起需要登录", vm.formMessageProperty().get());
        assertEquals(1, vm.rows().size());
        assertEquals("登记员、管理员", vm.rows().get(0).roles());
        assertEquals("在用", vm.rows().get(0).state());
        assertEquals("", vm.passwordProperty().get(), "the form is cleared");
    }

    @Test
    void two_different_passwords_are_refused_before_anything_is_sent() {
        vm.load();
        vm.userNameProperty().set("wang");
        vm.passwordProperty().set("登记员的密码2020");
        vm.repeatProperty().set("登记员的密码2021");
        vm.roleProperty(Role.ADMIN).set(true);
        vm.create();
        assertEquals("两次输入的密码不一致", vm.formErrorProperty().get());
        assertFalse(fixture.workspace.accounts().signInRequired());
    }

    @Test
    void someone_who_is_not_an_administrator_sees_no_accounts_but_can_verify_the_chain() {
        fixture.workspace.currentUser().signIn(new Principal("zhao", "赵审查", Set.of(Role.REVIEWER)));
        vm.load();
        assertFalse(vm.canManageProperty().get());
        assertTrue(vm.rows().isEmpty());
        vm.verifyChain();
        assertTrue(vm.auditResultProperty().get().startsWith("审计日志完整：共 6 条"), vm.auditResultProperty().get());
        assertFalse(vm.auditBrokenProperty().get());
    }
}
