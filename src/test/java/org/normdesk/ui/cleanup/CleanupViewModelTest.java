package org.normdesk.ui.cleanup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignState;
import org.normdesk.domain.cleanup.CampaignTrigger;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.cleanup.CatalogueExport;
import org.normdesk.service.i18n.Messages;
import org.normdesk.testing.CleanupFixture;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cleanup view's behaviour without a stage: real register, work run inline. */
class CleanupViewModelTest {
    @TempDir
    Path dir;

    private final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private final List<String> notes = new ArrayList<>();
    private CleanupFixture fixture;
    private CleanupViewModel vm;

    @BeforeEach
    void open() {
        fixture = new CleanupFixture(dir.resolve("data"));
        var ws = fixture.workspace;
        vm = new CleanupViewModel(ws.campaigns(), ws.register(), new CatalogueExport(ws.campaigns(), ws.register(),
                ws.print()), messages, InlineTaskRunner.immediate(), notes::add, CleanupFixture.CLOCK,
                () -> new DocumentQuery("燃气", Set.of(), Set.of(), null, null, 0));
        vm.setAuditTrail(ws.audit());
        vm.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Campaign create(String name) {
        CampaignDialogViewModel form = vm.newCampaign();
        form.nameProperty().set(name);
        form.legalBasisProperty().set("国办发〔2018〕37号");
        form.triggerProperty().set(CampaignTrigger.SPECIAL);
        form.deadlineProperty().set("2019年10月31日");
        AtomicReference<Campaign> created = new AtomicReference<>();
        form.save(created::set);
        vm.created(created.get());
        return created.get();
    }

    private void scopeCityDocuments() {
        ScopeDialogViewModel scope = vm.scope();
        scope.load();
        scope.issuerProperty().set(scope.issuerChoices().stream()
                .filter(c -> c.value() != null && c.value().id().equals(fixture.city.id())).findFirst().orElseThrow());
        assertEquals(5, scope.matchingProperty().get());
        scope.add(vm::scopeAdded);
    }

    /** The finalize form filled in as the city's approval reads: meeting, date and result number. */
    private FinalizeDialogViewModel finalizeForm() {
        FinalizeDialogViewModel form = vm.finalizeCampaign();
        form.approvedByProperty().set("市政府第32次常务会议");
        form.approvedOnProperty().set("2019年8月23日");
        form.resultNumberProperty().set("濮政〔2019〕20号");
        return form;
    }

    private void decide(List<ItemRow> rows, Disposition decision, String reason) {
        vm.decisions().selection().setAll(rows);
        vm.decisions().decisionProperty().set(decision);
        vm.decisions().reasonProperty().set(reason);
        vm.decisions().apply();
    }

    @Test
    void a_new_campaign_is_listed_chosen_and_open_with_its_details() {
        Campaign c = create("2019年营商环境专项清理");
        assertEquals(c.id(), vm.selectedProperty().get().id());
        assertEquals(List.of(c.id()), vm.campaigns().stream().map(Campaign::id).toList());
        assertTrue(vm.openProperty().get());
        assertTrue(vm.detailsProperty().get().contains("专项清理"), vm.detailsProperty().get());
        assertTrue(vm.detailsProperty().get().contains("国办发〔2018〕37号"));
        assertTrue(vm.detailsProperty().get().contains("2019-10-31"));
        assertEquals("已创建清理活动“2019年营商环境专项清理”", notes.get(0));
    }

    @Test
    void the_campaigns_audit_tab_lists_its_entries_oldest_first() {
        Campaign c = create("2019年营商环境专项清理");
        assertEquals(List.of("新建清理工作"), vm.audit().stream().map(org.normdesk.ui.register.AuditRow::action).toList());
        scopeCityDocuments();
        decide(vm.items().subList(0, 1), Disposition.CONTINUE, "仍然适用");
        assertEquals(List.of("新建清理工作", "调整清理范围", "作出清理决定"),
                vm.audit().stream().map(org.normdesk.ui.register.AuditRow::action).toList());
        assertTrue(vm.audit().get(0).changes().contains("2019年营商环境专项清理"), vm.audit().get(0).changes());
        create("另一项清理");
        assertEquals(1, vm.audit().size(), "the other campaign's own history");
        vm.selectedProperty().set(c);
        assertEquals(3, vm.audit().size());
    }

    @Test
    void the_campaign_form_says_what_is_wrong_under_its_field() {
        CampaignDialogViewModel form = vm.newCampaign();
        form.save(c -> { });
        assertEquals("清理活动需要名称", form.nameErrorProperty().get());
        form.nameProperty().set("2019年清理");
        assertEquals("", form.nameErrorProperty().get());
        form.deadlineProperty().set("2019-02-30");
        form.save(c -> { });
        assertFalse(form.deadlineErrorProperty().get().isEmpty());
        create("2019年清理");
        CampaignDialogViewModel again = vm.newCampaign();
        again.nameProperty().set("2019年清理");
        again.save(c -> { });
        assertEquals("已有名为“2019年清理”的清理活动", again.nameErrorProperty().get());
    }

    @Test
    void the_scope_dialog_counts_by_year_range_type_and_status_and_by_the_register_search() {
        create("2019年清理");
        ScopeDialogViewModel scope = vm.scope();
        scope.load();
        assertEquals(6, scope.matchingProperty().get(), "all documents in force");
        assertEquals(1, scope.registerMatchingProperty().get(), "the register view lists 燃气 only");
        scope.yearFromProperty().set(scope.yearChoices().stream().filter(c -> Integer.valueOf(2016).equals(c.value()))
                .findFirst().orElseThrow());
        scope.yearToProperty().set(scope.yearChoices().stream().filter(c -> Integer.valueOf(2017).equals(c.value()))
                .findFirst().orElseThrow());
        assertEquals(3, scope.matchingProperty().get());
        scope.typeProperty().set(scope.typeChoices().stream()
                .filter(c -> c.value() == DocumentType.DEPARTMENT_NORMATIVE).findFirst().orElseThrow());
        assertEquals(0, scope.matchingProperty().get());
        scope.typeProperty().set(scope.typeChoices().get(0));
        scope.statusProperty().set(scope.statusChoices().stream()
                .filter(c -> c.value().equals(Set.of(LifecycleStatus.REPEALED))).findFirst().orElseThrow());
        assertEquals(0, scope.matchingProperty().get());

        AtomicReference<Integer> added = new AtomicReference<>();
        scope.addRegisterSearch(added::set);
        assertEquals(1, added.get());
        vm.scopeAdded(added.get());
        assertEquals(List.of(CleanupFixture.CITY_TITLES.get(1)), vm.items().stream().map(ItemRow::title).toList());
    }

    @Test
    void documents_are_decided_in_bulk_with_a_preview_and_the_last_decision_can_be_undone() {
        create("2019年清理");
        scopeCityDocuments();
        assertEquals(5, vm.items().size());
        assertEquals("已提出意见 0 / 5 件", vm.progressTextProperty().get());
        assertEquals(List.of(new UnitProgress("濮阳市人民政府", 0, 5)), vm.progress());

        DecisionViewModel d = vm.decisions();
        d.selection().setAll(vm.items().subList(0, 3));
        assertEquals("已选 3 件文件，请选择清理意见", d.previewText().get());
        d.decisionProperty().set(Disposition.CONTINUE);
        assertEquals("将对所选 3 件文件提出“继续有效”的清理意见", d.previewText().get());
        assertFalse(d.canApply().get(), "a reason is needed");
        d.reasonProperty().set(d.reasonSuggestions().get(0));
        assertTrue(d.canApply().get());
        d.apply();
        assertEquals("已提出意见 3 / 5 件", vm.progressTextProperty().get());
        assertEquals(List.of(new UnitProgress("濮阳市人民政府", 3, 2)), vm.progress());

        decide(vm.items().subList(2, 4), Disposition.REPEAL, "已被新文件代替");
        assertEquals(java.util.Arrays.asList(Disposition.CONTINUE, Disposition.CONTINUE, Disposition.REPEAL,
                Disposition.REPEAL, null), vm.items().stream().map(ItemRow::decision).toList());
        assertEquals("撤销：废止 2 件", d.undoTextProperty().get());

        d.undo();
        assertEquals(java.util.Arrays.asList(Disposition.CONTINUE, Disposition.CONTINUE, Disposition.CONTINUE, null,
                null), vm.items().stream().map(ItemRow::decision).toList(), "the replaced decision is back");
        assertEquals(1, d.undoCountProperty().get());
        assertTrue(notes.get(notes.size() - 1).startsWith("已撤销对 2 件文件提出的“废止”意见"));

        vm.undecidedOnlyProperty().set(true);
        assertEquals(2, vm.shownItems().size());
        assertTrue(vm.shownItems().stream().noneMatch(ItemRow::decided));
    }

    @Test
    void a_basis_document_is_found_by_its_number() {
        create("2019年清理");
        scopeCityDocuments();
        DecisionViewModel d = vm.decisions();
        d.basisSearchProperty().set("濮政");
        d.searchBasis();
        assertNull(d.basisProperty().get());
        assertEquals("找到 5 件，请输入更完整的文号或标题", d.basisTextProperty().get());
        d.basisSearchProperty().set("濮教〔2018〕3号");
        d.searchBasis();
        assertEquals(fixture.educationDocument.id(), d.basisProperty().get().id());
        decide(vm.items().subList(0, 1), Disposition.REPEAL, "已被新文件代替");
        assertEquals(fixture.educationDocument.id(),
                fixture.workspace.campaigns().items(vm.selectedProperty().get().id()).get(0).basisDocumentId());
    }

    @Test
    void finalizing_is_refused_while_a_document_is_undecided_and_then_publishes_the_catalogues() throws Exception {
        create("2019年清理");
        scopeCityDocuments();
        decide(vm.items().subList(0, 2), Disposition.CONTINUE, "继续有效");
        decide(vm.items().subList(2, 3), Disposition.AMEND, "部分内容需要修改");
        decide(vm.items().subList(3, 4), Disposition.EXPIRE, "有效期届满");

        FinalizeDialogViewModel form = finalizeForm();
        AtomicReference<Campaign> done = new AtomicReference<>();
        form.save(done::set);
        assertNull(done.get());
        assertEquals(List.of(vm.items().get(4).caption()), form.refused());
        assertTrue(form.formErrorProperty().get().startsWith("还有 1 件文件未提出清理意见"), form.formErrorProperty().get());

        decide(vm.items().subList(4, 5), Disposition.REPEAL, "已被新文件代替");
        form = vm.finalizeCampaign();
        form.approvedByProperty().set("市政府第32次常务会议");
        form.approvedOnProperty().set("2019年8月23日");
        form.save(done::set);
        assertEquals(CampaignState.FINALIZED, done.get().state());
        assertTrue(form.refused().isEmpty());
        vm.finalized(done.get());

        assertTrue(vm.finalizedProperty().get());
        assertFalse(vm.openProperty().get());
        assertNull(vm.scope(), "a finalized campaign takes no more documents");
        assertEquals(2, vm.catalogue(Disposition.CONTINUE).size());
        assertEquals(1, vm.catalogue(Disposition.AMEND).size());
        assertEquals(1, vm.catalogue(Disposition.EXPIRE).size());
        assertEquals(1, vm.catalogue(Disposition.REPEAL).size());
        assertEquals(LifecycleStatus.REPEALED, fixture.workspace.register().get(vm.items().get(4).documentId()).status());

        vm.exportXlsx(Disposition.CONTINUE, dir.resolve("out"));
        assertTrue(Files.exists(dir.resolve("out").resolve("2019年清理-继续有效目录.xlsx")));
        assertTrue(notes.get(notes.size() - 1).startsWith("已导出 2019年清理-继续有效目录.xlsx"), notes.toString());
        vm.exportPdf(Disposition.REPEAL, dir.resolve("out"));
        assertTrue(Files.exists(dir.resolve("out").resolve("2019年清理-废止目录.pdf")));
    }

    @Test
    void the_audit_tab_reads_each_step_of_a_campaign_by_its_labels() {
        create("2019年清理");
        scopeCityDocuments();
        decide(vm.items().subList(0, 4), Disposition.CONTINUE, "继续有效");
        decide(vm.items().subList(4, 5), Disposition.REPEAL, "已被新文件代替");
        AtomicReference<Campaign> done = new AtomicReference<>();
        finalizeForm().save(done::set);
        vm.finalized(done.get());

        List<String> changes = vm.audit().stream().map(org.normdesk.ui.register.AuditRow::changes).toList();
        assertEquals(List.of("名称：2019年清理\n依据：国办发〔2018〕37号\n类型：专项清理\n完成期限：2019-10-31\n状态：进行中",
                "新增文件：5\n文件数：5",
                "清理意见：继续有效\n文件数：4\n理由：继续有效",
                "清理意见：废止\n文件数：1\n理由：已被新文件代替",
                "状态：进行中 → 已定稿\n批准机关：市政府第32次常务会议\n批准日期：2019-08-23\n清理结果文号：濮政〔2019〕20号\n"
                        + "继续有效：4\n修改：0\n宣布失效：0\n废止：1\n已明令废止：0"), changes);
    }
}
