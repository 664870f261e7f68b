package org.normdesk.service.transfer;

import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.common.TextNormalizer;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.issuer.Issuer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields both registers compare, read the same way from a stored document and from a package record, and their
 * SHA-256: two registers agree on a document when the hashes are equal (the 文号 is compared in its normalised form).
 */
final class Fingerprint {
    static final List<String> FIELDS = List.of("title", "docNumber", "issuers", "type", "subjectArea", "signedDate",
            "publishedDate", "effectiveDate", "validUntil", "status", "registrationNo");

    private Fingerprint() {
    }

    static Map<String, String> fields(NormativeDocument d) {
        return fields(d.title(), d.docNumber() == null ? null : d.docNumber().normalized(),
                d.issuers().stream().map(Issuer::name).toList(), d.type().name(), d.subjectArea(), d.signedDate(),
                d.publishedDate(), d.effectiveDate(), d.validUntil(), d.status().name(), d.registrationNo());
    }

    static Map<String, String> fields(PackageRecords.Document d) {
        return fields(d.title(), DocNumber.parse(d.docNumber()).map(DocNumber::normalized).orElse(null),
                d.issuers().stream().map(PackageRecords.IssuerRef::name).toList(), d.type(), d.subjectArea(),
                d.signedDate(), d.publishedDate(), d.effectiveDate(), d.validUntil(), d.status(), d.registrationNo());
    }

    private static Map<String, String> fields(String title, String number, List<String> issuers, String type,
                                              String subject, LocalDate signed, LocalDate published,
                                              LocalDate effective, LocalDate until, String status, String regNo) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", text(title));
        f.put("docNumber", text(number));
        f.put("issuers", String.join("、", issuers.stream().map(String::strip).toList()));
        f.put("type", text(type));
        f.put("subjectArea", text(subject));
        f.put("signedDate", date(signed));
        f.put("publishedDate", date(published));
        f.put("effectiveDate", date(effective));
        f.put("validUntil", date(until));
        f.put("status", text(status));
        f.put("registrationNo", text(regNo));
        return f;
    }

    static String hash(Map<String, String> fields) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : fields.entrySet()) {
                digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
                digest.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1e);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The SHA-256 of a document's whole package record — its fields, status history, relations and filings — as
     * the package writes it: what a sender compares to tell whether anything about a document changed since it
     * was last sent.
     */
    static String recordHash(PackageRecords.Document record) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(PackageJson.MAPPER.writeValueAsBytes(record)));
        } catch (java.security.NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Reconciliation.FieldDiff> diff(Map<String, String> mine, Map<String, String> theirs) {
        List<Reconciliation.FieldDiff> diffs = new ArrayList<>();
        for (String field : FIELDS) {
            if (!Objects.equals(mine.get(field), theirs.get(field))) {
                diffs.add(new Reconciliation.FieldDiff(field, mine.get(field), theirs.get(field)));
            }
        }
        return diffs;
    }

    /** The same document in two registers: lead issuer and 文号, or without a 文号 lead issuer, title and date. */
    static String naturalKey(String leadIssuer, String normalizedNumber, String title, LocalDate published) {
        return normalizedNumber != null ? leadIssuer.strip() + "|N|" + normalizedNumber
                : leadIssuer.strip() + "|T|" + TextNormalizer.normalizeTitle(title) + "|" + published;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "" : s.strip();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
