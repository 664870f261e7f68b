package org.normdesk.ui.settings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.calendar.DeadlineRule;
import org.normdesk.domain.calendar.DeadlineStart;
import org.normdesk.domain.calendar.DeadlineUnit;
import org.normdesk.domain.filing.DeadlineKind;
import org.normdesk.service.settings.DeadlineSettings;
import org.normdesk.ui.RegisterFixture;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlinesViewModelTest {
    @TempDir
    Path dir;

    private RegisterFixture fixture;
    private final List<String> notes = new ArrayList<>();
    private DeadlinesViewModel vm;

    @BeforeEach
    void open() {
        fixture = new RegisterFixture(dir);
        vm = new DeadlinesViewModel(new DeadlineSettings(fixture.workspace.calendar()), fixture.messages,
                InlineTaskRunner.immediate(), notes::add);
        vm.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void the_four_rules_show_as_stored() {
        DeadlineRow filing = vm.row(DeadlineKind.FILING_DUE);
        assertEquals("30", filing.countProperty().get());
        assertEquals(DeadlineUnit.CALENDAR_DAYS, filing.unitProperty().get());
        assertEquals(DeadlineStart.PUBLISHED, filing.startProperty().get());
        assertTrue(filing.rollProperty().get());
        assertTrue(filing.rollAppliesProperty().get());
        DeadlineRow review = vm.row(DeadlineKind.REVIEW_DUE);
        assertEquals("20", review.countProperty().get());
        assertFalse(review.rollAppliesProperty().get(), "working-day rules never roll");
        assertEquals(4, vm.rows().size());
    }

    @Test
    void a_count_that_is_not_1_to_366_is_refused_and_no_rule_is_saved() {
        Map<DeadlineKind, DeadlineRule> before = fixture.workspace.calendar().deadlineRules();
        vm.row(DeadlineKind.FILING_DUE).countProperty().set("二十");
        vm.row(DeadlineKind.FORMAL_CHECK_DUE).countProperty().set("0");
        vm.row(DeadlineKind.REVIEW_DUE).countProperty().set("400");
        vm.row(DeadlineKind.RESUBMIT_DUE).countProperty().set("15");

        assertFalse(vm.save());

        assertEquals("请填写 1 到 366 之间的整数", vm.row(DeadlineKind.FILING_DUE).errorProperty().get());
        assertEquals("请填写 1 到 366 之间的整数", vm.row(DeadlineKind.FORMAL_CHECK_DUE).errorProperty().get());
        assertEquals("请填写 1 到 366 之间的整数", vm.row(DeadlineKind.REVIEW_DUE).errorProperty().get());
        assertEquals("", vm.row(DeadlineKind.RESUBMIT_DUE).errorProperty().get());
        assertEquals("有 3 处填写有误，未保存", vm.formErrorProperty().get());
        assertEquals(before, fixture.workspace.calendar().deadlineRules(), "the good row was not saved alone");
    }

    @Test
    void the_rules_are_saved_together() {
        vm.row(DeadlineKind.FILING_DUE).countProperty().set("１５"); // typed with a Chinese input method
        vm.row(DeadlineKind.FILING_DUE).unitProperty().set(DeadlineUnit.WORKING_DAYS);
        vm.row(DeadlineKind.RESUBMIT_DUE).unitProperty().set(DeadlineUnit.CALENDAR_DAYS);
        vm.row(DeadlineKind.RESUBMIT_DUE).rollProperty().set(true);

        assertTrue(vm.save());

        Map<DeadlineKind, DeadlineRule> saved = fixture.workspace.calendar().deadlineRules();
        assertEquals(15, saved.get(DeadlineKind.FILING_DUE).count());
        assertEquals(DeadlineUnit.WORKING_DAYS, saved.get(DeadlineKind.FILING_DUE).unit());
        assertEquals(new DeadlineRule(10, DeadlineUnit.CALENDAR_DAYS, DeadlineStart.NOTICE_RECEIVED, true),
                saved.get(DeadlineKind.RESUBMIT_DUE));
        assertEquals("期限规则已保存", vm.formMessageProperty().get());
        assertEquals(List.of("期限规则已保存"), notes);
    }

    @Test
    void an_error_goes_when_its_count_is_edited() {
        vm.row(DeadlineKind.FILING_DUE).countProperty().set("x");
        vm.save();

        vm.row(DeadlineKind.FILING_DUE).countProperty().set("20");

        assertEquals("", vm.row(DeadlineKind.FILING_DUE).errorProperty().get());
    }
}
