package org.normdesk.service.settings;

import org.normdesk.domain.calendar.DeadlineRule;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.filing.DeadlineKind;
import org.normdesk.service.calendar.CalendarService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The four deadline rules edited together: all are checked before any is written, and if writing one fails
 * the ones already written are put back, so the rules are never half saved.
 */
public final class DeadlineSettings {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineSettings.class);
    /** The database allows 1 to 366 days (a year, leap day included). */
    public static final int MAX_DAYS = 366;

    private final Supplier<Map<DeadlineKind, DeadlineRule>> reader;
    private final BiConsumer<DeadlineKind, DeadlineRule> writer;

    public DeadlineSettings(CalendarService calendar) {
        this(calendar::deadlineRules, calendar::saveDeadlineRule);
    }

    /** Over any store of rules; tests make a write fail with it. */
    DeadlineSettings(Supplier<Map<DeadlineKind, DeadlineRule>> reader, BiConsumer<DeadlineKind, DeadlineRule> writer) {
        this.reader = reader;
        this.writer = writer;
    }

    public Map<DeadlineKind, DeadlineRule> rules() {
        return reader.get();
    }

    /**
     * @throws DomainException deadline.count.outOfRange for a count outside 1..{@value #MAX_DAYS}, before anything
     *         is written
     */
    public void saveAll(Map<DeadlineKind, DeadlineRule> rules) {
        rules.forEach((kind, rule) -> check(kind, Objects.requireNonNull(rule, "rule")));
        Map<DeadlineKind, DeadlineRule> before = reader.get();
        Map<DeadlineKind, DeadlineRule> written = new EnumMap<>(DeadlineKind.class);
        try {
            for (Map.Entry<DeadlineKind, DeadlineRule> e : rules.entrySet()) {
                if (e.getValue().equals(before.get(e.getKey()))) {
                    continue;
                }
                writer.accept(e.getKey(), e.getValue());
                written.put(e.getKey(), e.getValue());
            }
        } catch (RuntimeException failure) {
            written.keySet().forEach(kind -> {
                try {
                    writer.accept(kind, before.get(kind));
                } catch (RuntimeException again) {
                    failure.addSuppressed(again);
                    LOG.error("Could not put the deadline rule {} back to {}", kind, before.get(kind), again);
                }
            });
            throw failure;
        }
    }

    public static void check(DeadlineKind kind, DeadlineRule rule) {
        if (rule.count() < 1 || rule.count() > MAX_DAYS) {
            throw new DomainException("deadline.count.outOfRange", "The deadline " + kind + " must be 1 to "
                    + MAX_DAYS + " days, not " + rule.count(), kind, rule.count(), MAX_DAYS);
        }
    }
}
