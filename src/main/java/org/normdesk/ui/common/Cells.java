package org.normdesk.ui.common;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.normdesk.service.i18n.Messages;

import java.time.LocalDate;
import java.util.function.Function;

/** Table column set-up for records (PropertyValueFactory cannot read record components). */
public final class Cells {
    private Cells() {
    }

    public static <S, T> void value(TableColumn<S, T> column, Function<S, T> getter) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(getter.apply(c.getValue())));
    }

    /** A text column whose cells show their whole text on hover, for when the column is too narrow. */
    public static <S> void text(TableColumn<S, String> column, Function<S, String> getter) {
        value(column, getter);
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tooltip = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null || item.isEmpty();
                setText(blank ? null : item);
                tooltip.setText(blank ? null : item);
                setTooltip(blank ? null : tooltip);
            }
        });
    }

    /** A date column that sorts by date and shows the date in the user's format. */
    public static <S> void date(TableColumn<S, LocalDate> column, Function<S, LocalDate> getter, Messages messages) {
        value(column, getter);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.date(item));
            }
        });
    }
}
