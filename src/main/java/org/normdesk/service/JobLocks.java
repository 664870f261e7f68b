package org.normdesk.service;

import org.normdesk.domain.common.DomainException;
import org.normdesk.store.Database;
import org.normdesk.store.JobLockStore;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Long jobs (finalizing a campaign, loading a register) run under a named lock that other workstations see:
 * a second one is told who holds it and since when, instead of waiting or colliding. A lock older than
 * {@link #STALE_AFTER} is taken to belong to a workstation that crashed.
 */
public final class JobLocks {
    static final Duration STALE_AFTER = Duration.ofHours(2);

    private final JobLockStore store;
    private final Clock clock;
    private final String holder;

    public JobLocks(Database db, Clock clock, Supplier<String> currentUser) {
        this.store = new JobLockStore(db);
        this.clock = clock;
        // user and process: the same user on two PCs still counts as two holders
        this.holder = currentUser.get() + "@" + ManagementFactory.getRuntimeMXBean().getName();
    }

    /** Runs {@code job} under the lock {@code name}; refused with the holder's name when someone else has it. */
    public <T> T run(String name, Supplier<T> job) {
        Instant now = clock.instant();
        store.tryAcquire(name, holder, now, now.minus(STALE_AFTER)).ifPresent(other -> {
            throw new DomainException("job.locked", name + " is being run by " + other.holder() + " since "
                    + other.since(), name, other.holder(), other.since().toString());
        });
        try {
            return job.get();
        } finally {
            store.release(name, holder);
        }
    }
}
