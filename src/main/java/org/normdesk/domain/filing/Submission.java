package org.normdesk.domain.filing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One package the filing unit sent: the first, then one per re-submission after 退回补正. Each has its own
 * receipt date, so both clocks stay visible.
 */
public record Submission(Long id, long filingId, int seq, LocalDate receivedDate, FilingChannel channel,
                         List<MaterialItem> materials) {
    public Submission {
        materials = List.copyOf(materials);
    }

    /** The required materials this package lacks, in checklist order. */
    public Set<MaterialKind> missing(Set<MaterialKind> required) {
        Set<MaterialKind> missing = EnumSet.noneOf(MaterialKind.class);
        missing.addAll(required);
        materials.stream().filter(MaterialItem::present).forEach(m -> missing.remove(m.kind()));
        return missing;
    }
}
