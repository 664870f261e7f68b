package org.normdesk.service.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.normdesk.domain.audit.AuditEntry;
import org.normdesk.domain.audit.ChainCheck;
import org.normdesk.domain.common.DomainException;
import org.normdesk.store.AuditStore;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * The audit trail as a file that can be checked on another PC without the database: JSON Lines, a first line naming
 * the format, the number of entries and the chain head, then one entry per line with its hashes. Whoever holds the
 * head (printed at export, kept on paper or sent separately) can tell whether anything was changed, removed or added.
 */
public final class AuditExport {
    static final String FORMAT = "normdesk-audit";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditExport() {
    }

    /** Writes every entry up to the head read first; the file appears whole or not at all. */
    static ChainCheck write(AuditStore store, Path file) {
        AuditStore.Head head = store.head();
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        long[] written = {0};
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                ObjectNode header = JSON.createObjectNode().put("format", FORMAT).put("version", VERSION)
                        .put("entries", head.seq()).put("head", head.hash());
                out.write(JSON.writeValueAsString(header));
                out.newLine();
                store.forEachUpTo(head.seq(), entry -> {
                    try {
                        out.write(JSON.writeValueAsString(toJson(entry)));
                        out.newLine();
                        written[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            throw new DomainException("export.failed", "Cannot write " + file + ": " + e.getMessage(), file,
                    e.getMessage());
        }
        return new ChainCheck(written[0], null, head.hash());
    }

    /**
     * Recomputes every hash and link of an exported file and compares the last hash with the head written in it.
     *
     * @throws DomainException audit.export.unreadable when the file is not such an export
     */
    public static ChainCheck verify(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            JsonNode header = first == null ? null : JSON.readTree(first);
            if (header == null || !FORMAT.equals(header.path("format").asText()) || !header.path("head").isTextual()) {
                throw unreadable(file, "not a NormDesk audit export");
            }
            if (header.path("version").asInt() > VERSION) {
                throw unreadable(file, "written by a newer NormDesk (format " + header.path("version").asInt() + ")");
            }
            String statedHead = header.path("head").asText();
            long statedEntries = header.path("entries").asLong(-1);
            String previous = AuditEntry.GENESIS;
            long expectedSeq = 1;
            long count = 0;
            Long broken = null;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                count++;
                AuditEntry entry;
                try {
                    entry = fromJson(JSON.readTree(line));
                } catch (RuntimeException | JsonProcessingException e) {
                    // a line that is no longer an entry is as broken as an entry whose hash is wrong
                    if (broken == null) {
                        broken = expectedSeq;
                    }
                    expectedSeq++;
                    continue;
                }
                if (broken == null && (entry.seq() != expectedSeq || !entry.prevHash().equals(previous)
                        || !entry.sealedCorrectly())) {
                    broken = expectedSeq;
                }
                previous = entry.hash();
                expectedSeq++;
            }
            if (broken == null && (count != statedEntries || !previous.equals(statedHead))) {
                // entries cut from the end, or a head that belongs to another trail
                broken = count + 1;
            }
            return new ChainCheck(count, broken, statedHead);
        } catch (IOException e) {
            throw unreadable(file, e.getMessage());
        }
    }

    private static ObjectNode toJson(AuditEntry e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seq", e.seq()).put("at", e.occurredAt().toString()).put("actor", e.actor()).put("action", e.action())
                .put("entity", e.entity());
        if (e.entityId() == null) {
            node.putNull("entityId");
        } else {
            node.put("entityId", e.entityId());
        }
        node.put("before", e.beforeJson()).put("after", e.afterJson()).put("prevHash", e.prevHash()).put("hash", e.hash());
        return node;
    }

    private static AuditEntry fromJson(JsonNode n) {
        return new AuditEntry(n.get("seq").asLong(), Instant.parse(n.get("at").asText()), n.get("actor").asText(),
                n.get("action").asText(), n.get("entity").asText(),
                n.get("entityId").isNull() ? null : n.get("entityId").asLong(), text(n.get("before")), text(n.get("after")),
                n.get("prevHash").asText(), n.get("hash").asText());
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static DomainException unreadable(Path file, String why) {
        return new DomainException("audit.export.unreadable", "Cannot read the audit export " + file + ": " + why, file,
                why);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the export already failed; a leftover .part file is harmless
        }
    }
}
