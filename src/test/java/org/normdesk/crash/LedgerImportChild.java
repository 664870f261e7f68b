package org.normdesk.crash;

import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.exchange.Ledger;
import org.normdesk.service.exchange.LedgerImportService;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The child of {@link LedgerImportCrashTest}: imports a ledger and, once the import's transaction has written every
 * new document (the first progress report after planning reached 100%: the one that follows the bulk insert), prints {@code WRITTEN} and stops there, so the
 * parent kills it with the transaction open and thousands of uncommitted rows behind it.
 */
public final class LedgerImportChild {
    private LedgerImportChild() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0]));
        try (Workspace ws = Workspace.openEmbedded(folder, Clock.systemDefaultZone())) {
            LedgerImportService imports = ws.ledgerImport();
            Ledger ledger = imports.read(Path.of(args[1]));
            boolean[] planned = {false};
            imports.importLedger(ledger, imports.propose(ledger), (done, total, message) -> {
                if (planned[0] && done < total) {
                    System.out.println("WRITTEN " + done + " of " + total);
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                planned[0] |= done >= total;
            });
            System.out.println("COMMITTED");
        }
    }
}
