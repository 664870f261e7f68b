package org.normdesk.service.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a backup holds, written into it as {@code manifest.json}.
 *
 * @param format        the manifest's own version
 * @param schemaVersion the database schema the copy was taken at
 * @param counts        documents, issuers, filings, audit entries, attachments
 * @param entries       every other entry of the zip with its size and SHA-256
 */
public record BackupManifest(int format, Instant createdAt, String createdBy, String schemaVersion,
                             Map<String, Long> counts, List<Entry> entries) {
    public static final int FORMAT = 1;

    public BackupManifest {
        counts = Map.copyOf(counts);
        entries = List.copyOf(entries);
    }

    public record Entry(String name, long size, String sha256) {
    }
}
