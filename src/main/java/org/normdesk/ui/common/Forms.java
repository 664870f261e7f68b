package org.normdesk.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

import java.util.function.Function;

/** Small bindings shared by the form dialogs. */
public final class Forms {
    private Forms() {
    }

    /** A message label that takes no space while there is nothing to say. */
    public static void message(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Shows the items of {@code box} by {@code label}, also in its button cell. */
    public static <T> void labels(ComboBox<T> box, Function<T, String> label) {
        box.setConverter(converter(label));
    }

    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choice lists are not editable");
            }
        };
    }

    /** A list cell showing {@code label} of its item. */
    public static <T> ListCell<T> cell(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
    }

    /**
     * Like {@link #cell} but a long text ends in "…" instead of widening the list: no sideways scroll bar
     * eating a row of a short list.
     */
    public static <T> ListCell<T> fittingCell(Function<T, String> label) {
        ListCell<T> cell = cell(label);
        cell.setPrefWidth(0);
        return cell;
    }
}
