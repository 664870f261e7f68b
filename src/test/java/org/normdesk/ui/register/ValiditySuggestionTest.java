package org.normdesk.ui.register;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.ValidityRules;
import org.normdesk.ui.RegisterFixture;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The add / edit form computes an empty 有效期 from the validity rules, shows it, and lets the user override it. */
class ValiditySuggestionTest {
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

    private DocumentDialogViewModel newForm(String title, String effective) {
        DocumentDialogViewModel form = DocumentDialogViewModel.forNew(fixture.register(), fixture.messages,
                InlineTaskRunner.immediate(), fixture.register().issuers()).suggestValidity(ValidityRules.DEFAULT);
        form.titleProperty().set(title);
        form.addIssuer(fixture.city);
        form.publishedDateProperty().set("2020-03-01");
        form.effectiveDateProperty().set(effective);
        return form;
    }

    @ParameterizedTest(name = "{0} effective {1}: until {2}")
    @CsvSource(delimiter = '|', textBlock = """
            濮阳市物业服务管理办法                 | 2020年4月1日 | 2025-03-31 | 留空即按一般文件有效期 5 年计：至 2025-03-31
            濮阳市城区停车管理暂行办法             | 2020-04-01   | 2022-03-31 | 留空即按暂行、试行文件有效期 2 年计：至 2022-03-31
            濮阳市共享单车管理试行办法（有效期3年） | 2020-04-01   | 2023-03-31 | 留空即按标题所载有效期 3 年计：至 2023-03-31
            濮阳市闰日施行办法                     | 2020-02-29   | 2025-02-28 | 留空即按一般文件有效期 5 年计：至 2025-02-28
            """)
    void an_empty_validity_is_saved_as_the_rules_give_it_and_the_form_says_so_first(String title, String effective,
                                                                                   String until, String hint) {
        DocumentDialogViewModel form = newForm(title, effective);

        assertEquals(hint, form.validityHintProperty().get());
        form.save(saved::add);

        assertEquals(LocalDate.parse(until), saved.get(0).validUntil());
    }

    @Test
    void a_typed_end_overrides_the_suggestion_and_no_validity_keeps_it_empty() {
        DocumentDialogViewModel typed = newForm("濮阳市物业服务管理办法", "2020-04-01");
        typed.validUntilProperty().set("2021年12月31日");
        assertEquals("", typed.validityHintProperty().get(), "a typed end needs no hint");
        typed.save(saved::add);
        assertEquals(LocalDate.of(2021, 12, 31), saved.get(0).validUntil());

        DocumentDialogViewModel none = newForm("濮阳市燃气安全管理规定", "2020-04-01");
        none.noValidityProperty().set(true);
        assertEquals("", none.validityHintProperty().get());
        none.save(saved::add);
        assertNull(saved.get(1).validUntil());
    }

    @Test
    void the_suggestion_follows_the_title_and_date_and_can_be_filled_in_to_be_changed() {
        DocumentDialogViewModel form = newForm("濮阳市物业服务管理办法", "");
        assertEquals("", form.validityHintProperty().get(), "no effective date: nothing to count from");
        form.effectiveDateProperty().set("2020-04-01");
        assertTrue(form.validityHintProperty().get().endsWith("2025-03-31"));
        form.titleProperty().set("濮阳市物业服务管理暂行办法");
        assertTrue(form.validityHintProperty().get().endsWith("2022-03-31"));

        form.acceptSuggestion();
        assertEquals("2022-03-31", form.validUntilProperty().get());
        assertEquals("", form.validityHintProperty().get());
    }

    @Test
    void editing_a_document_kept_without_validity_keeps_it_without() {
        NormativeDocument greening = fixture.register().get(fixture.greening.id());
        assertNull(greening.validUntil());
        DocumentDialogViewModel form = DocumentDialogViewModel.forEdit(fixture.register(), fixture.messages,
                InlineTaskRunner.immediate(), fixture.register().issuers(), greening)
                .suggestValidity(ValidityRules.DEFAULT);
        assertTrue(form.noValidityProperty().get());
        form.subjectAreaProperty().set("园林绿化");
        form.save(saved::add);
        assertNull(saved.get(0).validUntil());
        assertEquals("园林绿化", saved.get(0).subjectArea());
    }
}
