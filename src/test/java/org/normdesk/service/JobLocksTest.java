package org.normdesk.service;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DomainException;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseKind;
import org.normdesk.store.JobLockStore;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobLocksTest {
    private static final Instant NOW = Instant.parse("2020-03-02T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_job_someone_else_runs_is_refused_with_their_name_and_a_stale_lock_is_taken_over(DatabaseKind kind) {
        try (Database db = Database.open(TestDatabases.fresh(kind, tempDir))) {
            JobLockStore store = new JobLockStore(db);
            assertTrue(store.tryAcquire("campaign.finalize:1", "李四@pc2", NOW, NOW.minus(Duration.ofHours(2))).isEmpty());

            JobLocks mine = new JobLocks(db, CLOCK, () -> "张三");
            DomainException refused = assertThrows(DomainException.class, () -> mine.run("campaign.finalize:1", () -> 1));
            assertEquals("job.locked", refused.messageKey());
            assertEquals("李四@pc2", refused.args()[1]);
            assertEquals(7, mine.run("campaign.finalize:2", () -> 7), "another job is free");
            assertTrue(store.holder("campaign.finalize:2").isEmpty(), "released after the job");

            JobLocks later = new JobLocks(db, Clock.offset(CLOCK, Duration.ofHours(3)), () -> "张三");
            assertEquals(1, later.run("campaign.finalize:1", () -> 1), "a lock older than two hours is stale");
        }
    }
}
