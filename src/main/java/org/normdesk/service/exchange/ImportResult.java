package org.normdesk.service.exchange;

/**
 * What an import did.
 *
 * @param issuersAdded issuing bodies the register did not know and the import added
 */
public record ImportResult(String fileName, int added, int updated, int duplicates, int rejected, int skipped,
                           int issuersAdded) {
    public boolean changedNothing() {
        return added == 0 && updated == 0 && issuersAdded == 0;
    }
}
