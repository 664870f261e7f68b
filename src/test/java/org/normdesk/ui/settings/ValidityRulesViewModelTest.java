package org.normdesk.ui.settings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.ValidityRules;
import org.normdesk.ui.RegisterFixture;
import org.normdesk.ui.register.DocumentDialogViewModel;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings → 有效期: shows the rules, refuses a wrong value naming it, and a saved rule changes the next suggestion. */
class ValidityRulesViewModelTest {
    @TempDir
    Path dir;

    private RegisterFixture fixture;
    private final List<String> notes = new ArrayList<>();
    private ValidityRulesViewModel vm;

    @BeforeEach
    void open() {
        fixture = new RegisterFixture(dir);
        vm = new ValidityRulesViewModel(fixture.workspace.validity(), fixture.messages, InlineTaskRunner.immediate(),
                notes::add);
        vm.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private DocumentDialogViewModel newForm() {
        DocumentDialogViewModel form = DocumentDialogViewModel.forNew(fixture.workspace.register(), fixture.messages,
                InlineTaskRunner.immediate(), fixture.workspace.register().issuers())
                .suggestValidity(fixture.workspace.validity().lastKnown());
        form.titleProperty().set("濮阳市停车管理办法");
        form.effectiveDateProperty().set("2020-03-01");
        return form;
    }

    @Test
    void the_rules_show_as_stored_and_a_changed_rule_gives_the_next_form_a_new_suggestion() {
        assertEquals("5", vm.defaultYearsProperty().get());
        assertEquals("2", vm.provisionalYearsProperty().get());
        assertEquals("6, 2, 1", vm.reminderMonthsProperty().get());
        assertEquals("留空即按一般文件有效期 5 年计：至 2025-02-28", newForm().validityHintProperty().get());

        vm.defaultYearsProperty().set("3");
        vm.reminderMonthsProperty().set("12，3");
        assertTrue(vm.save());

        assertEquals(List.of("有效期规则已保存，此后录入的文件按新规则推算有效期"), notes);
        assertEquals("12, 3", vm.reminderMonthsProperty().get());
        assertEquals(new ValidityRules(3, 2, List.of(12, 3)), fixture.workspace.validity().rules());
        assertEquals("留空即按一般文件有效期 3 年计：至 2023-02-28", newForm().validityHintProperty().get());
    }

    @Test
    void a_wrong_value_is_named_and_nothing_is_saved() {
        for (String wrong : List.of("0", "-2", "五", "")) {
            vm.provisionalYearsProperty().set(wrong);
            assertFalse(vm.save(), wrong);
            assertEquals("暂行、试行文件的有效期应为 1 到 50 之间的整数（年），不能是“" + wrong + "”",
                    vm.formErrorProperty().get());
        }
        vm.provisionalYearsProperty().set("2");
        vm.reminderMonthsProperty().set("6, 6");
        assertFalse(vm.save());
        assertEquals("提醒月数 6 重复了", vm.formErrorProperty().get());
        assertEquals(ValidityRules.DEFAULT, fixture.workspace.validity().rules());
        assertTrue(notes.isEmpty());
    }
}
