package org.normdesk.service.filing;

import java.time.LocalDate;

/**
 * Every clock of one filing, computed from the deadline rules and the working-day calendar.
 *
 * @param filingDue       when the filing unit had to file (publication + rule); null without a publication date
 * @param daysLate        calendar days the first receipt came after {@code filingDue} (迟报), 0 if on time
 * @param formalCheckDue  formal check of the current package due (while received)
 * @param resubmitDue     corrected package due (while returned)
 * @param reviewDue       review due (once registered)
 * @param estimated       a date fell beyond the published calendar years: weekends-only was assumed
 */
public record FilingDeadlines(LocalDate filingDue, long daysLate, LocalDate formalCheckDue, LocalDate resubmitDue,
                              LocalDate reviewDue, boolean estimated) {
    public boolean late() {
        return daysLate > 0;
    }
}
