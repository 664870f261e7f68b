package org.normdesk.domain.document;

import java.time.LocalDate;

/**
 * "{@code from} {@code kind} {@code to}", e.g. 濮政〔2020〕5号 AMENDS 濮政〔2017〕3号. Shown in both directions:
 * the target is "amended by", the source "amends".
 */
public record Relation(Long id, long fromDocumentId, String fromTitle, String fromNumber, RelationKind kind,
                       long toDocumentId, String toTitle, String toNumber, LocalDate effectiveOn) {
}
