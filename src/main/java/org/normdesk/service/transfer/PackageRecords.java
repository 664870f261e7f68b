package org.normdesk.service.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON records of an exchange package ({@code records/documents.json}): one per document with what hangs off it. */
public final class PackageRecords {
    private PackageRecords() {
    }

    /**
     * @param key        the document's id in the sender's register; stays the same across the sender's packages
     * @param docNumber  文号 as entered (null without one)
     * @param issuers    制定机关, lead body first
     * @param history    status changes, oldest first
     * @param relations  立改废 links from this document to others (by their keys)
     * @param filings    filings of this document the sender received, with their packages (submissions)
     */
    public record Document(String key, String title, String docNumber, List<IssuerRef> issuers, String type,
                           String subjectArea, LocalDate signedDate, LocalDate publishedDate, LocalDate effectiveDate,
                           LocalDate validUntil, String status, String registrationNo, List<Status> history,
                           List<Link> relations, List<Filing> filings) {
        public Document {
            issuers = issuers == null ? List.of() : List.copyOf(issuers);
            history = history == null ? List.of() : List.copyOf(history);
            relations = relations == null ? List.of() : List.copyOf(relations);
            filings = filings == null ? List.of() : List.copyOf(filings);
        }
    }

    /** An issuing body by name, with what is needed to add it where it is not known yet. */
    public record IssuerRef(String name, String code, String level, String kind, String parentName) {
    }

    public record Status(String from, String to, LocalDate effectiveOn, Instant recordedAt, String recordedBy,
                         String reason) {
    }

    public record Link(String kind, String toKey, LocalDate effectiveOn) {
    }

    public record Filing(String filingUnit, LocalDate receivedDate, String channel, String state,
                         String registrationNo, LocalDate registeredDate, List<Submission> submissions) {
        public Filing {
            submissions = submissions == null ? List.of() : List.copyOf(submissions);
        }
    }

    public record Submission(int seq, LocalDate receivedDate, String channel, List<Material> materials) {
        public Submission {
            materials = materials == null ? List.of() : List.copyOf(materials);
        }
    }

    /** @param sha256 the attachment's entry {@code attachments/<sha256>} in the package; null when only on paper */
    public record Material(String kind, boolean present, String sha256, String fileName, Long size) {
    }
}
