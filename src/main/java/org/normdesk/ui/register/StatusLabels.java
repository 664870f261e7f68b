package org.normdesk.ui.register;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.i18n.Messages;

import java.util.function.Function;

/** Cells that show a status as a coloured badge and a flagged 文号 with a marker. */
final class StatusLabels {
    private StatusLabels() {
    }

    static Label badge(LifecycleStatus status, Messages messages) {
        Label badge = new Label(messages.label(status));
        badge.getStyleClass().addAll(StatusStyle.BADGE, StatusStyle.of(status));
        return badge;
    }

    static <S> void statusColumn(TableColumn<S, LifecycleStatus> column, Messages messages) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LifecycleStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : badge(item, messages));
            }
        });
    }

    /** The 文号 as entered; one the parser could not read gets a marker and an explanation on hover. */
    static void numberColumn(TableColumn<DocumentRow, DocumentRow> column, Messages messages,
                             Function<DocumentRow, String> text) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Label marker = marker(messages);

            @Override
            protected void updateItem(DocumentRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(StatusStyle.NUMBER_FLAGGED);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setText(text.apply(item));
                boolean flagged = item.numberFlagged();
                setGraphic(flagged ? marker : null);
                setTooltip(flagged ? marker.getTooltip() : null);
                if (flagged) {
                    getStyleClass().add(StatusStyle.NUMBER_FLAGGED);
                }
            }
        });
    }

    private static Label marker(Messages messages) {
        Label marker = new Label("?");
        marker.getStyleClass().add("number-flag");
        marker.setTooltip(new Tooltip(messages.get("register.number.flagged")));
        return marker;
    }
}
