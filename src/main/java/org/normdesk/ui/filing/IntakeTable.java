package org.normdesk.ui.filing;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.service.filing.DueHealth;
import org.normdesk.service.filing.IntakeRow;
import org.normdesk.service.filing.UnfiledDocument;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Cells;
import org.normdesk.ui.common.Columns;

import java.time.LocalDate;
import java.util.List;

/** Columns of the intake queue and of the 漏报 list: values, cells, colours by deadline, widths. */
final class IntakeTable {
    private static final List<String> DATE = List.of("0000-00-00");

    private IntakeTable() {
    }

    /** The queue's columns, in the order of the FXML. */
    record QueueColumns(TableColumn<IntakeRow, String> number, TableColumn<IntakeRow, String> title,
                        TableColumn<IntakeRow, String> unit, TableColumn<IntakeRow, FilingState> state,
                        TableColumn<IntakeRow, LocalDate> firstReceived,
                        TableColumn<IntakeRow, LocalDate> currentReceived, TableColumn<IntakeRow, Integer> submissions,
                        TableColumn<IntakeRow, LocalDate> nextDue, TableColumn<IntakeRow, DueHealth> health,
                        TableColumn<IntakeRow, Long> daysLate, TableColumn<IntakeRow, String> registrationNo) {
    }

    static void queue(TableView<IntakeRow> table, Messages messages, QueueColumns c) {
        Cells.text(c.number(), IntakeRow::docNumber);
        Cells.text(c.title(), IntakeRow::title);
        Cells.text(c.unit(), IntakeRow::filingUnit);
        Cells.value(c.state(), IntakeRow::state);
        c.state().setCellFactory(col -> labelled(messages));
        Cells.date(c.firstReceived(), IntakeRow::firstReceived, messages);
        Cells.date(c.currentReceived(), IntakeRow::currentReceived, messages);
        Cells.value(c.submissions(), IntakeRow::submissions);
        Cells.date(c.nextDue(), IntakeRow::nextDue, messages);
        Cells.value(c.health(), IntakeRow::health);
        c.health().setCellFactory(col -> healthBadge(messages));
        Cells.value(c.daysLate(), IntakeRow::daysLate);
        c.daysLate().setCellFactory(col -> days());
        Cells.text(c.registrationNo(), IntakeRow::registrationNo);

        Columns.width(c.number(), 11);
        Columns.width(c.title(), 19);
        Columns.width(c.unit(), 8);
        Columns.fitTo(c.state(), messages.labels(FilingState.values()), 1.2);
        for (TableColumn<?, ?> date : List.of(c.firstReceived(), c.currentReceived(), c.nextDue())) {
            Columns.fitTo(date, DATE, 1.2);
        }
        Columns.fitTo(c.submissions(), List.of("00"), 1.2);
        Columns.fitTo(c.health(), messages.labels(DueHealth.values()), 2.2);
        Columns.fitTo(c.daysLate(), List.of("000"), 1.2);
        Columns.width(c.registrationNo(), 11);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(IntakeRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(DueStyle.ROW_OVERDUE, DueStyle.ROW_DUE_SOON);
                if (!empty && item != null && item.health() == DueHealth.OVERDUE) {
                    getStyleClass().add(DueStyle.ROW_OVERDUE);
                } else if (!empty && item != null && item.health() == DueHealth.DUE_SOON) {
                    getStyleClass().add(DueStyle.ROW_DUE_SOON);
                }
            }
        });
    }

    static void unfiled(TableView<UnfiledDocument> table, Messages messages,
                        TableColumn<UnfiledDocument, String> number, TableColumn<UnfiledDocument, String> title,
                        TableColumn<UnfiledDocument, String> issuer, TableColumn<UnfiledDocument, LocalDate> published,
                        TableColumn<UnfiledDocument, LocalDate> due, TableColumn<UnfiledDocument, Long> overdue) {
        Cells.text(number, UnfiledDocument::docNumber);
        Cells.text(title, UnfiledDocument::title);
        Cells.text(issuer, UnfiledDocument::issuer);
        Cells.date(published, UnfiledDocument::published, messages);
        Cells.date(due, UnfiledDocument::filingDue, messages);
        Cells.value(overdue, UnfiledDocument::daysOverdue);
        overdue.setCellFactory(col -> days());
        Columns.width(number, 11);
        Columns.width(title, 30);
        Columns.width(issuer, 12);
        Columns.fitTo(published, DATE, 1.2);
        Columns.fitTo(due, DATE, 1.2);
        Columns.fitTo(overdue, List.of("0000"), 1.2);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    private static TableCell<IntakeRow, FilingState> labelled(Messages messages) {
        return new TableCell<>() {
            @Override
            protected void updateItem(FilingState item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.label(item));
            }
        };
    }

    private static TableCell<IntakeRow, DueHealth> healthBadge(Messages messages) {
        return new TableCell<>() {
            @Override
            protected void updateItem(DueHealth item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                setGraphic(badge(item, messages));
            }
        };
    }

    static Label badge(DueHealth health, Messages messages) {
        Label badge = new Label(messages.label(health));
        badge.getStyleClass().addAll(DueStyle.BADGE, DueStyle.of(health));
        return badge;
    }

    /** A count of days: blank for none, so that the late ones stand out. */
    private static <S> TableCell<S, Long> days() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || item == 0 ? null : String.valueOf(item));
                getStyleClass().remove("days-late");
                if (!empty && item != null && item > 0) {
                    getStyleClass().add("days-late");
                }
            }
        };
    }

}
