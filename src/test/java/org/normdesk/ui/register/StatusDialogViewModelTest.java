package org.normdesk.ui.register;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.StatusChange;
import org.normdesk.ui.RegisterFixture;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusDialogViewModelTest {
    @TempDir
    Path dir;

    private RegisterFixture fixture;
    private final List<NormativeDocument> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new RegisterFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private StatusDialogViewModel form(NormativeDocument doc) {
        return new StatusDialogViewModel(fixture.register(), fixture.messages, InlineTaskRunner.immediate(), doc,
                RegisterFixture.TODAY);
    }

    @Test
    void only_the_moves_the_lifecycle_allows_are_offered() {
        assertEquals(List.copyOf(LifecycleStatus.VALID.next()), form(fixture.gas).targets());
        StatusDialogViewModel expired = form(fixture.greeningOld);
        assertTrue(expired.targets().isEmpty());
        assertFalse(expired.canChange());
        assertEquals("“已失效”是最终状态，不能再变更", expired.formErrorProperty().get());
    }

    @Test
    void a_repeal_by_a_named_document_is_saved_with_its_history_entry() {
        StatusDialogViewModel form = form(fixture.gas);
        form.targetProperty().set(LifecycleStatus.REPEALED);
        form.effectiveDateProperty().set("2020年3月1日");
        form.reasonProperty().set("被新办法替代");
        form.causeSearchProperty().set("绿化管理");
        form.searchCauses();
        assertEquals(List.of(RegisterFixture.GREENING), form.causeCandidates().stream().map(DocumentRow::title).toList());
        form.causeProperty().set(form.causeCandidates().get(0));

        form.save(saved::add);

        assertEquals(LifecycleStatus.REPEALED, saved.get(0).status());
        StatusChange last = fixture.register().history(fixture.gas.id()).get(1);
        assertEquals(LocalDate.of(2020, 3, 1), last.effectiveOn());
        assertEquals(fixture.greening.id(), last.causedByDocumentId());
    }

    @Test
    void a_blank_reason_is_refused_under_the_reason_field() {
        StatusDialogViewModel form = form(fixture.gas);
        form.targetProperty().set(LifecycleStatus.EXPIRED);

        form.save(saved::add);

        assertTrue(saved.isEmpty());
        assertEquals("变更效力状态必须填写理由", form.reasonErrorProperty().get());
        assertEquals(LifecycleStatus.VALID, fixture.register().get(fixture.gas.id()).status());
    }

    @Test
    void an_unreadable_date_is_refused_before_anything_is_sent() {
        StatusDialogViewModel form = form(fixture.gas);
        form.effectiveDateProperty().set("2020-02-30");
        form.reasonProperty().set("理由");

        form.save(saved::add);

        assertTrue(saved.isEmpty());
        assertFalse(form.dateErrorProperty().get().isEmpty());
    }

    @Test
    void a_blank_date_means_today_and_a_stale_version_is_refused() {
        StatusDialogViewModel first = form(fixture.gas);
        StatusDialogViewModel stale = form(fixture.gas);
        first.reasonProperty().set("有效期届满");
        first.targetProperty().set(LifecycleStatus.EXPIRED);
        first.save(saved::add);
        assertEquals(RegisterFixture.TODAY, fixture.register().history(fixture.gas.id()).get(1).effectiveOn());

        stale.reasonProperty().set("修改");
        stale.targetProperty().set(LifecycleStatus.AMENDED);
        stale.save(saved::add);

        assertEquals(1, saved.size());
        assertFalse(stale.formErrorProperty().get().isEmpty());
    }
}
