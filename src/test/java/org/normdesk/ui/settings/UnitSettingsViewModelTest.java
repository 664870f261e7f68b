package org.normdesk.ui.settings;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.ui.RegisterFixture;
import org.normdesk.ui.task.InlineTaskRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitSettingsViewModelTest {
    @TempDir
    Path dir;

    private RegisterFixture fixture;
    private final ObservableList<Issuer> issuers = FXCollections.observableArrayList();
    private final List<String> notes = new ArrayList<>();
    private UnitSettingsViewModel vm;

    @BeforeEach
    void open() {
        fixture = new RegisterFixture(dir);
        issuers.setAll(fixture.register().issuers());
        vm = new UnitSettingsViewModel(fixture.workspace.settings(), issuers, fixture.messages,
                InlineTaskRunner.immediate(), notes::add, RegisterFixture.CLOCK);
        vm.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private UnitSettings stored() {
        return fixture.workspace.settings().unit();
    }

    @Test
    void the_stored_settings_show_with_a_preview_of_this_years_first_number() {
        assertEquals("司法局", vm.unitNameProperty().get());
        assertEquals(RegistrationNumberTemplate.DEFAULT, vm.templateProperty().get());
        assertEquals("规备字〔2020〕1号", vm.previewProperty().get());
        assertTrue(vm.requiredProperty(MaterialKind.OFFICIAL_TEXT).get());
        assertFalse(vm.requiredProperty(MaterialKind.ELECTRONIC_TEXT).get());
        assertEquals(2, vm.issuerOptions().size());

        vm.unitCodeProperty().set("濮");

        assertEquals("濮规备字〔2020〕1号", vm.previewProperty().get());
    }

    @Test
    void a_template_without_the_year_is_refused_as_it_is_typed() {
        vm.templateProperty().set("{unitCode}规备字{serial}号");

        assertEquals("登记编号模板 {unitCode}规备字{serial}号 缺少 {year}，按年重新编号时会产生重复编号",
                vm.templateErrorProperty().get());
        assertEquals("", vm.previewProperty().get());

        vm.templateProperty().set("{unitCode}规备字〔{year}〕{serial:3}号");

        assertEquals("", vm.templateErrorProperty().get());
        assertEquals("规备字〔2020〕001号", vm.previewProperty().get());
    }

    @Test
    void an_unknown_placeholder_or_a_missing_serial_is_said_under_the_template() {
        vm.templateProperty().set("{unit}规备字〔{year}〕{serial}号");
        assertTrue(vm.templateErrorProperty().get().contains("无法识别的占位符 {unit}"), vm.templateErrorProperty().get());

        vm.templateProperty().set("规备字〔{year}〕号");
        assertTrue(vm.templateErrorProperty().get().contains("缺少 {serial}"), vm.templateErrorProperty().get());
    }

    @Test
    void nothing_is_saved_while_a_field_is_wrong_and_each_says_why() {
        UnitSettings before = stored();
        vm.unitNameProperty().set(" ");
        vm.templateProperty().set("{unitCode}规备字{serial}号");
        for (MaterialKind kind : MaterialKind.values()) {
            vm.requiredProperty(kind).set(false);
        }

        assertFalse(vm.save());

        assertEquals("请填写单位名称", vm.unitNameErrorProperty().get());
        assertFalse(vm.templateErrorProperty().get().isEmpty());
        assertEquals("请至少勾选一项必备材料", vm.materialsErrorProperty().get());
        assertEquals("有 3 处填写有误，未保存", vm.formErrorProperty().get());
        assertEquals(before, stored());
        assertTrue(notes.isEmpty());

        vm.unitNameProperty().set("濮阳市司法局");
        assertEquals("", vm.unitNameErrorProperty().get(), "an error goes when its field is edited");
    }

    @Test
    void a_template_with_the_unit_code_needs_one() {
        vm.unitNameProperty().set("濮阳市司法局");
        vm.unitCodeProperty().set("");

        assertFalse(vm.save());

        assertEquals("编号模板使用了 {unitCode}，请填写单位代字", vm.unitCodeErrorProperty().get());

        vm.templateProperty().set("备字〔{year}〕{serial}号");
        assertTrue(vm.save(), "a template without {unitCode} does without one");
    }

    @Test
    void everything_is_saved_in_one_go() {
        vm.unitNameProperty().set("濮阳市司法局");
        vm.unitCodeProperty().set("濮");
        vm.templateProperty().set("{unitCode}规备字〔{year}〕{serial:3}号");
        vm.requiredProperty(MaterialKind.ELECTRONIC_TEXT).set(true);
        vm.requiredProperty(MaterialKind.LEGAL_BASIS).set(false);
        vm.issuerOptions().stream().filter(o -> o.issuer().equals(fixture.city)).findFirst().orElseThrow()
                .ownProperty().set(true);

        assertTrue(vm.save());

        UnitSettings saved = stored();
        assertEquals("濮阳市司法局", saved.unitName());
        assertEquals("濮", saved.unitCode());
        assertEquals("{unitCode}规备字〔{year}〕{serial:3}号", saved.registrationTemplate().pattern());
        assertEquals(EnumSet.of(MaterialKind.FILING_REPORT, MaterialKind.OFFICIAL_TEXT,
                MaterialKind.DRAFTING_EXPLANATION, MaterialKind.LEGALITY_REVIEW_OPINION, MaterialKind.ELECTRONIC_TEXT),
                saved.requiredMaterials());
        assertEquals(Set.of(fixture.city.id()), saved.ownIssuerIds());
        assertEquals("本单位设置已保存", vm.formMessageProperty().get());
        assertEquals(List.of("本单位设置已保存"), notes);
    }

    @Test
    void own_issuers_not_in_the_list_yet_are_kept_when_saving() {
        fixture.workspace.settings().save(new UnitSettings("濮阳市司法局", "濮",
                new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT), MaterialKind.defaultRequired(),
                Set.of(fixture.city.id())));
        ObservableList<Issuer> notRead = FXCollections.observableArrayList();
        UnitSettingsViewModel early = new UnitSettingsViewModel(fixture.workspace.settings(), notRead,
                fixture.messages, InlineTaskRunner.immediate(), notes::add, RegisterFixture.CLOCK);
        early.load();

        early.unitNameProperty().set("濮阳市司法局（新）");
        assertTrue(early.save());

        assertEquals(Set.of(fixture.city.id()), stored().ownIssuerIds());
    }

    @Test
    void the_ticked_bodies_are_listed_first() {
        Issuer education = fixture.education;
        fixture.workspace.settings().save(new UnitSettings("濮阳市司法局", "濮",
                new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT), MaterialKind.defaultRequired(),
                Set.of(education.id())));
        issuers.setAll(fixture.register().issuers().stream()
                .sorted(java.util.Comparator.comparing((Issuer i) -> i.equals(education))).toList());

        vm.load();

        assertEquals(education, vm.issuerOptions().get(0).issuer());
        assertTrue(vm.issuerOptions().get(0).ownProperty().get());
    }

    @Test
    void a_body_added_elsewhere_appears_in_the_list_without_losing_the_ticks() {
        vm.issuerOptions().get(0).ownProperty().set(true);
        Issuer first = vm.issuerOptions().get(0).issuer();
        Issuer added = fixture.register().addIssuer(new Issuer(null, "濮阳市人民政府办公室", "濮政办", OrgLevel.CITY,
                OrgKind.GENERAL_OFFICE, null));

        issuers.setAll(fixture.register().issuers());

        assertEquals(3, vm.issuerOptions().size());
        assertTrue(vm.issuerOptions().stream().filter(o -> o.issuer().equals(first)).findFirst().orElseThrow()
                .ownProperty().get());
        assertFalse(vm.issuerOptions().stream().filter(o -> o.issuer().equals(added)).findFirst().orElseThrow()
                .ownProperty().get());
    }
}
