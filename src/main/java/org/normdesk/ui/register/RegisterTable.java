package org.normdesk.ui.register;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Cells;
import org.normdesk.ui.common.Columns;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

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
        Cells.text(title, DocumentRow::title);
        Cells.text(issuer, DocumentRow::issuer);
        Cells.value(type, DocumentRow::typeLabel);
        Cells.value(status, DocumentRow::status);
        StatusLabels.statusColumn(status, messages);
        Cells.date(published, DocumentRow::published, messages);
        Cells.date(effective, DocumentRow::effective, messages);
        Cells.date(validUntil, DocumentRow::validUntil, messages);

        // widths in em, so that they follow the font size (HiDPI, larger fonts)
        Columns.width(number, 11);
        Columns.width(title, 30);
        Columns.width(issuer, 12);
        Columns.fitTo(type, messages.labels(DocumentType.values()), 1.5);
        Columns.fitTo(status, messages.labels(LifecycleStatus.values()), 2.5);
        for (TableColumn<?, ?> date : List.of(published, effective, validUntil)) {
            Columns.fitTo(date, List.of("0000-00-00"), 1.5);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

}
