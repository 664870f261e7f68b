package org.normdesk.domain.filing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The checklist and decision of one formal check.
 *
 * @param isNormative       it is a normative document at all (not 内部文件, 会议纪要 …)
 * @param rightAuthority    filed with the right review authority by the right filing body
 * @param materialsComplete every required material is present
 * @param withinTime        received by the filing deadline (a late filing is still registered, and flagged)
 * @param resubmitDue       for a return: by when the corrected package is due
 */
public record FormalCheck(Long id, long filingId, long submissionId, boolean isNormative, boolean rightAuthority,
                          boolean materialsComplete, boolean withinTime, FormalCheckDecision decision, String reasons,
                          LocalDate resubmitDue, String checkedBy, Instant checkedAt) {
}
