package org.normdesk.domain.cleanup;

/** 定期清理 or 专项清理 (e.g. 营商环境, 民法典). */
public enum CampaignTrigger {
    ROUTINE, SPECIAL
}
