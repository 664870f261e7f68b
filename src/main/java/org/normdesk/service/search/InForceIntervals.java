package org.normdesk.service.search;

import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.store.SearchStore.HistoryStep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a document was in force, read off its status history the way the history SQL answers point in time
 * ({@code DocumentStore.inForceOn}): on day D the document counts if it was published by D and the last history
 * entry effective by D (latest effective date, then latest entry) left it 现行有效 or 已修改 — or 尚未施行 with its
 * effective date reached. The search index keeps these intervals as ranges, so "in force on D" is one range query.
 */
final class InForceIntervals {
    /** An interval of epoch days, both ends inclusive; {@link Long#MAX_VALUE} for "still in force". */
    record Interval(long from, long to) {
    }

    /** No interval is open (epoch days can be negative: documents from before 1970). */
    private static final long NONE = Long.MIN_VALUE;

    private InForceIntervals() {
    }

    /**
     * @param history in (effective on, id) order
     */
    static List<Interval> of(LocalDate published, LocalDate effective, List<HistoryStep> history) {
        List<Interval> intervals = new ArrayList<>();
        if (published == null || history.isEmpty()) {
            return intervals;
        }
        long start = NONE;
        long effectiveDay = effective == null ? Long.MAX_VALUE : effective.toEpochDay();
        for (int i = 0; i < history.size(); i++) {
            HistoryStep step = history.get(i);
            if (i + 1 < history.size() && history.get(i + 1).effectiveOn().equals(step.effectiveOn())) {
                continue; // a later entry on the same day decides that day
            }
            long day = step.effectiveOn().toEpochDay();
            long nextDay = i + 1 < history.size() ? history.get(i + 1).effectiveOn().toEpochDay() : Long.MAX_VALUE;
            // within [day, nextDay) the status is step.toStatus(); it binds from bindFrom on (or never)
            long bindFrom = switch (LifecycleStatus.valueOf(step.toStatus())) {
                case VALID, AMENDED -> day;
                case NOT_YET_EFFECTIVE -> Math.max(day, effectiveDay);
                default -> Long.MAX_VALUE;
            };
            if (bindFrom >= nextDay) {
                start = close(intervals, start, day);
                continue;
            }
            if (bindFrom > day) {
                start = close(intervals, start, day);
            }
            if (start == NONE) {
                start = bindFrom;
            }
        }
        close(intervals, start, Long.MAX_VALUE);
        // published by D
        long publishedDay = published.toEpochDay();
        List<Interval> clipped = new ArrayList<>(intervals.size());
        for (Interval interval : intervals) {
            if (interval.to() >= publishedDay) {
                clipped.add(new Interval(Math.max(interval.from(), publishedDay), interval.to()));
            }
        }
        return clipped;
    }

    /** Ends the open interval (if any) on the day before {@code endExclusive}; returns {@link #NONE}. */
    private static long close(List<Interval> intervals, long start, long endExclusive) {
        if (start != NONE) {
            intervals.add(new Interval(start, endExclusive == Long.MAX_VALUE ? Long.MAX_VALUE : endExclusive - 1));
        }
        return NONE;
    }
}
