package org.normdesk.domain.review;

import org.normdesk.domain.common.DomainException;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the checklist as the reviewer marked it.
 *
 * @param article the clause it concerns, e.g. 第五条 (optional)
 */
public record CheckedPoint(ChecklistPoint point, PointResult result, String comment, String article, String checkedBy,
                           Instant checkedAt) {
    public static final int MAX_COMMENT = 2000;
    public static final int MAX_ARTICLE = 200;

    public CheckedPoint {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(result, "result");
        comment = blankToNull(comment);
        article = blankToNull(article);
        if (result == PointResult.PROBLEM && comment == null) {
            throw new DomainException("review.point.problemNeedsComment",
                    "Say what the problem is: a problem point needs a comment", point);
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new DomainException("review.point.commentTooLong", "The comment is longer than " + MAX_COMMENT
                    + " characters", MAX_COMMENT);
        }
        if (article != null && article.length() > MAX_ARTICLE) {
            throw new DomainException("review.point.articleTooLong", "The article is longer than " + MAX_ARTICLE
                    + " characters", MAX_ARTICLE);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
