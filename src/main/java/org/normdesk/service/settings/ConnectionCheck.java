package org.normdesk.service.settings;

import org.normdesk.service.DatabaseInfo;
import org.normdesk.service.Workspace;

import java.nio.file.Path;
import java.time.Clock;

/**
 * "Test connection" for a shared register: opens it as the app would at start (connect, check and migrate the
 * schema) and closes it again. The password is used for this one connection and kept nowhere.
 */
public final class ConnectionCheck {
    /** Opening writes no attachment, so the folder given to the workspace is never touched. */
    private static final Path NO_ATTACHMENTS = Path.of("connection-check-attachments");

    private final Clock clock;

    public ConnectionCheck(Clock clock) {
        this.clock = clock;
    }

    /**
     * What the server holds: its schema version and counts.
     *
     * @throws org.normdesk.domain.common.DomainException preferences.sharedUrl.blank / .notPostgres for an address
     *         that is not a PostgreSQL one; db.auth.failed, db.unreachable, db.schema.newer from the server
     */
    public DatabaseInfo test(String url, String user, String password) {
        String address = WorkstationPreferences.checkPostgresUrl(url);
        try (Workspace ws = Workspace.openShared(address, user, password, NO_ATTACHMENTS, clock)) {
            return ws.info();
        }
    }
}
