package org.normdesk.service.settings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.calendar.DeadlineRule;
import org.normdesk.domain.calendar.DeadlineStart;
import org.normdesk.domain.calendar.DeadlineUnit;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.filing.DeadlineKind;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeadlineSettingsTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private DeadlineSettings deadlines;

    @BeforeEach
    void open() {
        ws = Workspace.openEmbedded(new DataFolder(dir), Clock.systemUTC());
        deadlines = new DeadlineSettings(ws.calendar());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void all_four_rules_are_saved_together() {
        Map<DeadlineKind, DeadlineRule> rules = new EnumMap<>(deadlines.rules());
        rules.put(DeadlineKind.FILING_DUE, new DeadlineRule(15, DeadlineUnit.WORKING_DAYS, DeadlineStart.PUBLISHED, false));
        rules.put(DeadlineKind.REVIEW_DUE, new DeadlineRule(30, DeadlineUnit.CALENDAR_DAYS, DeadlineStart.REGISTERED, true));

        deadlines.saveAll(rules);

        assertEquals(rules, ws.calendar().deadlineRules());
    }

    @Test
    void one_rule_out_of_range_stops_all_of_them_before_anything_is_written() {
        Map<DeadlineKind, DeadlineRule> before = deadlines.rules();
        Map<DeadlineKind, DeadlineRule> rules = new EnumMap<>(before);
        rules.put(DeadlineKind.FILING_DUE, new DeadlineRule(10, DeadlineUnit.CALENDAR_DAYS, DeadlineStart.PUBLISHED, true));
        rules.put(DeadlineKind.RESUBMIT_DUE, new DeadlineRule(400, DeadlineUnit.CALENDAR_DAYS,
                DeadlineStart.NOTICE_RECEIVED, true));

        DomainException refused = assertThrows(DomainException.class, () -> deadlines.saveAll(rules));

        assertEquals("deadline.count.outOfRange", refused.messageKey());
        assertEquals(before, ws.calendar().deadlineRules());
    }

    @Test
    void a_failure_while_writing_puts_back_the_rules_already_written() {
        Map<DeadlineKind, DeadlineRule> before = deadlines.rules();
        Map<DeadlineKind, DeadlineRule> rules = new EnumMap<>(before);
        rules.put(DeadlineKind.FILING_DUE, new DeadlineRule(10, DeadlineUnit.CALENDAR_DAYS, DeadlineStart.PUBLISHED, true));
        rules.put(DeadlineKind.REVIEW_DUE, new DeadlineRule(25, DeadlineUnit.WORKING_DAYS, DeadlineStart.REGISTERED, false));
        // the connection drops while the second rule is written
        int[] writes = {0};
        DeadlineSettings failing = new DeadlineSettings(ws.calendar()::deadlineRules, (kind, rule) -> {
            if (++writes[0] == 2) {
                throw new IllegalStateException("connection lost");
            }
            ws.calendar().saveDeadlineRule(kind, rule);
        });

        assertThrows(IllegalStateException.class, () -> failing.saveAll(rules));

        assertEquals(before, ws.calendar().deadlineRules());
    }
}
