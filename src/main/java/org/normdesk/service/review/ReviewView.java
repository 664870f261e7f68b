package org.normdesk.service.review;

import org.normdesk.domain.review.CheckedPoint;
import org.normdesk.domain.review.ChecklistPoint;
import org.normdesk.domain.review.Correction;
import org.normdesk.domain.review.Review;
import org.normdesk.service.filing.FilingView;

import java.util.List;
import java.util.Optional;

/**
 * Everything the review workspace of one filing shows.
 *
 * @param review     null while nobody is assigned
 * @param points     the checklist lines marked so far, in checklist order
 * @param correction the correction follow-up, once an approved opinion requires one
 */
public record ReviewView(FilingView filing, Review review, List<CheckedPoint> points, Correction correction) {
    public ReviewView {
        points = List.copyOf(points);
    }

    public Optional<CheckedPoint> point(ChecklistPoint point) {
        return points.stream().filter(p -> p.point() == point).findFirst();
    }

    /** Checklist points not marked yet. */
    public List<ChecklistPoint> unchecked() {
        return ChecklistPoint.all().stream().filter(p -> point(p).isEmpty()).toList();
    }
}
