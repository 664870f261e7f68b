package org.normdesk.ui.common;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UiFontTest {
    @Test
    void the_first_preferred_family_that_is_installed_wins() {
        assertEquals(Optional.of("WenQuanYi Micro Hei"),
                UiFont.pick(List.of("DejaVu Sans", "SimSun", "WenQuanYi Micro Hei")));
        assertEquals(Optional.of("Noto Sans CJK SC"),
                UiFont.pick(List.of("Noto Sans CJK JP", "Noto Sans CJK SC", "Microsoft YaHei")));
    }

    @Test
    void without_a_cjk_family_the_style_is_left_alone() {
        assertEquals(Optional.empty(), UiFont.pick(List.of("DejaVu Sans", "Liberation Serif")));
        assertEquals("", UiFont.rootStyle(Optional.empty()));
        assertEquals("-fx-font-family: \"SimSun\";", UiFont.rootStyle(Optional.of("SimSun")));
    }
}
