package org.normdesk.service.exchange;

import java.util.List;

/**
 * A worksheet (or a CSV file) with its header row found.
 *
 * @param headerRowNumber the header's row number as Excel shows it (rows above are titles)
 * @param headers         the header cells, in column order
 * @param rows            the rows below the header, blank ones included (the dry run reports them)
 */
public record LedgerSheet(String name, int headerRowNumber, List<String> headers, List<LedgerRow> rows) {
    public LedgerSheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
