package org.normdesk.service.exchange;

import java.util.List;

/**
 * A ledger file read into memory: every worksheet that has a recognisable header row.
 *
 * @param fileName the file's name, for messages and the audit entry
 * @param sha256   of the file's bytes, hex; the audit entry names the exact file imported
 * @param format   xlsx, xls or csv
 * @param encoding the character set a CSV was read in (UTF-8, GB18030 …); null for workbooks
 */
public record Ledger(String fileName, String sha256, String format, String encoding, List<LedgerSheet> sheets) {
    public Ledger {
        sheets = List.copyOf(sheets);
    }

    public int rowCount() {
        return sheets.stream().mapToInt(s -> s.rows().size()).sum();
    }

    /** The first sheet's headers: what a mapping is proposed from and the wizard shows. */
    public List<String> headers() {
        return sheets.isEmpty() ? List.of() : sheets.get(0).headers();
    }
}
