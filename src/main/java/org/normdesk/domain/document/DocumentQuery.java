package org.normdesk.domain.document;

import org.normdesk.domain.common.DateRange;
import org.normdesk.domain.issuer.OrgLevel;

import java.util.Set;

/**
 * Filters of the register view. Empty sets and nulls mean "any"; all given filters must hold.
 *
 * @param text            words of the title or the issuer, or a 文号 in any bracket form
 * @param year            year of publication
 * @param issuerId        any of the document's issuing bodies (联合发文 included)
 * @param limit           at most this many rows
 * @param issuerLevels    level of the lead body (市 / 县区 …)
 * @param leadIssuerIds   the lead body is one of these
 * @param subjectAreas    subject area (领域) is one of these
 * @param validUntil      the validity ends within this range (documents without an end never match)
 * @param statusChanged   the current status began within this range (e.g. repealed in 2019)
 * @param offset          rows to skip before the first one returned (paging)
 */
public record DocumentQuery(String text, Set<LifecycleStatus> statuses, Set<DocumentType> types, Integer year,
                            Long issuerId, int limit, Set<OrgLevel> issuerLevels, Set<Long> leadIssuerIds,
                            Set<String> subjectAreas, DateRange validUntil, DateRange statusChanged, int offset) {
    public static final int DEFAULT_LIMIT = 10_000;

    public DocumentQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        types = types == null ? Set.of() : Set.copyOf(types);
        issuerLevels = issuerLevels == null ? Set.of() : Set.copyOf(issuerLevels);
        leadIssuerIds = leadIssuerIds == null ? Set.of() : Set.copyOf(leadIssuerIds);
        subjectAreas = subjectAreas == null ? Set.of() : Set.copyOf(subjectAreas);
        validUntil = validUntil == null || validUntil.isOpen() ? null : validUntil;
        statusChanged = statusChanged == null || statusChanged.isOpen() ? null : statusChanged;
        text = text == null || text.isBlank() ? null : text.strip();
        if (limit <= 0) {
            limit = DEFAULT_LIMIT;
        }
        offset = Math.max(0, offset);
    }

    /** The original six filters; the others are "any". */
    public DocumentQuery(String text, Set<LifecycleStatus> statuses, Set<DocumentType> types, Integer year,
                         Long issuerId, int limit) {
        this(text, statuses, types, year, issuerId, limit, Set.of(), Set.of(), Set.of(), null, null, 0);
    }

    public static DocumentQuery all() {
        return new DocumentQuery(null, Set.of(), Set.of(), null, null, DEFAULT_LIMIT);
    }

    public static DocumentQuery text(String text) {
        return all().withText(text);
    }

    public DocumentQuery withText(String newText) {
        return new DocumentQuery(newText, statuses, types, year, issuerId, limit, issuerLevels, leadIssuerIds,
                subjectAreas, validUntil, statusChanged, offset);
    }

    public DocumentQuery withStatuses(Set<LifecycleStatus> newStatuses) {
        return new DocumentQuery(text, newStatuses, types, year, issuerId, limit, issuerLevels, leadIssuerIds,
                subjectAreas, validUntil, statusChanged, offset);
    }

    public DocumentQuery withTypes(Set<DocumentType> newTypes) {
        return new DocumentQuery(text, statuses, newTypes, year, issuerId, limit, issuerLevels, leadIssuerIds,
                subjectAreas, validUntil, statusChanged, offset);
    }

    public DocumentQuery withYear(Integer newYear) {
        return new DocumentQuery(text, statuses, types, newYear, issuerId, limit, issuerLevels, leadIssuerIds,
                subjectAreas, validUntil, statusChanged, offset);
    }

    public DocumentQuery withIssuerId(Long newIssuerId) {
        return new DocumentQuery(text, statuses, types, year, newIssuerId, limit, issuerLevels, leadIssuerIds,
                subjectAreas, validUntil, statusChanged, offset);
    }

    public DocumentQuery withIssuerLevels(Set<OrgLevel> levels) {
        return new DocumentQuery(text, statuses, types, year, issuerId, limit, levels, leadIssuerIds,
                subjectAreas, validUntil, statusChanged, offset);
    }

    public DocumentQuery withLeadIssuerIds(Set<Long> ids) {
        return new DocumentQuery(text, statuses, types, year, issuerId, limit, issuerLevels, ids,
                subjectAreas, validUntil, statusChanged, offset);
    }

    public DocumentQuery withSubjectAreas(Set<String> areas) {
        return new DocumentQuery(text, statuses, types, year, issuerId, limit, issuerLevels, leadIssuerIds,
                areas, validUntil, statusChanged, offset);
    }

    public DocumentQuery withValidUntil(DateRange range) {
        return new DocumentQuery(text, statuses, types, year, issuerId, limit, issuerLevels, leadIssuerIds,
                subjectAreas, range, statusChanged, offset);
    }

    public DocumentQuery withStatusChanged(DateRange range) {
        return new DocumentQuery(text, statuses, types, year, issuerId, limit, issuerLevels, leadIssuerIds,
                subjectAreas, validUntil, range, offset);
    }

    /** One page: {@code size} rows after skipping {@code skip}. */
    public DocumentQuery page(int skip, int size) {
        return new DocumentQuery(text, statuses, types, year, issuerId, size, issuerLevels, leadIssuerIds,
                subjectAreas, validUntil, statusChanged, skip);
    }
}
