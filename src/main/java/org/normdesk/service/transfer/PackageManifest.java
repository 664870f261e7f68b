package org.normdesk.service.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an exchange package (.ndpkg) holds, written into it as {@code manifest.json}.
 *
 * @param format         the package layout's own version; a reader refuses a newer one
 * @param packageId      unique per package: importing the same package twice is recognised by it
 * @param schemaVersion  the sender's database schema
 * @param sourceUnitName the sending unit (its settings' unit name), e.g. 清丰县司法局
 * @param recipientUnit  the unit it was written for
 * @param fullRegister   the whole register, or only what changed since {@code sincePackageId}
 * @param periodFrom     the previous package to the same recipient was written on this day (null: the whole register)
 * @param counts         documents, issuers, statusChanges, relations, filings, attachments
 * @param entries        every other entry of the zip with its size and SHA-256
 */
public record PackageManifest(int format, String packageId, String schemaVersion, String sourceUnitName,
                              String sourceUnitCode, String recipientUnit, boolean fullRegister, String sincePackageId,
                              LocalDate periodFrom, LocalDate periodTo, Instant createdAt, String createdBy,
                              Map<String, Long> counts, List<Entry> entries) {
    public static final int FORMAT = 1;

    public PackageManifest {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        entries = entries == null ? null : List.copyOf(entries);
    }

    public record Entry(String name, long size, String sha256) {
    }
}
