package org.normdesk.ui.cleanup;

import org.normdesk.domain.cleanup.CampaignItem;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.i18n.Messages;

/** One document of a campaign's scope, with labels in the user's language; {@code decision} null while undecided. */
public record ItemRow(long documentId, String docNumber, String title, String issuer, LifecycleStatus status,
                      Disposition decision, String decisionLabel, String reason, boolean changed) {

    static ItemRow of(CampaignItem item, Messages messages) {
        return new ItemRow(item.documentId(), item.docNumber() == null ? "" : item.docNumber(), item.title(),
                item.leadIssuer() == null ? "" : item.leadIssuer(), item.status(), item.decision(),
                item.decided() ? messages.label(item.decision()) : messages.get("cleanup.undecided"),
                item.reason() == null ? "" : item.reason(), item.changedSinceScoped());
    }

    public boolean decided() {
        return decision != null;
    }

    /** 文号 and title, as lists and messages name a document. */
    public String caption() {
        return docNumber.isEmpty() ? title : docNumber + " " + title;
    }
}
