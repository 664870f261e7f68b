package org.normdesk.service.exchange;

import org.normdesk.domain.issuer.Issuer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The dry run's answer: every row of the ledger with its state and reasons, and the issuing bodies the import will
 * add because the register does not know them yet.
 */
public record ImportPlan(Ledger ledger, ColumnMapping mapping, List<PlannedRow> rows, List<Issuer> newIssuers) {
    public ImportPlan {
        rows = List.copyOf(rows);
        newIssuers = List.copyOf(newIssuers);
    }

    public Map<RowState, Integer> counts() {
        Map<RowState, Integer> counts = new EnumMap<>(RowState.class);
        for (RowState state : RowState.values()) {
            counts.put(state, 0);
        }
        rows.forEach(r -> counts.merge(r.state(), 1, Integer::sum));
        return counts;
    }

    public int count(RowState state) {
        return counts().get(state);
    }

    public List<PlannedRow> rows(RowState state) {
        return rows.stream().filter(r -> r.state() == state).toList();
    }
}
