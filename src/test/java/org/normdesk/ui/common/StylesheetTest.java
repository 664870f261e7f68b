package org.normdesk.ui.common;

import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The stylesheet parses without a single error (JavaFX only logs them, and then drops rules silently). */
class StylesheetTest {
    @Test
    void the_app_stylesheet_has_no_syntax_errors() throws Exception {
        URL css = StylesheetTest.class.getResource("/css/app.css");
        assertNotNull(css);
        CssParser.errorsProperty().clear();
        new CssParser().parse(css);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors);
    }
}
