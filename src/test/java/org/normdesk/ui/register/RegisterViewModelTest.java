package org.normdesk.ui.register;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.ui.RegisterFixture;
import org.normdesk.ui.common.Choice;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normdesk.ui.RegisterFixture.GAS;
import static org.normdesk.ui.RegisterFixture.GREENING;
import static org.normdesk.ui.RegisterFixture.GREENING_OLD;
import static org.normdesk.ui.RegisterFixture.TUTORING;

/** The register view's filtering and selection, on a real register, without a stage. */
class RegisterViewModelTest {
    @TempDir
    Path dir;

    private RegisterFixture fixture;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new RegisterFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private RegisterViewModel loaded(InlineTaskRunner runner) {
        RegisterViewModel vm = new RegisterViewModel(fixture.register(), fixture.messages, runner, notices::add);
        vm.load();
        return vm;
    }

    private static List<String> titles(RegisterViewModel vm) {
        return vm.rows().stream().map(DocumentRow::title).sorted().toList();
    }

    @Test
    void without_filters_every_document_is_listed_newest_first_with_its_count() {
        RegisterViewModel vm = loaded(InlineTaskRunner.immediate());

        assertEquals(List.of(TUTORING, GREENING, GAS, GREENING_OLD), vm.rows().stream().map(DocumentRow::title).toList());
        assertEquals("共 4 件", vm.countTextProperty().get());
        assertEquals(4, vm.totalDocumentsProperty().get());
    }

    @Test
    void the_query_carries_every_filter() {
        RegisterViewModel vm = loaded(InlineTaskRunner.immediate());
        vm.searchTextProperty().set("  绿化 ");
        vm.statusesProperty().set(Set.of(LifecycleStatus.VALID, LifecycleStatus.AMENDED));
        vm.typeProperty().set(choice(vm.typeChoices(), DocumentType.GOVERNMENT_NORMATIVE));
        vm.yearProperty().set(choice(vm.yearChoices(), 2019));
        vm.issuerProperty().set(vm.issuerChoices().stream()
                .filter(c -> c.value() != null && c.value().id().equals(fixture.city.id())).findFirst().orElseThrow());

        DocumentQuery query = vm.query();

        assertEquals("绿化", query.text());
        assertEquals(Set.of(LifecycleStatus.VALID, LifecycleStatus.AMENDED), query.statuses());
        assertEquals(Set.of(DocumentType.GOVERNMENT_NORMATIVE), query.types());
        assertEquals(2019, query.year());
        assertEquals(fixture.city.id(), query.issuerId());
    }

    @Test
    void the_any_entries_leave_the_query_open() {
        RegisterViewModel vm = loaded(InlineTaskRunner.immediate());

        DocumentQuery query = vm.query();

        assertNull(query.text());
        assertTrue(query.statuses().isEmpty());
        assertTrue(query.types().isEmpty());
        assertNull(query.year());
        assertNull(query.issuerId());
    }

    @Test
    void choosing_a_status_lists_only_documents_in_that_status_at_once() {
        RegisterViewModel vm = loaded(InlineTaskRunner.immediate());

        vm.statusesProperty().set(Set.of(LifecycleStatus.VALID));

        assertEquals(List.of(GAS, GREENING).stream().sorted().toList(), titles(vm));
        assertEquals("共 2 件", vm.countTextProperty().get());
    }

    @Test
    void several_statuses_are_alternatives() {
        RegisterViewModel vm = loaded(InlineTaskRunner.immediate());

        vm.statusesProperty().set(Set.of(LifecycleStatus.EXPIRED, LifecycleStatus.NOT_YET_EFFECTIVE));

        assertEquals(List.of(GREENING_OLD, TUTORING).stream().sorted().toList(), titles(vm));
    }

    @Test
    void a_search_word_and_a_status_narrow_together() {
        RegisterViewModel vm = loaded(InlineTaskRunner.immediate());
        vm.searchTextProperty().set("绿化");
        vm.refresh();
        assertEquals(List.of(GREENING, GREENING_OLD).stream().sorted().toList(), titles(vm));

        vm.statusesProperty().set(Set.of(LifecycleStatus.VALID));

        assertEquals(List.of(GREENING), titles(vm));
        assertEquals("共 1 件", vm.countTextProperty().get());
    }

    @Test
    void a_number_typed_with_other_brackets_finds_the_document() {
        RegisterViewModel vm = loaded(InlineTaskRunner.immediate());

        vm.searchTextProperty().set("濮政[2019]24号");
        vm.refresh();

        assertEquals(List.of(GAS), titles(vm));
    }

    @Test
    void year_type_and_issuer_filters_search_again_when_chosen() {
        RegisterViewModel vm = loaded(InlineTaskRunner.immediate());

        vm.yearProperty().set(choice(vm.yearChoices(), 2019));
        assertEquals(List.of(GAS, GREENING).stream().sorted().toList(), titles(vm));

        vm.yearProperty().set(vm.yearChoices().get(0));
        vm.typeProperty().set(choice(vm.typeChoices(), DocumentType.DEPARTMENT_NORMATIVE));
        assertEquals(List.of(TUTORING), titles(vm));

        vm.typeProperty().set(vm.typeChoices().get(0));
        vm.issuerProperty().set(vm.issuerChoices().stream()
                .filter(c -> c.value() != null && c.value().id().equals(fixture.education.id())).findFirst().orElseThrow());
        assertEquals(List.of(TUTORING), titles(vm));
    }

    @Test
    void loading_offers_the_publication_years_newest_first_and_the_issuers() {
        RegisterViewModel vm = loaded(InlineTaskRunner.immediate());

        assertEquals(java.util.Arrays.asList(null, 2020, 2019, 2018),
                vm.yearChoices().stream().map(Choice::value).toList());
        assertEquals("2019年", vm.yearChoices().get(2).label());
        assertEquals(List.of("全部制定机关", "濮阳市人民政府", "濮阳市教育局"),
                vm.issuerChoices().stream().map(Choice::label).toList());
    }

    @Test
    void clearing_the_filters_lists_everything_again() {
        RegisterViewModel vm = loaded(InlineTaskRunner.immediate());
        vm.statusesProperty().set(Set.of(LifecycleStatus.EXPIRED));
        vm.searchTextProperty().set("绿化");
        vm.refresh();
        assertEquals(1, vm.rows().size());

        vm.clearFilters();

        assertEquals(4, vm.rows().size());
        assertEquals("", vm.searchTextProperty().get());
        assertTrue(vm.statusesProperty().get().isEmpty());
    }

    @Test
    void a_search_that_hits_the_row_limit_says_how_many_there_are() {
        RegisterViewModel vm = new RegisterViewModel(fixture.register(), fixture.messages,
                InlineTaskRunner.immediate(), notices::add, 3);
        vm.refresh();

        assertEquals(3, vm.rows().size());
        assertEquals("共 4 件，显示前 3 件", vm.countTextProperty().get());
    }

    @Test
    void an_older_search_that_answers_late_does_not_overwrite_the_newer_one() {
        InlineTaskRunner runner = InlineTaskRunner.deferred();
        RegisterViewModel vm = new RegisterViewModel(fixture.register(), fixture.messages, runner, notices::add);
        vm.searchTextProperty().set("燃气");
        vm.refresh();
        vm.searchTextProperty().set("绿化");
        vm.refresh();

        runner.runNewest();
        runner.runNewest();

        assertEquals(List.of(GREENING, GREENING_OLD).stream().sorted().toList(), titles(vm));
    }

    @Test
    void selecting_a_row_loads_the_document_and_its_history() {
        RegisterViewModel vm = loaded(InlineTaskRunner.immediate());

        vm.selectedProperty().set(row(vm, GREENING));

        assertNotNull(vm.detail().documentProperty().get());
        assertEquals(GREENING, vm.detail().documentProperty().get().title());
        assertEquals(1, vm.detail().history().size());
        assertEquals("录入台账", vm.detail().history().get(0).reason());
        assertTrue(vm.detail().fields().stream().anyMatch(f -> f.key().equals("number")
                && f.value().equals("濮政〔2019〕12号")));
    }

    @Test
    void the_selection_survives_a_refresh_and_follows_a_saved_document() {
        RegisterViewModel vm = loaded(InlineTaskRunner.immediate());
        vm.selectedProperty().set(row(vm, GAS));

        vm.refresh();
        assertEquals(GAS, vm.selectedProperty().get().title());

        vm.saved(fixture.tutoring, "saved");
        assertEquals(TUTORING, vm.selectedProperty().get().title());
        assertEquals(List.of("saved"), notices);
    }

    @Test
    void edit_and_status_forms_exist_only_for_a_loaded_document() {
        RegisterViewModel vm = loaded(InlineTaskRunner.immediate());
        assertNull(vm.editSelected());
        assertNull(vm.changeStatusOfSelected(RegisterFixture.TODAY));

        vm.selectedProperty().set(row(vm, GAS));

        assertEquals(GAS, vm.editSelected().titleProperty().get());
        assertNotNull(vm.changeStatusOfSelected(RegisterFixture.TODAY));
    }

    private static DocumentRow row(RegisterViewModel vm, String title) {
        return vm.rows().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    private static <T> Choice<T> choice(List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> value.equals(c.value())).findFirst().orElseThrow();
    }
}
