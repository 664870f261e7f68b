package org.normdesk.ui.register;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Cells;

import java.time.LocalDate;
import java.util.Comparator;

/** Columns of the register table: values, cells, sorting and widths in font units. */
final class RegisterTable {
    private RegisterTable() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    static void configure(TableView<DocumentRow> table, Messages messages,
                          TableColumn<DocumentRow, DocumentRow> number, TableColumn<DocumentRow, String> title,
                          TableColumn<DocumentRow, String> issuer, TableColumn<DocumentRow, String> type,
                          TableColumn<DocumentRow, LifecycleStatus> status,
                          TableColumn<DocumentRow, LocalDate> published, TableColumn<DocumentRow, LocalDate> effective,
                          TableColumn<DocumentRow, LocalDate> validUntil) {
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        number.setComparator(Comparator.comparing(DocumentRow::docNumber));
        StatusLabels.numberColumn(number, messages, DocumentRow::docNumber);
        Cells.value(title, DocumentRow::title);
        Cells.value(issuer, DocumentRow::issuer);
        Cells.value(type, DocumentRow::typeLabel);
        Cells.value(status, DocumentRow::status);
        StatusLabels.statusColumn(status, messages);
        Cells.date(published, DocumentRow::published, messages);
        Cells.date(effective, DocumentRow::effective, messages);
        Cells.date(validUntil, DocumentRow::validUntil, messages);

        // widths in em, so that they follow the font size (HiDPI, larger fonts)
        width(number, 11);
        width(title, 30);
        width(issuer, 12);
        fixedWidth(type, 8.5);
        fixedWidth(status, 6.5);
        fixedWidth(published, 7);
        fixedWidth(effective, 7);
        fixedWidth(validUntil, 7);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    static void width(TableColumn<?, ?> column, double em) {
        column.setPrefWidth(em * Font.getDefault().getSize());
    }

    /** Dates and labels of known length: never narrower than their content, so they are not cut off. */
    static void fixedWidth(TableColumn<?, ?> column, double em) {
        width(column, em);
        column.setMinWidth(column.getPrefWidth());
    }
}
