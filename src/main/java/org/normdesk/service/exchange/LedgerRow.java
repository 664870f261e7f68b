package org.normdesk.service.exchange;

import java.util.List;

/**
 * One row of a ledger as read, before any interpretation.
 *
 * @param sheet     the worksheet it came from (the file name for a CSV)
 * @param rowNumber the row number a person sees in Excel (1-based), or the CSV line's record number
 * @param cells     the cells as text, in column order; merged cells carry the value of their first cell
 */
public record LedgerRow(String sheet, int rowNumber, List<String> cells) {
    public LedgerRow {
        cells = List.copyOf(cells);
    }

    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
