package org.normdesk.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignState;
import org.normdesk.domain.cleanup.CampaignTrigger;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.demo.DemoRegisterGenerator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JVM is killed (SIGKILL) in the middle of finalizing a large campaign: after restart the register is
 * entirely as before or entirely as after, the audit chain verifies, and the campaign can be finalized again.
 */
class FinalizeCrashTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-01-04T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    @Test
    void a_finalize_killed_halfway_leaves_the_register_fully_before_or_fully_after() throws Exception {
        DataFolder folder = new DataFolder(tempDir.resolve("data"));
        long campaignId;
        int inScope;
        Map<LifecycleStatus, Integer> before;
        try (Workspace ws = Workspace.openEmbedded(folder, CLOCK)) {
            ws.demo().importRegister(DemoRegisterGenerator.generate(7, 2_500), Progress.NONE);
            Campaign campaign = ws.campaigns().create("2020年清理", null, CampaignTrigger.ROUTINE, null);
            campaignId = campaign.id();
            inScope = ws.campaigns().addToScope(campaignId,
                    new DocumentQuery(null, EnumSet.of(LifecycleStatus.VALID, LifecycleStatus.AMENDED), Set.of(), null, null, 0));
            ws.campaigns().decide(campaignId, ws.campaigns().items(campaignId).stream().map(i -> i.documentId()).toList(),
                    Disposition.EXPIRE, "任务已完成", null);
            before = ws.register().countByStatus();
        }
        assertTrue(inScope > 800, "a campaign large enough to be killed halfway: " + inScope);

        int killedAt;
        try (ChildJvm child = ChildJvm.normdesk(folder.root(), "campaign", "finalize", String.valueOf(campaignId),
                "--approved-by", "市政府第5次常务会议", "--approved-on", "2021-01-04")) {
            killedAt = child.killWhenPast(10);
        }

        try (Workspace ws = Workspace.openEmbedded(folder, CLOCK)) {
            Map<LifecycleStatus, Integer> after = ws.register().countByStatus();
            Campaign campaign = ws.campaigns().get(campaignId);
            if (campaign.state() == CampaignState.OPEN) {
                assertEquals(before, after, "killed at " + killedAt + "%: nothing applied");
            } else {
                assertEquals(before.getOrDefault(LifecycleStatus.EXPIRED, 0) + inScope,
                        after.get(LifecycleStatus.EXPIRED), "finished before the kill: everything applied");
            }
            assertTrue(ws.audit().verify().intact(), "the audit chain survives the crash");
            if (campaign.state() == CampaignState.OPEN) {
                ws.campaigns().finalizeCampaign(campaignId, campaign.version(), "市政府第5次常务会议",
                        LocalDate.of(2021, 1, 4), null, Progress.NONE);
                assertEquals(before.getOrDefault(LifecycleStatus.EXPIRED, 0) + inScope,
                        ws.register().countByStatus().get(LifecycleStatus.EXPIRED));
            }
        }
    }
}
