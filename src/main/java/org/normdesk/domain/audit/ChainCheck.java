package org.normdesk.domain.audit;

/**
 * The result of checking the audit chain.
 *
 * @param entries      entries checked
 * @param firstBroken  the first entry whose hash or link is wrong, or null when the chain holds
 * @param headHash     the hash of the last entry: written on an export, it lets another PC check the copy
 */
public record ChainCheck(long entries, Long firstBroken, String headHash) {
    public boolean intact() {
        return firstBroken == null;
    }
}
