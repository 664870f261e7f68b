package org.normdesk.domain.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.normdesk.domain.document.LifecycleStatus.AMENDED;
import static org.normdesk.domain.document.LifecycleStatus.EXPIRED;
import static org.normdesk.domain.document.LifecycleStatus.NOT_YET_EFFECTIVE;
import static org.normdesk.domain.document.LifecycleStatus.REPEALED;
import static org.normdesk.domain.document.LifecycleStatus.REVOKED;
import static org.normdesk.domain.document.LifecycleStatus.VALID;

/** The whole transition table, written out independently of the enum, checked cell by cell (6 × 6). */
class LifecycleStatusTest {
    private static final Map<LifecycleStatus, Set<LifecycleStatus>> ALLOWED = Map.of(
            NOT_YET_EFFECTIVE, Set.of(VALID, AMENDED, EXPIRED, REPEALED, REVOKED),
            VALID, Set.of(AMENDED, EXPIRED, REPEALED, REVOKED),
            AMENDED, Set.of(AMENDED, EXPIRED, REPEALED, REVOKED),
            EXPIRED, Set.of(),
            REPEALED, Set.of(),
            REVOKED, Set.of());

    static Stream<Arguments> everyPair() {
        return Arrays.stream(LifecycleStatus.values()).flatMap(from -> Arrays.stream(LifecycleStatus.values())
                .map(to -> Arguments.of(from, to, ALLOWED.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void every_transition_is_allowed_or_refused_exactly_as_the_table_says(LifecycleStatus from, LifecycleStatus to,
                                                                         boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
        if (allowed) {
            assertDoesNotThrow(() -> change(from, to));
        } else {
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> change(from, to));
            assertEquals("status.transition.refused", e.messageKey());
            assertEquals(from, e.from());
            assertEquals(to, e.to());
        }
    }

    @ParameterizedTest
    @MethodSource("everyPair")
    void only_valid_and_amended_documents_are_in_force(LifecycleStatus status, LifecycleStatus ignored, boolean unused) {
        assertEquals(status == VALID || status == AMENDED, status.isInForce());
        assertEquals(ALLOWED.get(status).isEmpty(), status.isTerminal());
    }

    private static StatusChange change(LifecycleStatus from, LifecycleStatus to) {
        return new StatusChange(null, 1, from, to, LocalDate.of(2020, 1, 1), Instant.EPOCH, "tester", "理由", null);
    }
}
