package org.normdesk.service.review;

import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.review.ReviewOutcome;
import org.normdesk.domain.review.ReviewState;

import java.time.LocalDate;

/**
 * One registered filing waiting for (or in) review.
 *
 * @param reviewId    null until someone is assigned
 * @param reviewDue   the review deadline on the working-day calendar (from registration)
 * @param daysLeft    calendar days from today to {@code reviewDue}; negative once overdue
 * @param workingDaysLeft working days from today to {@code reviewDue}; 0 once overdue
 * @param estimated   the deadline fell beyond the published calendar years (weekends only assumed)
 */
public record ReviewQueueRow(long filingId, long documentId, String title, String docNumber, String filingUnit,
                             String registrationNo, LocalDate registeredDate, FilingState filingState,
                             LocalDate reviewDue, long daysLeft, long workingDaysLeft, boolean estimated,
                             Long reviewId, String assignee, ReviewState reviewState, ReviewOutcome outcome) {
    public boolean overdue() {
        return daysLeft < 0;
    }

    public boolean assigned() {
        return assignee != null;
    }
}
