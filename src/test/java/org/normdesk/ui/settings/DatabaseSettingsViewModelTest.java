package org.normdesk.ui.settings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.common.DomainException;
import org.normdesk.service.DatabaseInfo;
import org.normdesk.service.settings.ConnectionCheck;
import org.normdesk.service.settings.WorkstationPreferences;
import org.normdesk.service.settings.WorkstationPreferences.Values;
import org.normdesk.testing.ClosedPort;
import org.normdesk.ui.RegisterFixture;
import org.normdesk.ui.task.InlineTaskRunner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseSettingsViewModelTest {
    private static final String SERVER = "jdbc:postgresql://db.bureau.local:5432/normdesk";

    @TempDir
    Path dir;

    private RegisterFixture fixture;
    private WorkstationPreferences preferences;
    private final List<String> tested = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new RegisterFixture(dir.resolve("data"));
        preferences = WorkstationPreferences.at(dir.resolve("data/preferences.properties"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private DatabaseSettingsViewModel viewModel(ConnectionTester tester) {
        DatabaseSettingsViewModel vm = new DatabaseSettingsViewModel(fixture.workspace::info, preferences, tester,
                fixture.messages, InlineTaskRunner.immediate(), notes::add);
        vm.load();
        return vm;
    }

    /** Answers like a server with 12 documents, remembering what it was asked with. */
    private DatabaseInfo answer(String url, String user, String password) {
        tested.add(url + " " + user + " " + password);
        return new DatabaseInfo("POSTGRESQL", url, "9", 12, 3);
    }

    @Test
    void the_open_register_and_the_next_start_are_shown() {
        DatabaseSettingsViewModel vm = viewModel(this::answer);

        assertEquals("H2", vm.currentKindProperty().get());
        assertTrue(vm.currentUrlProperty().get().startsWith("jdbc:h2:file:"), vm.currentUrlProperty().get());
        assertEquals(fixture.workspace.info().schemaVersion(), vm.currentSchemaProperty().get());
        assertEquals("4 件文件，0 件备案", vm.currentCountsProperty().get());
        assertEquals("本机台账（本电脑数据文件夹中的内置数据库）", vm.nextStartProperty().get());
        assertEquals("", vm.urlProperty().get());
    }

    @Test
    void a_successful_test_shows_the_servers_schema_version_and_counts() {
        DatabaseSettingsViewModel vm = viewModel(this::answer);
        vm.urlProperty().set(SERVER);
        vm.userProperty().set("reviewer");
        vm.passwordProperty().set("secret");

        assertTrue(vm.testConnection());

        assertEquals(List.of(SERVER + " reviewer secret"), tested);
        assertTrue(vm.testSucceededProperty().get());
        assertEquals("连接成功：结构版本 9，共 12 件文件、3 件备案", vm.testResultProperty().get());

        vm.passwordProperty().set("other");
        assertEquals("", vm.testResultProperty().get(), "a result belongs to what was tested");
    }

    @Test
    void a_server_that_does_not_answer_gives_the_localized_reason() throws IOException {
        DatabaseSettingsViewModel vm = viewModel(new ConnectionCheck(RegisterFixture.CLOCK)::test);
        String closed = "jdbc:postgresql://127.0.0.1:" + ClosedPort.find() + "/normdesk";
        vm.urlProperty().set(closed);
        vm.userProperty().set("normdesk");
        vm.passwordProperty().set("x");

        vm.testConnection();

        assertFalse(vm.testSucceededProperty().get());
        assertTrue(vm.testResultProperty().get().startsWith("无法连接数据库 " + closed + "："),
                vm.testResultProperty().get());
    }

    @Test
    void a_wrong_password_is_said_as_such() {
        DatabaseSettingsViewModel vm = viewModel((url, user, password) -> {
            throw new DomainException("db.auth.failed", "auth", url);
        });
        vm.urlProperty().set(SERVER);

        vm.testConnection();

        assertEquals("数据库 " + SERVER + " 的用户名或密码错误", vm.testResultProperty().get());
    }

    @Test
    void only_a_postgresql_address_is_tested_or_saved() {
        DatabaseSettingsViewModel vm = viewModel(this::answer);
        vm.urlProperty().set("jdbc:h2:file:/tmp/x");

        assertFalse(vm.testConnection());
        assertTrue(vm.urlErrorProperty().get().startsWith("共享台账须使用 PostgreSQL 服务器"), vm.urlErrorProperty().get());
        assertTrue(tested.isEmpty());

        vm.urlProperty().set("");
        assertFalse(vm.saveShared());
        assertEquals("请填写共享数据库的地址", vm.urlErrorProperty().get());
        assertFalse(Files.exists(dir.resolve("data/preferences.properties")));
    }

    @Test
    void a_password_in_the_address_may_be_tested_but_is_never_saved() {
        DatabaseSettingsViewModel vm = viewModel(this::answer);
        vm.urlProperty().set(SERVER + "?user=normdesk&password=secret");

        assertTrue(vm.testConnection());
        assertFalse(vm.saveShared());

        assertEquals("地址中不能包含密码（password=…）：密码在每次启动时输入，不会保存", vm.urlErrorProperty().get());
        assertFalse(Files.exists(dir.resolve("data/preferences.properties")));
    }

    @Test
    void a_relative_attachments_folder_is_refused() {
        DatabaseSettingsViewModel vm = viewModel(this::answer);
        vm.urlProperty().set(SERVER);
        vm.attachmentsProperty().set("attachments");

        assertFalse(vm.saveShared());

        assertTrue(vm.attachmentsErrorProperty().get().startsWith("请填写完整路径"), vm.attachmentsErrorProperty().get());
        assertEquals("有 1 处填写有误，未保存", vm.formErrorProperty().get());
    }

    @Test
    void saving_keeps_address_user_and_folder_for_the_next_start_but_never_the_password() throws IOException {
        DatabaseSettingsViewModel vm = viewModel(this::answer);
        Path shared = dir.resolve("shared attachments");
        vm.urlProperty().set(SERVER);
        vm.userProperty().set("reviewer");
        vm.passwordProperty().set("secret");
        vm.attachmentsProperty().set(shared.toString());

        assertTrue(vm.saveShared());

        Values stored = preferences.load();
        assertEquals(SERVER, stored.sharedUrl());
        assertEquals("reviewer", stored.sharedUser());
        assertEquals(shared, stored.sharedAttachments());
        String file = Files.readString(dir.resolve("data/preferences.properties"), StandardCharsets.UTF_8);
        assertFalse(file.contains("secret"), file);
        assertEquals("共享数据库 " + SERVER + "（用户 reviewer），启动时询问密码", vm.nextStartProperty().get());
        assertEquals("已保存：下次启动时将连接 " + SERVER + "，并询问密码", vm.formMessageProperty().get());

        DatabaseSettingsViewModel again = viewModel(this::answer);
        assertEquals(SERVER, again.urlProperty().get(), "the form shows what is stored");
        assertEquals("", again.passwordProperty().get());
    }

    @Test
    void going_back_to_the_local_register_clears_the_shared_one() {
        preferences.save(Values.DEFAULTS.withSharedDatabase(SERVER, "reviewer", null));
        DatabaseSettingsViewModel vm = viewModel(this::answer);
        assertEquals(SERVER, vm.urlProperty().get());

        assertTrue(vm.useLocal());

        assertFalse(preferences.load().sharedDatabase());
        assertEquals("", vm.urlProperty().get());
        assertEquals("本机台账（本电脑数据文件夹中的内置数据库）", vm.nextStartProperty().get());
        assertEquals("已改回本机数据库，下次启动时生效", vm.formMessageProperty().get());
    }
}
