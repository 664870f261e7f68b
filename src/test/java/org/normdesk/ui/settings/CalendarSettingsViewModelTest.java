package org.normdesk.ui.settings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.calendar.CalendarData;
import org.normdesk.ui.RegisterFixture;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarSettingsViewModelTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2020, 3, 4);

    @TempDir
    Path dir;

    private RegisterFixture fixture;
    private final List<String> notes = new ArrayList<>();
    private CalendarSettingsViewModel vm;

    @BeforeEach
    void open() {
        fixture = new RegisterFixture(dir);
        vm = viewModel(RegisterFixture.CLOCK);
        vm.load();
    }

    private CalendarSettingsViewModel viewModel(Clock clock) {
        return new CalendarSettingsViewModel(fixture.workspace.calendar(), CalendarData::loadBundled,
                fixture.messages, InlineTaskRunner.immediate(), notes::add, clock);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private boolean working(LocalDate day) {
        return fixture.workspace.calendar().calendar().isWorkingDay(day);
    }

    @Test
    void the_coverage_of_the_shipped_calendar_and_its_source_are_shown() {
        assertEquals("内置 2015–2026 年的法定节假日和调休安排（来源：npm package chinese-days 1.5.7，2026-11-24 提取）。",
                vm.coverageProperty().get());
        assertEquals("", vm.coverageWarningProperty().get(), "2020 is covered");
    }

    @Test
    void a_year_beyond_the_shipped_calendar_is_warned_about() {
        CalendarSettingsViewModel later = viewModel(Clock.fixed(Instant.parse("2027-03-01T02:00:00Z"),
                ZoneId.of("Asia/Shanghai")));
        later.load();

        assertTrue(later.coverageWarningProperty().get().startsWith("今年（2027 年）不在内置的 2015–2026 年范围内"),
                later.coverageWarningProperty().get());
    }

    @Test
    void a_local_day_off_makes_a_weekday_a_day_off() {
        vm.newDateProperty().set("2020年3月4日");
        vm.newTypeProperty().set(LocalDayType.DAY_OFF);
        vm.newNoteProperty().set("因疫情防控延迟复工");

        assertTrue(vm.add());

        assertFalse(working(WEDNESDAY));
        assertEquals(1, vm.localDays().size());
        LocalDayRow row = vm.localDays().get(0);
        assertEquals(WEDNESDAY, row.date());
        assertEquals("放假", row.typeLabel());
        assertEquals("星期三", row.weekday());
        assertEquals("因疫情防控延迟复工", row.note());
        assertEquals("已添加：2020-03-04 放假", vm.formMessageProperty().get());
        assertEquals("", vm.newDateProperty().get(), "the form is ready for the next day");
    }

    @Test
    void date_type_and_note_are_all_required() {
        vm.newTypeProperty().set(null);

        assertFalse(vm.add());

        assertEquals("未填写日期", vm.dateErrorProperty().get());
        assertEquals("请选择放假或上班", vm.typeErrorProperty().get());
        assertEquals("请写明调整的原因或依据", vm.noteErrorProperty().get());
        assertEquals("有 3 处填写有误，未保存", vm.formErrorProperty().get());
        assertTrue(fixture.workspace.calendar().localDays().isEmpty());
    }

    @Test
    void a_day_that_is_already_off_cannot_be_made_a_day_off() {
        vm.newDateProperty().set("2020-10-01");
        vm.newTypeProperty().set(LocalDayType.DAY_OFF);
        vm.newNoteProperty().set("国庆");

        assertFalse(vm.add());

        assertEquals("2020-10-01 本来就不上班（法定节假日），无需设为放假", vm.dateErrorProperty().get());

        vm.newDateProperty().set("2020-03-04");
        vm.newTypeProperty().set(LocalDayType.WORKING_DAY);
        assertFalse(vm.add());
        assertEquals("2020-03-04 本来就是工作日（工作日），无需设为上班", vm.dateErrorProperty().get());
    }

    @Test
    void an_impossible_date_is_said_under_the_date() {
        vm.newDateProperty().set("2020-02-30");
        vm.newNoteProperty().set("x");

        assertFalse(vm.add());

        assertEquals("不存在的日期：2020-02-30", vm.dateErrorProperty().get());
    }

    @Test
    void removing_a_local_day_restores_the_national_rule() {
        fixture.workspace.calendar().putLocalDay(LocalDate.of(2020, 3, 7), true, "补班");
        vm.load();
        assertTrue(working(LocalDate.of(2020, 3, 7)));

        vm.remove(vm.localDays().get(0));

        assertFalse(working(LocalDate.of(2020, 3, 7)), "a Saturday again");
        assertTrue(vm.localDays().isEmpty());
        assertEquals("已删除：2020-03-07 上班", vm.formMessageProperty().get());
    }

    @Test
    void checking_a_date_says_whether_it_is_a_working_day_and_why() {
        vm.checkDateProperty().set("2020-10-01");
        vm.check();
        assertEquals("2020-10-01（星期四）不是工作日：法定节假日（国庆节）", vm.checkResultProperty().get());

        vm.checkDateProperty().set("2020-09-27");
        vm.check();
        assertEquals("2020-09-27（星期日）是工作日：调休工作日", vm.checkResultProperty().get());

        fixture.workspace.calendar().putLocalDay(WEDNESDAY, false, "因疫情防控延迟复工");
        vm.load();
        vm.checkDateProperty().set("2020-03-04");
        vm.check();
        assertEquals("2020-03-04（星期三）不是工作日：地方放假（因疫情防控延迟复工）", vm.checkResultProperty().get());

        vm.checkDateProperty().set("2030-01-02");
        vm.check();
        assertEquals("2030-01-02（星期三）是工作日：工作日。2030 年的节假日安排尚未收录，只按周末判断（估算）",
                vm.checkResultProperty().get());

        vm.checkDateProperty().set("明天");
        vm.check();
        assertEquals("无法识别的日期：明天", vm.checkErrorProperty().get());
        assertEquals("", vm.checkResultProperty().get());
    }
}
