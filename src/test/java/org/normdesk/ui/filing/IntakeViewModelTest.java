package org.normdesk.ui.filing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.FormalCheckDecision;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.service.filing.DueHealth;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.IntakeRow;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.ui.IntakeFixture;
import org.normdesk.ui.common.Choice;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The intake queue's filters, today panel, detail and actions, on a real register, without a stage. */
class IntakeViewModelTest {
    @TempDir
    Path dir;

    private IntakeFixture fixture;
    private final List<String> notices = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new IntakeFixture(dir.resolve("data")).withFilings();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private IntakeViewModel loaded() {
        IntakeViewModel vm = new IntakeViewModel(fixture.workspace, fixture.messages, InlineTaskRunner.immediate(),
                notices::add, IntakeFixture.CLOCK, dir.resolve("exports"), opened::add);
        vm.load();
        return vm;
    }

    private static List<String> numbers(List<IntakeRow> rows) {
        return rows.stream().map(IntakeRow::docNumber).toList();
    }

    private static Choice<Set<FilingState>> choice(IntakeViewModel vm, String label) {
        return vm.stateChoices().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    private IntakeRow row(IntakeViewModel vm, String number) {
        return vm.rows().stream().filter(r -> number.equals(r.docNumber())).findFirst().orElseThrow();
    }

    @Test
    void at_first_every_filing_not_concluded_is_listed_soonest_deadline_first_with_the_today_panel() {
        IntakeViewModel vm = loaded();
        assertEquals("未办结（含已登记、审查中）", vm.stateChoiceProperty().get().label());

        assertEquals(List.of("清政〔2019〕5号", "清政〔2019〕7号", "濮教〔2019〕9号", "清政〔2019〕6号"),
                numbers(vm.shown()));
        assertEquals("共 4 件", vm.countTextProperty().get());
        IntakeRow overdue = vm.shown().get(0);
        assertEquals(DueHealth.OVERDUE, overdue.health());
        assertEquals(LocalDate.of(2019, 9, 27), overdue.nextDue());
        assertEquals(DueHealth.DUE_SOON, vm.shown().get(1).health());
        assertEquals(DueHealth.OK, vm.shown().get(2).health());
        assertEquals(1, vm.overdueCountProperty().get());
        assertEquals(List.of("清政〔2019〕7号"), numbers(vm.dueThisWeek()));
        assertEquals("2019-10-17（周四）形式审查：清政〔2019〕7号 清丰县集贸市场管理办法",
                vm.dueCaption(vm.dueThisWeek().get(0)));
        assertEquals(List.of(IntakeFixture.UNFILED), vm.unfiled().stream().map(u -> u.title()).toList());
        assertEquals(42, vm.unfiled().get(0).daysOverdue(), "due 30 days after publication, on Monday 2019-09-02");
        assertEquals("今天：2019-10-14 星期一", vm.todayText());
    }

    @Test
    void a_state_choice_and_a_search_word_narrow_the_queue_and_clearing_shows_all_again() {
        IntakeViewModel vm = loaded();

        vm.stateChoiceProperty().set(choice(vm, "待办（已收文、退回补正）"));
        assertEquals(List.of("清政〔2019〕5号", "清政〔2019〕7号", "濮教〔2019〕9号"), numbers(vm.shown()));
        assertEquals("共 3 件", vm.countTextProperty().get(), "the register is asked for these states only");

        vm.stateChoiceProperty().set(choice(vm, "已备案登记"));
        assertEquals(List.of("清政〔2019〕6号"), numbers(vm.rows()));

        vm.stateChoiceProperty().set(vm.stateChoices().get(0));
        vm.searchTextProperty().set(" 濮教 ");
        assertEquals(List.of("濮教〔2019〕9号"), numbers(vm.shown()));
        assertEquals("显示 1 件，共 4 件", vm.countTextProperty().get());
        vm.searchTextProperty().set("规备字");
        assertEquals(List.of("清政〔2019〕6号"), numbers(vm.shown()), "the registration number is searched too");
        vm.searchTextProperty().set("农村 公路");
        assertEquals(List.of("清政〔2019〕5号"), numbers(vm.shown()), "spaces are ignored");

        vm.clearFilters();
        assertEquals(4, vm.shown().size());
        assertEquals("共 4 件", vm.countTextProperty().get());
    }

    @Test
    void a_refused_filing_is_left_out_at_first_and_shown_with_all_states() {
        IntakeRow first = loaded().rows().get(0);
        fixture.workspace.filings().reject(first.filingId(), first.version(), false, true, "属于内部工作制度");
        IntakeViewModel vm = loaded();

        assertEquals(List.of("清政〔2019〕7号", "濮教〔2019〕9号", "清政〔2019〕6号"), numbers(vm.shown()));
        assertEquals("共 3 件", vm.countTextProperty().get());
        vm.stateChoiceProperty().set(vm.stateChoices().get(0));
        assertEquals(4, vm.shown().size());

        vm.select(first.filingId());
        vm.clearFilters();
        assertEquals(3, vm.shown().size(), "clearing goes back to the filings not concluded");
        vm.select(first.filingId());
        assertEquals(first.filingId(), vm.selectedProperty().get().filingId(), "a filing asked for is never hidden");
        assertEquals(4, vm.shown().size());
    }

    @Test
    void the_filter_matches_full_width_text_and_every_state_when_none_is_chosen() {
        IntakeRow row = new IntakeRow(1, 0, 1, "濮阳市校服管理办法", "濮教〔2019〕9号", "濮阳市教育局",
                FilingState.RETURNED_FOR_CORRECTION, null, null, 1, null, DueHealth.NONE, 0, "濮规备字〔2019〕ABC号");

        assertTrue(IntakeViewModel.filter(Set.of(), null).test(row));
        assertTrue(IntakeViewModel.filter(IntakeViewModel.OPEN_INTAKE, "").test(row));
        assertFalse(IntakeViewModel.filter(Set.of(FilingState.RECEIVED), "").test(row));
        assertTrue(IntakeViewModel.filter(Set.of(), "ａｂｃ").test(row), "full-width letters, any case");
        assertTrue(IntakeViewModel.filter(Set.of(), "教育局").test(row));
        assertFalse(IntakeViewModel.filter(Set.of(), "燃气").test(row));
    }

    @Test
    void a_filter_hiding_the_selected_filing_clears_the_selection_and_the_detail() {
        IntakeViewModel vm = loaded();
        vm.selectedProperty().set(row(vm, "清政〔2019〕6号"));
        assertNotNull(vm.detail().filingProperty().get());

        vm.stateChoiceProperty().set(choice(vm, "已收文"));

        assertNull(vm.selectedProperty().get());
        assertNull(vm.detail().filingProperty().get());
    }

    /** 濮教〔2019〕9号, returned for correction, comes back complete on 2019-10-12; returns its filing's id. */
    private long resubmitted(IntakeViewModel vm) {
        IntakeRow returned = row(vm, "濮教〔2019〕9号");
        fixture.workspace.filings().resubmit(returned.filingId(), returned.version(), "2019年10月12日", null,
                IntakeFixture.ALL_REQUIRED);
        return returned.filingId();
    }

    @Test
    void the_detail_of_a_resubmitted_filing_shows_both_clocks_and_each_package() {
        IntakeViewModel vm = loaded();
        long filingId = resubmitted(vm);

        vm.select(filingId);

        assertEquals(filingId, vm.selectedProperty().get().filingId());
        assertEquals(2, vm.selectedProperty().get().submissions());
        FilingDetailViewModel detail = vm.detail();
        assertEquals("2019-10-25（首次收文 2019-10-08，按时报送）", field(detail.deadlines(), "filingDue"));
        assertEquals("2019-10-18（自第 2 次报送 2019-10-12 起算）", field(detail.deadlines(), "formalCheckDue"));
        assertEquals("2019-10-08（纸质报送）", field(detail.fields(), "firstReceived"));
        assertEquals("2019-10-12（第 2 次报送，纸质报送）", field(detail.fields(), "currentReceived"));
        assertEquals(2, detail.packages().size());
        assertEquals(List.of("2019-10-14 退回补正（clerk）\n缺少起草说明\n补正期限：2019-10-28"),
                detail.checks().stream().map(c -> c.replace(System.getProperty("user.name", "user"), "clerk"))
                        .toList());
        assertTrue(detail.packages().get(0).complete());
    }

    @Test
    void the_audit_history_of_a_filing_reads_its_state_and_packages_by_their_labels() {
        IntakeViewModel vm = loaded();
        vm.select(resubmitted(vm));

        List<org.normdesk.ui.register.AuditRow> audit = vm.detail().audit();
        assertEquals("状态：退回补正 → 已收文\n报送次数：1 → 2", audit.get(audit.size() - 1).changes());
    }

    private static String field(List<FilingDetailViewModel.Field> fields, String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    void registering_without_a_material_offers_a_return_with_it_and_the_notice_is_printed_and_opened()
            throws Exception {
        List<MaterialInput> withoutBasis = IntakeFixture.ALL_REQUIRED.stream()
                .filter(m -> m.kind() != MaterialKind.LEGAL_BASIS).toList();
        FilingView received = fixture.workspace.filings().receive(new org.normdesk.service.filing.ReceiveRequest(
                fixture.unfiled.id(), null, fixture.county.id(), "2019-10-11",
                org.normdesk.domain.filing.FilingChannel.POST, withoutBasis, true));
        IntakeViewModel vm = loaded();
        vm.selectedProperty().set(row(vm, "清政〔2019〕3号"));
        assertEquals(Set.of(MaterialKind.LEGAL_BASIS), vm.detail().missing());
        assertTrue(vm.unfiled().isEmpty(), "filed now, even if late");

        FormalCheckDialogViewModel form = vm.formalCheck(FormalCheckDecision.REGISTER);
        List<FilingView> saved = new ArrayList<>();
        form.save(saved::add);
        assertTrue(saved.isEmpty());
        assertTrue(form.refusedAsMissingProperty().get());
        assertEquals("缺少必需的备案材料：制定依据\n可改为退回补正，请报送单位补齐材料后重新报送。", form.formErrorProperty().get());

        form.switchTo(FormalCheckDecision.RETURN);
        assertEquals("缺少制定依据，请补充", form.reasonsProperty().get());
        form.reasonsProperty().set(form.reasonsProperty().get() + "\n\n起草说明未加盖公章 ");
        assertEquals(List.of("缺少制定依据，请补充", "起草说明未加盖公章"), form.reasonLines());
        form.save(saved::add);
        assertEquals(1, saved.size());
        vm.saved(saved.get(0));
        assertEquals(FilingState.RETURNED_FOR_CORRECTION, vm.selectedProperty().get().state());
        assertEquals("已退回补正：清政〔2019〕3号《清丰县城市绿化管理办法》", notices.get(notices.size() - 1));

        vm.printNotice();
        assertEquals(2, vm.lastPrintedProperty().get().size());
        for (Path file : vm.lastPrintedProperty().get()) {
            assertTrue(Files.size(file) > 0, file.toString());
            assertEquals(dir.resolve("exports"), file.getParent());
        }
        assertEquals(1, opened.size());
        assertTrue(opened.get(0).toString().endsWith(".pdf"));
        assertTrue(notices.get(notices.size() - 1).startsWith("已生成并打开："));
        assertEquals(received.filing().id(), vm.selectedProperty().get().filingId());
    }

    @Test
    void a_document_listed_as_unfiled_opens_the_receive_form_with_it_and_its_issuer_as_the_unit() {
        IntakeViewModel vm = loaded();

        ReceiveDialogViewModel form = vm.receiveUnfiled(vm.unfiled().get(0));

        assertEquals(ReceiveDialogViewModel.Source.EXISTING, form.sourceProperty().get());
        assertEquals(fixture.unfiled.id(), form.existingProperty().get().id());
        assertEquals(fixture.county, form.unitProperty().get());
        assertEquals("2019-10-14", form.receivedDateProperty().get());
        assertEquals(fixture.unfiled.id(), form.request().existingDocumentId());
        assertNull(form.request().newDocument());
    }
}
