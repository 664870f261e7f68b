package org.normdesk.service.review;

import org.normdesk.domain.review.Correction;

/**
 * An open correction whose feedback deadline is near or past (督促纠正).
 *
 * @param workingDaysLeft working days from today to the deadline (0 on the day itself and once it has passed)
 * @param daysOverdue     calendar days past the deadline, 0 while it has not passed
 * @param opinionNo       the approved 审查意见书 that required the correction
 */
public record CorrectionReminder(Correction correction, int workingDaysLeft, long daysOverdue, String opinionNo) {
    public boolean overdue() {
        return daysOverdue > 0;
    }
}
