package org.normdesk.service.stats;

import java.util.List;

/**
 * One number of the tally with the documents it counts (the drill-down) and the key of its definition,
 * shown next to it because local definitions vary.
 */
public record Figure(TallyItem item, List<Long> documentIds) {
    public Figure {
        documentIds = List.copyOf(documentIds);
    }

    public int value() {
        return documentIds.size();
    }
}
