package org.normdesk.crash;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.store.DatabaseEncryption;
import org.normdesk.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A password change killed (SIGKILL) at each of its stages: afterwards exactly one of the two passwords opens the
 * register — the old one before the re-encrypted copy was marked ready, the new one from then on — never neither;
 * the documents are all there, the audit chain verifies, and the change's audit entry is there exactly when the new
 * password opens it.
 */
class PasswordChangeCrashTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final String OLD = "县司法局2026备案";
    private static final String NEW = "市司法局审查2027";
    /** From "ready" on, the change is finished by the next open. */
    private static final Set<String> AFTER_READY = Set.of("ready", "moved-database", "moved-key");

    @TempDir
    Path tempDir;

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"copy", "rekey", "verify", "ready", "moved-database", "moved-key"})
    void a_password_change_killed_at_any_stage_leaves_a_register_one_of_the_two_passwords_opens(String stage)
            throws Exception {
        DataFolder folder = new DataFolder(tempDir.resolve("office"));
        long documents;
        long audit;
        try (Workspace ws = Workspace.createEncrypted(folder, CLOCK, OLD.toCharArray())) {
            Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY,
                    OrgKind.GOVERNMENT, null));
            for (int i = 1; i <= 40; i++) {
                ws.register().add(new DocumentInput("濮阳市管理办法第" + i + "号", "濮政〔2021〕" + i + "号",
                        List.of(city.id()), DocumentType.GOVERNMENT_NORMATIVE, "城市管理", null, "2021-03-01",
                        "2021-04-01", null, null));
            }
            documents = ws.register().count();
            audit = ws.audit().count();
        }

        try (ChildJvm child = ChildJvm.main(PasswordChangeChild.class, folder.root().toString(), OLD, NEW, stage)) {
            assertTrue(child.killWhenOutput(out -> out.contains("AT " + stage)),
                    "the child must reach " + stage + " and be killed there:\n" + child.output());
        }
        boolean expectNew = AFTER_READY.contains(stage);
        if (!stage.equals("copy")) {
            // the work folder is there as the kill left it
            assertTrue(Files.isDirectory(folder.root().resolve(DatabaseEncryption.REKEY_FOLDER))
                    || stage.equals("moved-key"), "work folder at " + stage);
        }

        boolean oldOpens = opens(folder, OLD);
        boolean newOpens = opens(folder, NEW);
        assertTrue(oldOpens || newOpens, "never neither password");
        assertEquals(!expectNew, oldOpens, "the old password opens it exactly when the change had not got ready");
        assertEquals(expectNew, newOpens);
        assertFalse(Files.exists(folder.root().resolve(DatabaseEncryption.REKEY_FOLDER)),
                "opening finished or removed the interrupted change");

        try (Workspace ws = Workspace.openEmbedded(folder, CLOCK, (expectNew ? NEW : OLD).toCharArray())) {
            assertEquals(documents, ws.register().count(), "every document is there");
            assertTrue(ws.audit().verify().intact(), "the audit chain verifies");
            assertEquals(audit + (expectNew ? 1 : 0), ws.audit().count(),
                    "the change is audited exactly when it took effect");
        }
        if (!expectNew) {
            // and the change can be made again afterwards
            Workspace ws = Workspace.openEmbedded(folder, CLOCK, OLD.toCharArray());
            ws.changePasswordAndReopen(folder, OLD.toCharArray(), NEW.toCharArray(),
                    (done, total, s) -> { }).close();
            assertTrue(opens(folder, NEW));
        }
    }

    private static boolean opens(DataFolder folder, String password) {
        try (Workspace ws = Workspace.openEmbedded(folder, CLOCK, password.toCharArray())) {
            return ws.register().count() >= 0;
        } catch (StoreException e) {
            assertEquals("db.encryption.wrongPassword", e.messageKey(), "only a wrong password, nothing else");
            return false;
        }
    }
}
