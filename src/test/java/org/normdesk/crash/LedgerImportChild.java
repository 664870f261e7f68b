package org.normdesk.crash;

import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.exchange.Ledger;
import org.normdesk.service.exchange.LedgerImportService;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The child of {@link LedgerImportCrashTest}: imports a ledger and, once the import's transaction has written every
 * new document (the progress report counting "1,500 / 1,500" of them, before the updates), prints {@code WRITTEN} and
 * stops there, so the parent kills it with the transaction open and thousands of uncommitted rows behind it.
 */
public final class LedgerImportChild {
    private LedgerImportChild() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0]));
        try (Workspace ws = Workspace.openEmbedded(folder, Clock.systemDefaultZone())) {
            LedgerImportService imports = ws.ledgerImport();
            Ledger ledger = imports.read(Path.of(args[1]));
            imports.importLedger(ledger, imports.propose(ledger), (done, total, message) -> {
                // "1,500 / 1,500": the import has written all its new documents and goes on to the updates
                String[] counted = message.split(" / ");
                if (counted.length == 2 && counted[0].equals(counted[1]) && done < total) {
                    System.out.println("WRITTEN " + message);
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            System.out.println("COMMITTED");
        }
    }
}
