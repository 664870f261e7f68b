package org.normdesk.domain.document;

import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.issuer.Issuer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A document as a person typed it: dates and 文号 are still text. {@link #toDocument} parses and checks
 * every field and reports all problems together.
 *
 * @param issuerIds     lead body first
 * @param initialStatus null lets the register derive it from the dates
 */
public record DocumentInput(String title, String docNumber, List<Long> issuerIds, DocumentType type,
                            String subjectArea, String signedDate, String publishedDate, String effectiveDate,
                            String validUntil, LifecycleStatus initialStatus) {
    public DocumentInput {
        issuerIds = issuerIds == null ? List.of() : List.copyOf(issuerIds);
    }

    /**
     * @param issuers the bodies behind {@link #issuerIds}, resolved by the caller in the same order
     * @throws DocumentValidationException listing every field that is wrong
     */
    public NormativeDocument toDocument(List<Issuer> issuers, LocalDate today, Long id, int version,
                                        LifecycleStatus currentStatus, String registrationNo) {
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(new FieldError(DocumentField.TITLE, new DomainException("document.title.blank", "The title is empty")));
        }
        if (issuers == null || issuers.isEmpty()) {
            errors.add(new FieldError(DocumentField.ISSUERS,
                    new DomainException("document.issuers.empty", "At least one issuing body is needed")));
        }
        if (type == null) {
            errors.add(new FieldError(DocumentField.TYPE, new DomainException("document.type.missing", "Choose the document type")));
        }
        LocalDate signed = parseDate(signedDate, DocumentField.SIGNED_DATE, errors);
        LocalDate published = parseDate(publishedDate, DocumentField.PUBLISHED_DATE, errors);
        LocalDate effective = parseDate(effectiveDate, DocumentField.EFFECTIVE_DATE, errors);
        LocalDate until = parseDate(validUntil, DocumentField.VALID_UNTIL, errors);
        if (!errors.isEmpty()) {
            throw new DocumentValidationException(errors);
        }
        DocNumber number = DocNumber.parse(docNumber).orElse(null);
        LifecycleStatus status = currentStatus != null ? currentStatus
                : initialStatus != null ? initialStatus
                : NormativeDocument.initialStatus(effective, until, today);
        try {
            return new NormativeDocument(id, title, number, issuers, type, subjectArea, signed, published, effective,
                    until, status, registrationNo, version);
        } catch (DomainException e) {
            throw new DocumentValidationException(List.of(new FieldError(fieldOf(e), e)));
        }
    }

    private static LocalDate parseDate(String text, DocumentField field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DateParser.parse(text).date();
        } catch (DomainException e) {
            errors.add(new FieldError(field, e));
            return null;
        }
    }

    /** Cross-field rules of {@link NormativeDocument} name the field a person would correct. */
    private static DocumentField fieldOf(DomainException e) {
        return switch (e.messageKey()) {
            case "document.validity.beforeEffective" -> DocumentField.VALID_UNTIL;
            case "document.published.beforeSigned" -> DocumentField.PUBLISHED_DATE;
            case "document.issuers.duplicate", "document.issuers.empty" -> DocumentField.ISSUERS;
            default -> DocumentField.TITLE;
        };
    }
}
