package org.normdesk.ui.common;

import javafx.scene.Parent;
import javafx.scene.text.Font;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * JavaFX's default font on Linux has no Chinese glyphs (tofu boxes), so the first installed CJK family from
 * a preference list is set on every window's root. Kept in one place: a later version bundles its own font.
 */
public final class UiFont {
    /** In order of preference: Linux, then Windows, then macOS, then the Windows fallback. */
    public static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "SimSun");

    private static volatile Optional<String> chosen;

    private UiFont() {
    }

    /** The first of {@link #PREFERRED} among {@code installed}. */
    public static Optional<String> pick(Collection<String> installed) {
        return PREFERRED.stream().filter(installed::contains).findFirst();
    }

    /** The chosen family on this machine; asks JavaFX for the installed families once. */
    public static Optional<String> family() {
        Optional<String> result = chosen;
        if (result == null) {
            result = pick(Font.getFamilies());
            chosen = result;
        }
        return result;
    }

    /** The root's inline style that makes every control below it use the CJK family. */
    public static String rootStyle(Optional<String> family) {
        return family.map(f -> "-fx-font-family: \"" + f + "\";").orElse("");
    }

    public static void applyTo(Parent root) {
        String style = rootStyle(family());
        if (!style.isEmpty()) {
            root.setStyle(style);
        }
    }
}
