package org.normdesk.domain.cleanup;

import org.normdesk.domain.common.DomainException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A cleanup campaign (清理).
 *
 * @param approvedBy the meeting that approved the result, e.g. 市政府第32次常务会议
 */
public record Campaign(Long id, String name, String legalBasis, CampaignTrigger trigger, LocalDate deadline,
                       CampaignState state, String approvedBy, LocalDate approvedOn, String resultDocNumber, int version) {
    public Campaign {
        if (name == null || name.isBlank()) {
            throw new DomainException("campaign.name.blank", "The campaign needs a name");
        }
        name = name.strip();
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(state, "state");
    }
}
