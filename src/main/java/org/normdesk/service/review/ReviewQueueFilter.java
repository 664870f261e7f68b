package org.normdesk.service.review;

/**
 * The review queue's filters: text in the title, document number or filing unit; overdue only; assigned to me
 * only. The queue in the 审查 section and the counts of saved views use the same test, so they agree.
 *
 * @param text null or blank for no text filter
 */
public record ReviewQueueFilter(String text, boolean overdueOnly, boolean mineOnly) {
    public static final ReviewQueueFilter NONE = new ReviewQueueFilter("", false, false);

    public ReviewQueueFilter {
        text = text == null ? "" : text.strip();
    }

    /** @param me the signed-in user's name, for "mine only" */
    public boolean matches(ReviewQueueRow r, String me) {
        return (!overdueOnly || r.overdue())
                && (!mineOnly || (me != null && me.equals(r.assignee())))
                && (text.isEmpty() || r.title().contains(text)
                || (r.docNumber() != null && r.docNumber().contains(text))
                || (r.filingUnit() != null && r.filingUnit().contains(text)));
    }
}
