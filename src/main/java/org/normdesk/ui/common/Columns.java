package org.normdesk.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.List;

/** Table column widths in font units, measured from their labels so that both languages fit. */
public final class Columns {
    private Columns() {
    }

    /** A preferred width of {@code em} times the font size (follows HiDPI and larger fonts). */
    public static void width(TableColumn<?, ?> column, double em) {
        column.setPrefWidth(em * Font.getDefault().getSize());
    }

    /**
     * As wide as the widest of {@code texts} (and the column's own header) in the window font, plus
     * {@code paddingEm}, and never narrower: dates, numbers and labels are not cut off.
     */
    public static void fitTo(TableColumn<?, ?> column, List<String> texts, double paddingEm) {
        double size = Font.getDefault().getSize();
        Text probe = new Text();
        probe.setFont(Font.font(UiFont.family().orElse(Font.getDefault().getFamily()), size));
        double widest = 0;
        for (String text : texts) {
            probe.setText(text);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        if (column.getText() != null) {
            probe.setText(column.getText());
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        column.setPrefWidth(Math.ceil(widest + paddingEm * size));
        column.setMinWidth(column.getPrefWidth());
    }
}
