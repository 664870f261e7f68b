package org.normdesk.service.search;

import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Counts of the documents matching a query, per value of each filter the register offers. Values with no
 * document are absent.
 *
 * @param leadIssuers most documents first
 * @param years       publication years, ascending
 * @param subjectAreas most documents first
 */
public record Facets(int total, Map<LifecycleStatus, Integer> statuses, Map<DocumentType, Integer> types,
                     List<IssuerCount> leadIssuers, SortedMap<Integer, Integer> years,
                     Map<String, Integer> subjectAreas) {

    /** Documents led by one body. */
    public record IssuerCount(long issuerId, String name, int count) {
    }

    public int status(LifecycleStatus status) {
        return statuses.getOrDefault(status, 0);
    }

    public int type(DocumentType type) {
        return types.getOrDefault(type, 0);
    }

    public int year(int year) {
        return years.getOrDefault(year, 0);
    }
}
