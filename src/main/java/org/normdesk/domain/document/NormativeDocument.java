package org.normdesk.domain.document;

import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.issuer.Issuer;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A normative document in the register (行政规范性文件 or 规章).
 *
 * @param id        null until stored
 * @param docNumber 文号; null for documents without one (通告, some department documents)
 * @param issuers   制定机关, lead body first (联合发文 has several)
 * @param version   optimistic-lock counter of the stored row
 */
public record NormativeDocument(Long id, String title, DocNumber docNumber, List<Issuer> issuers, DocumentType type,
                                String subjectArea, LocalDate signedDate, LocalDate publishedDate,
                                LocalDate effectiveDate, LocalDate validUntil, LifecycleStatus status,
                                String registrationNo, int version) {
    public NormativeDocument {
        if (title == null || title.isBlank()) {
            throw new DomainException("document.title.blank", "The title is empty");
        }
        title = title.strip();
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        issuers = List.copyOf(Objects.requireNonNull(issuers, "issuers"));
        if (issuers.isEmpty()) {
            throw new DomainException("document.issuers.empty", "At least one issuing body is needed");
        }
        if (new HashSet<>(issuers.stream().map(Issuer::name).toList()).size() != issuers.size()) {
            throw new DomainException("document.issuers.duplicate", "An issuing body is listed twice");
        }
        if (validUntil != null && effectiveDate != null && validUntil.isBefore(effectiveDate)) {
            throw new DomainException("document.validity.beforeEffective",
                    "Valid until " + validUntil + " is before the effective date " + effectiveDate,
                    validUntil, effectiveDate);
        }
        if (signedDate != null && publishedDate != null && publishedDate.isBefore(signedDate)) {
            throw new DomainException("document.published.beforeSigned",
                    "Published " + publishedDate + " is before the signing date " + signedDate,
                    publishedDate, signedDate);
        }
        subjectArea = subjectArea == null || subjectArea.isBlank() ? null : subjectArea.strip();
        registrationNo = registrationNo == null || registrationNo.isBlank() ? null : registrationNo.strip();
    }

    public Issuer leadIssuer() {
        return issuers.get(0);
    }

    /** The status a new document starts in, from its effective date as seen on {@code today}. */
    public static LifecycleStatus initialStatus(LocalDate effectiveDate, LocalDate validUntil, LocalDate today) {
        if (effectiveDate != null && effectiveDate.isAfter(today)) {
            return LifecycleStatus.NOT_YET_EFFECTIVE;
        }
        if (validUntil != null && validUntil.isBefore(today)) {
            return LifecycleStatus.EXPIRED;
        }
        return LifecycleStatus.VALID;
    }

    public NormativeDocument withId(long newId) {
        return new NormativeDocument(newId, title, docNumber, issuers, type, subjectArea, signedDate, publishedDate,
                effectiveDate, validUntil, status, registrationNo, version);
    }

    public NormativeDocument withStatus(LifecycleStatus newStatus) {
        return new NormativeDocument(id, title, docNumber, issuers, type, subjectArea, signedDate, publishedDate,
                effectiveDate, validUntil, newStatus, registrationNo, version);
    }
}
