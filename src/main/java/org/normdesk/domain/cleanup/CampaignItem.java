package org.normdesk.domain.cleanup;

import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;

/**
 * One document in a campaign and its decision (null while undecided).
 *
 * @param basisDocumentId the replacing or repealing document, where there is one
 */
public record CampaignItem(long id, long campaignId, long documentId, String title, String docNumber,
                           String leadIssuer, DocumentType type, LifecycleStatus status, int documentVersionAtScope,
                           int documentVersionNow, Disposition decision, String reason, Long basisDocumentId) {
    public boolean decided() {
        return decision != null;
    }

    /** Someone changed the document after it entered the campaign. */
    public boolean changedSinceScoped() {
        return documentVersionNow != documentVersionAtScope;
    }
}
