package org.normdesk.ui.settings;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.ui.RegisterFixture;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IssuersViewModelTest {
    @TempDir
    Path dir;

    private RegisterFixture fixture;
    private final ObservableList<Issuer> issuers = FXCollections.observableArrayList();
    private final List<String> notes = new ArrayList<>();
    private IssuersViewModel vm;

    @BeforeEach
    void open() {
        fixture = new RegisterFixture(dir);
        vm = new IssuersViewModel(fixture.register(), issuers, fixture.messages, InlineTaskRunner.immediate(),
                notes::add);
        vm.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void the_list_shows_the_registers_bodies() {
        assertEquals(List.of("濮阳市人民政府", "濮阳市教育局").stream().sorted().toList(),
                vm.issuers().stream().map(Issuer::name).sorted().toList());
    }

    @Test
    void name_level_and_kind_are_required() {
        IssuerDialogViewModel form = vm.newIssuerForm();
        List<Issuer> saved = new ArrayList<>();

        assertFalse(form.save(saved::add));

        assertEquals("机关名称不能为空", form.nameErrorProperty().get());
        assertEquals("请选择级别", form.levelErrorProperty().get());
        assertEquals("请选择机关类型", form.kindErrorProperty().get());
        assertEquals("", form.codeErrorProperty().get());
        assertEquals("有 3 处填写有误，未保存", form.formErrorProperty().get());
        assertTrue(saved.isEmpty());
        assertEquals(2, fixture.register().issuers().size());
    }

    @Test
    void a_name_already_taken_is_refused_even_with_other_blanks() {
        IssuerDialogViewModel form = vm.newIssuerForm();
        form.nameProperty().set(" 濮阳市 人民政府 ");
        form.levelProperty().set(OrgLevel.CITY);
        form.kindProperty().set(OrgKind.GOVERNMENT);

        assertFalse(form.save(issuer -> { }));

        assertEquals("已有名为“濮阳市 人民政府”的机关", form.nameErrorProperty().get());
    }

    @Test
    void a_code_longer_than_the_register_keeps_is_refused() {
        IssuerDialogViewModel form = vm.newIssuerForm();
        form.nameProperty().set("濮阳市住房和城乡建设局");
        form.codeProperty().set("濮".repeat(51));
        form.levelProperty().set(OrgLevel.CITY);
        form.kindProperty().set(OrgKind.DEPARTMENT);

        assertFalse(form.save(issuer -> { }));

        assertEquals("不能超过 50 个字", form.codeErrorProperty().get());
    }

    @Test
    void a_new_body_is_saved_and_the_list_read_again() {
        IssuerDialogViewModel form = vm.newIssuerForm();
        form.nameProperty().set("濮阳市住房和城乡建设局");
        form.codeProperty().set("濮建");
        form.levelProperty().set(OrgLevel.CITY);
        form.kindProperty().set(OrgKind.DEPARTMENT);
        List<Issuer> saved = new ArrayList<>();

        assertTrue(form.save(saved::add));
        vm.added(saved.get(0));

        assertEquals(1, saved.size());
        assertEquals("濮建", saved.get(0).code());
        assertEquals(3, vm.issuers().size());
        assertTrue(vm.issuers().stream().anyMatch(i -> i.name().equals("濮阳市住房和城乡建设局")));
        assertEquals("已添加机关：濮阳市住房和城乡建设局", vm.formMessageProperty().get());
        assertEquals(List.of("已添加机关：濮阳市住房和城乡建设局"), notes);
    }
}
