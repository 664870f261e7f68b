package org.normdesk.service.review.hints;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.account.AccessDeniedException;
import org.normdesk.domain.account.Principal;
import org.normdesk.domain.account.Role;
import org.normdesk.domain.review.text.ArticleSplitter;
import org.normdesk.service.Workspace;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Installing a bureau's own rule pack into the data folder, and going back to the shipped one; H2 and PostgreSQL. */
class RulePackServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String BUREAU_PACK = """
            {
              "id": "puyang-bureau",
              "version": "2027.1",
              "rules": [
                {
                  "id": "fee.deposit",
                  "category": "FEE",
                  "title": {"zh": "押金", "en": "Deposit"},
                  "triggers": ["押金"],
                  "unless": ["依法"],
                  "reason": {"zh": "请核对押金依据。", "en": "Check the basis of the deposit."}
                },
                {
                  "id": "obligation.register",
                  "category": "OBLIGATION",
                  "title": {"zh": "登记义务", "en": "Duty to register"},
                  "triggers": ["应当[^，。；]{0,6}登记"],
                  "reason": {"zh": "请核对登记义务的依据。", "en": "Check the basis of the duty to register."}
                }
              ]
            }
            """;

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_checked_pack_is_copied_into_the_data_folder_used_after_a_restart_and_the_shipped_one_comes_back(
            DatabaseKind kind) throws Exception {
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        Path attachments = tempDir.resolve("data").resolve("attachments");
        Path chosen = Files.writeString(tempDir.resolve("濮阳规则包.json"), BUREAU_PACK);
        Path installed = attachments.resolveSibling("rules").resolve(RulePackService.ACTIVE_FILE);
        CurrentUser admin = new CurrentUser(new Principal("zhou", "周管理", Set.of(Role.ADMIN)));
        try (Workspace ws = Workspace.open(config, attachments, null, CLOCK, admin)) {
            RulePackService packs = ws.rulePacks();
            assertTrue(packs.current().shipped());
            assertEquals("cn-normative-core", packs.current().id());

            // a syntax error names file and line; nothing is copied, the pack in use stays
            Path broken = Files.writeString(tempDir.resolve("broken.json"),
                    BUREAU_PACK.replace("\"triggers\": [\"押金\"],", "\"triggers\": [\"押金\"]"));
            RulePackException e = assertThrows(RulePackException.class, () -> packs.install(broken));
            assertEquals(broken.toString(), e.args()[0]);
            assertEquals(10, e.args()[1]);
            assertFalse(Files.exists(installed));
            assertEquals("cn-normative-core", ws.hints().pack().id());

            RulePackService.PackInfo preview = packs.check(chosen);
            assertEquals("puyang-bureau", preview.id());
            assertEquals("2027.1", preview.version());
            assertEquals(2, preview.ruleCount());
            assertEquals("cn-normative-core", ws.hints().pack().id(), "checking does not activate");

            long auditBefore = ws.audit().count();
            RulePackService.PackInfo active = packs.install(chosen);
            assertEquals("puyang-bureau", active.id());
            assertFalse(active.shipped());
            assertTrue(Files.isRegularFile(installed), "copied into the data folder");
            Files.delete(chosen); // the copy is what counts, not the file the user picked
            assertEquals(1, ws.hints().hints(ArticleSplitter.split("第五条　经营者应当交纳押金。")).size());
            assertEquals(auditBefore + 1, ws.audit().count(), "installing is audited");
        }

        try (Workspace ws = Workspace.open(config, attachments, null, CLOCK, admin)) {
            assertEquals("puyang-bureau", ws.hints().pack().id(), "used again after a restart");
            assertFalse(ws.rulePacks().current().shipped());

            CurrentUser reviewer = new CurrentUser(new Principal("wangli", "王丽", Set.of(Role.REVIEWER)));
            RulePackService asReviewer = new RulePackService(null, ws.hints(), installed.getParent(), CLOCK, reviewer);
            assertThrows(AccessDeniedException.class, asReviewer::useShipped, "only a 系统管理员");
            assertThrows(AccessDeniedException.class, () -> asReviewer.install(installed));
            assertTrue(Files.exists(installed));

            RulePackService.PackInfo back = ws.rulePacks().useShipped();
            assertTrue(back.shipped());
            assertEquals("cn-normative-core", ws.hints().pack().id());
            assertFalse(Files.exists(installed));
        }
        try (Workspace ws = Workspace.open(config, attachments, null, CLOCK, admin)) {
            assertEquals("cn-normative-core", ws.hints().pack().id());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_damaged_installed_copy_falls_back_to_the_shipped_pack(DatabaseKind kind) throws Exception {
        Path attachments = tempDir.resolve("data").resolve("attachments");
        Path rules = Files.createDirectories(attachments.resolveSibling("rules"));
        Files.writeString(rules.resolve(RulePackService.ACTIVE_FILE), "{ \"id\": ");
        try (Workspace ws = Workspace.open(TestDatabases.fresh(kind, tempDir), attachments, null, CLOCK,
                CurrentUser.osUser())) {
            assertEquals("cn-normative-core", ws.hints().pack().id());
            assertTrue(ws.rulePacks().current().shipped());
        }
    }
}
