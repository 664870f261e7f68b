package org.normdesk.service.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TemplateFieldsTest {
    @Test
    void dates_are_written_the_official_way() {
        assertEquals("2019年12月20日", TemplateFields.officialDate(LocalDate.of(2019, 12, 20)));
        assertEquals("2020年1月3日", TemplateFields.builder().put("d", LocalDate.of(2020, 1, 3)).build()
                .value("d").orElseThrow());
    }

    @Test
    void names_are_letters_digits_and_underscores_so_a_dot_always_means_a_column() {
        TemplateFields.builder().put("filingUnit", "x").put("报送单位", "x").put("field_2", "x");
        for (String bad : List.of("a.b", "", "a b", "{{a}}", "#rows:a")) {
            assertThrows(IllegalArgumentException.class, () -> TemplateFields.builder().put(bad, "x"), bad);
        }
        assertThrows(IllegalArgumentException.class,
                () -> TemplateFields.builder().row("reasons", Map.of("a.b", "x")));
        assertThrows(NullPointerException.class, () -> TemplateFields.builder().put("a", (String) null));
    }

    @Test
    void the_fields_are_a_snapshot_later_changes_to_the_callers_maps_do_not_leak_in() {
        Map<String, String> row = new HashMap<>(Map.of("problem", "缺少备案报告"));
        TemplateFields f = TemplateFields.builder().row("reasons", row).build();
        row.put("problem", "changed");
        assertEquals("缺少备案报告", f.table("reasons").orElseThrow().get(0).get("problem"));
        assertThrows(UnsupportedOperationException.class, () -> f.values().put("a", "b"));
    }
}
