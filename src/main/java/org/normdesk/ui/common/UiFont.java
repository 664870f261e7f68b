package org.normdesk.ui.common;

import javafx.scene.Parent;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * JavaFX's default font on Linux has no Chinese glyphs (tofu boxes), so a CJK family is set on every window's
 * root: the font bundled with the app when the build ships one, else the first installed family from a
 * preference list. All font choice lives here.
 */
public final class UiFont {
    private static final Logger LOG = LoggerFactory.getLogger(UiFont.class);

    /** In order of preference: Linux, then Windows, then macOS, then the Windows fallback. */
    public static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "SimSun");
    /** Where a bundled font travels in the jar (data/fonts/ in the source tree), if the build ships one. */
    public static final String BUNDLED = "/data/fonts/wqy-microhei.ttc";

    private static volatile Optional<String> bundled = Optional.empty();
    private static volatile Optional<String> chosen;

    private UiFont() {
    }

    /**
     * Loads the bundled font, if there is one; reads a few MB, so call it before the window exists and off the
     * FX thread ({@code Application.init}).
     */
    public static void loadBundled() {
        try (InputStream in = UiFont.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                return;
            }
            Font[] fonts = Font.loadFonts(in, Font.getDefault().getSize());
            if (fonts != null && fonts.length > 0) {
                bundled = Optional.of(fonts[0].getFamily());
                chosen = null;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The bundled font {} could not be loaded; using an installed one", BUNDLED, e);
        }
    }

    /** The first of {@link #PREFERRED} among {@code installed}. */
    public static Optional<String> pick(Collection<String> installed) {
        return PREFERRED.stream().filter(installed::contains).findFirst();
    }

    /** The family the windows use: the bundled one, else the preferred installed one. */
    public static Optional<String> family() {
        Optional<String> result = chosen;
        if (result == null) {
            result = bundled.isPresent() ? bundled : pick(Font.getFamilies());
            chosen = result;
        }
        return result;
    }

    /** The root's inline style that makes every control below it use {@code family}. */
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
