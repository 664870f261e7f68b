package org.normdesk.domain.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The review of one registered filing.
 *
 * @param feedbackDue  for corrections: when the filing unit must report back (proposed with the outcome)
 * @param opinionText  the 审查意见书 body, drafted from the checklist and edited by the reviewer
 * @param opinionNo    given when a 负责人 approves it
 * @param sentBackNote why a 负责人 sent the opinion back to the reviewer (latest time)
 */
public record Review(long id, long filingId, ReviewState state, String assignee, Instant assignedAt,
                     ReviewOutcome outcome, LocalDate feedbackDue, String opinionText, String draftedBy,
                     Instant draftedAt, String approvedBy, Instant approvedAt, String opinionNo, String sentBackNote,
                     int version) {
    public Review {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(assignee, "assignee");
    }

    public boolean approved() {
        return state == ReviewState.APPROVED;
    }
}
