package org.normdesk.ui.register;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentField;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.ui.RegisterFixture;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentDialogViewModelTest {
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

    private DocumentDialogViewModel newForm() {
        return DocumentDialogViewModel.forNew(fixture.register(), fixture.messages, InlineTaskRunner.immediate(),
                fixture.register().issuers());
    }

    @Test
    void a_valid_form_is_saved_with_its_dates_in_any_accepted_form() {
        DocumentDialogViewModel form = newForm();
        form.titleProperty().set("濮阳市物业管理办法");
        form.docNumberProperty().set("濮政（2020）3号");
        form.addIssuer(fixture.city);
        form.publishedDateProperty().set("二〇二〇年二月二十日");
        form.effectiveDateProperty().set("2020.3.1");

        form.save(saved::add);

        assertEquals(1, saved.size());
        assertEquals(LocalDate.of(2020, 2, 20), saved.get(0).publishedDate());
        assertEquals("濮政〔2020〕3号", saved.get(0).docNumber().normalized());
        assertEquals(5, fixture.register().count());
    }

    @Test
    void an_impossible_date_is_reported_under_its_field_and_nothing_is_saved() {
        DocumentDialogViewModel form = newForm();
        form.titleProperty().set("濮阳市物业管理办法");
        form.addIssuer(fixture.city);
        form.publishedDateProperty().set("2019-02-30");

        form.save(saved::add);

        assertTrue(saved.isEmpty());
        assertEquals(4, fixture.register().count());
        assertEquals(fixture.messages.format(new DomainException("date.impossible", "", "2019-02-30")),
                form.errorProperty(DocumentField.PUBLISHED_DATE).get());
        assertEquals("", form.errorProperty(DocumentField.TITLE).get());
        assertEquals("有 1 处填写有误", form.formErrorProperty().get());
    }

    @Test
    void every_wrong_field_gets_its_own_message() {
        DocumentDialogViewModel form = newForm();
        form.signedDateProperty().set("2019-13-01");

        form.save(saved::add);

        assertEquals("标题不能为空", form.errorProperty(DocumentField.TITLE).get());
        assertEquals("至少需要一个制定机关", form.errorProperty(DocumentField.ISSUERS).get());
        assertEquals("请选择文件类型", form.errorProperty(DocumentField.TYPE).get());
        assertFalse(form.errorProperty(DocumentField.SIGNED_DATE).get().isEmpty());
    }

    @Test
    void editing_a_field_clears_its_message() {
        DocumentDialogViewModel form = newForm();
        form.save(saved::add);
        assertFalse(form.errorProperty(DocumentField.TITLE).get().isEmpty());

        form.titleProperty().set("x");

        assertEquals("", form.errorProperty(DocumentField.TITLE).get());
    }

    @Test
    void a_duplicate_number_names_the_existing_document() {
        DocumentDialogViewModel form = newForm();
        form.titleProperty().set("另一件文件");
        form.docNumberProperty().set("濮政【2019】12号");
        form.addIssuer(fixture.city);

        form.save(saved::add);

        assertTrue(saved.isEmpty());
        String message = form.errorProperty(DocumentField.DOC_NUMBER).get();
        assertTrue(message.contains(RegisterFixture.GREENING), message);
        assertTrue(message.contains("濮政〔2019〕12号"), message);
    }

    @Test
    void the_first_issuer_suggests_the_type_and_the_lead_can_be_changed() {
        DocumentDialogViewModel form = newForm();

        form.addIssuer(fixture.education);
        form.addIssuer(fixture.city);
        form.addIssuer(fixture.city);

        assertEquals(DocumentType.DEPARTMENT_NORMATIVE, form.typeProperty().get());
        assertEquals(List.of(fixture.education, fixture.city), form.chosenIssuers());
        form.makeLead(fixture.city);
        assertEquals(List.of(fixture.city, fixture.education), form.chosenIssuers());
        assertEquals(List.of(fixture.city.id(), fixture.education.id()), form.input().issuerIds());
    }

    @Test
    void editing_starts_from_the_stored_values_and_saves_over_them() {
        DocumentDialogViewModel form = DocumentDialogViewModel.forEdit(fixture.register(), fixture.messages,
                InlineTaskRunner.immediate(), fixture.register().issuers(), fixture.gas);
        assertEquals("濮政〔2019〕24号", form.docNumberProperty().get());
        assertEquals("2019-07-22", form.publishedDateProperty().get());
        assertEquals("编辑文件", form.windowTitle());

        form.subjectAreaProperty().set("燃气");
        form.save(saved::add);

        assertEquals("燃气", fixture.register().get(fixture.gas.id()).subjectArea());
    }

    @Test
    void when_two_people_edit_the_same_document_the_second_sees_the_difference_and_can_merge_or_reload() {
        DocumentDialogViewModel first = DocumentDialogViewModel.forEdit(fixture.register(), fixture.messages,
                InlineTaskRunner.immediate(), fixture.register().issuers(), fixture.gas);
        DocumentDialogViewModel second = DocumentDialogViewModel.forEdit(fixture.register(), fixture.messages,
                InlineTaskRunner.immediate(), fixture.register().issuers(), fixture.gas);
        first.titleProperty().set("濮阳市燃气管理办法（修订）");
        first.save(saved::add);
        second.validUntilProperty().set("2024-08-31");
        second.save(saved::add);

        assertEquals(1, saved.size(), "the second save did not overwrite silently");
        EditConflict conflict = second.conflictProperty().get();
        assertTrue(conflict != null, "the conflict is shown");
        String described = conflict.describe(fixture.messages);
        assertTrue(described.contains("濮阳市燃气管理办法（修订）"), described);
        assertEquals("2024-08-31", conflict.changes().stream().filter(c -> c.field() == DocumentField.VALID_UNTIL)
                .findFirst().orElseThrow().mine());

        second.keepMineAndSave(saved::add);
        NormativeDocument merged = fixture.register().get(fixture.gas.id());
        assertEquals("濮阳市燃气管理办法（修订）", merged.title(), "their title kept");
        assertEquals(LocalDate.of(2024, 8, 31), merged.validUntil(), "my validity kept");

        DocumentDialogViewModel stale = DocumentDialogViewModel.forEdit(fixture.register(), fixture.messages,
                InlineTaskRunner.immediate(), fixture.register().issuers(), fixture.gas);
        stale.subjectAreaProperty().set("能源");
        stale.save(saved::add);
        stale.reloadTheirs();
        assertEquals("濮阳市燃气管理办法（修订）", stale.titleProperty().get());
        assertEquals("2024-08-31", stale.validUntilProperty().get());
        assertEquals(null, stale.conflictProperty().get());
    }
}
