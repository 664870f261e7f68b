package org.normdesk.domain.cleanup;

/** A campaign collects decisions while open; finalizing applies them and freezes it. */
public enum CampaignState {
    OPEN, FINALIZED
}
