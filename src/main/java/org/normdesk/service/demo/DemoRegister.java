package org.normdesk.service.demo;

import java.util.List;

/**
 * The shipped demo register as it is written in {@code data/demo/demo-register.json}: issuers, documents with
 * their status histories, and filings with their events. Records refer to each other by {@code key}.
 */
public record DemoRegister(String description, long seed, List<IssuerEntry> issuers, List<DocumentEntry> documents,
                           List<FilingEntry> filings) {

    public record IssuerEntry(String key, String name, String code, String level, String kind, String parent) {
    }

    /** Dates are ISO strings; {@code history} lists the changes after the first status, oldest first. */
    public record DocumentEntry(String key, String title, String docNumber, List<String> issuers, String type,
                                String subjectArea, String signedDate, String publishedDate, String effectiveDate,
                                String validUntil, String initialStatus, List<HistoryEntry> history) {
    }

    public record HistoryEntry(String to, String effectiveOn, String reason, String causedBy) {
    }

    public record FilingEntry(String document, String filingUnit, String receivedDate, String channel,
                              List<FilingEventEntry> events) {
    }

    /** {@code registrationNo} is set on the event that registers the filing. */
    public record FilingEventEntry(String to, String on, String note, String registrationNo) {
    }
}
