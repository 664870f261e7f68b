package org.normdesk.service.stats;

/** A rate the bureaus report, with its numerator and denominator figures (the formula is shown with it). */
public record Rate(RateKind kind, Figure numerator, Figure denominator) {
    /** Percentage with two decimals, or null when the denominator is zero. */
    public Double percent() {
        return denominator.value() == 0 ? null : Math.round(10000.0 * numerator.value() / denominator.value()) / 100.0;
    }

    public enum RateKind {
        /** 报备率 = 实际报备数 / 应报备数. */
        FILING_RATE,
        /** 及时报备率 = 按时报备数 / 应报备数. */
        ON_TIME_RATE,
        /** 规范率 = 一次报送即齐全 / 实际报备数. */
        CONFORMITY_RATE,
        /** 审查率 = 审结数 / 准予备案登记数. */
        REVIEW_RATE
    }
}
