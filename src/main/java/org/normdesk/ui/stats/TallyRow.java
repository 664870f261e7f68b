package org.normdesk.ui.stats;

import java.util.List;

/**
 * One line of the tally table: a count (drillable to its documents), a rate with its formula, or a cleanup
 * total. {@code key} names it for node ids: the TallyItem, RateKind or {@code cleanup-}Disposition name.
 */
public record TallyRow(String key, String label, String value, String explanation, List<Long> documentIds,
                       boolean drillable) {
    public TallyRow {
        documentIds = List.copyOf(documentIds);
    }
}
