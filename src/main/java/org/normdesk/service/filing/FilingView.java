package org.normdesk.service.filing;

import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.Filing;
import org.normdesk.domain.filing.FormalCheck;
import org.normdesk.domain.filing.Submission;
import org.normdesk.domain.issuer.Issuer;

import java.util.List;

/** Everything about one filing that its detail view and its printed documents need. */
public record FilingView(Filing filing, NormativeDocument document, Issuer filingUnit, List<Submission> submissions,
                         List<FormalCheck> checks, FilingDeadlines deadlines) {
    public Submission currentSubmission() {
        return submissions.get(submissions.size() - 1);
    }
}
