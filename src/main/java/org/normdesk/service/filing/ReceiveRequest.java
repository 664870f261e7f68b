package org.normdesk.service.filing;

import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.filing.FilingChannel;

import java.util.List;

/**
 * A filing as the clerk records it on receipt.
 *
 * @param existingDocumentId the register's document, when it is already there (e.g. found as 漏报)
 * @param newDocument        otherwise the document to add to the register with the filing
 * @param acknowledgeWarnings save despite warnings the clerk has seen
 */
public record ReceiveRequest(Long existingDocumentId, DocumentInput newDocument, Long filingUnitId,
                             String receivedDate, FilingChannel channel, List<MaterialInput> materials,
                             boolean acknowledgeWarnings) {
    public ReceiveRequest {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    public ReceiveRequest acknowledged() {
        return new ReceiveRequest(existingDocumentId, newDocument, filingUnitId, receivedDate, channel, materials, true);
    }
}
