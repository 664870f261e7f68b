package org.normdesk.ui.cleanup;

/** How far one issuer's documents are decided. */
public record UnitProgress(String unit, int decided, int undecided) {
    public int total() {
        return decided + undecided;
    }

    /** 0..1. */
    public double fraction() {
        return total() == 0 ? 0 : (double) decided / total();
    }
}
