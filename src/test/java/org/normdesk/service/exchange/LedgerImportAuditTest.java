package org.normdesk.service.exchange;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.account.Principal;
import org.normdesk.domain.audit.AuditEntry;
import org.normdesk.domain.audit.ChainCheck;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A ledger import adds its new issuing bodies together, with the audit chain computed in memory: still one
 * {@code issuer.add} entry per body naming it, the chain intact, and entries recorded one by one afterwards
 * continue it. H2 file and PostgreSQL.
 */
class LedgerImportAuditTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void new_bodies_are_added_together_each_audited_and_the_chain_stays_intact(DatabaseKind kind) {
        try (Workspace ws = Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("attachments"), null,
                LedgerImportServiceTest.CLOCK, new CurrentUser(Principal.singleUser("clerk")))) {
            ws.register().addIssuer(new Issuer(null, "濮阳市档案馆", null, OrgLevel.CITY, OrgKind.DEPARTMENT, null));
            long before = ws.audit().count();
            LedgerImportService imports = ws.ledgerImport();
            Ledger ledger = imports.read(LedgerImportServiceTest.LEDGERS.resolve("city-2019-gbk.csv"));
            ImportResult result = imports.importLedger(ledger, imports.propose(ledger), Progress.NONE);
            assertTrue(result.issuersAdded() > 1, result.toString());

            List<Issuer> bodies = ws.register().issuers();
            assertEquals(result.issuersAdded() + 1, bodies.size());
            for (Issuer body : bodies) {
                List<AuditEntry> entries = ws.audit().history("issuer", body.id());
                assertEquals(1, entries.size(), body.name());
                assertEquals("issuer.add", entries.get(0).action());
                assertEquals("clerk", entries.get(0).actor());
                assertTrue(entries.get(0).afterJson().contains(body.name()), entries.get(0).afterJson());
            }
            // one entry per body, one for the documents, one for the file
            assertEquals(before + result.issuersAdded() + 2, ws.audit().count());
            ws.register().addIssuer(new Issuer(null, "濮阳市地方志办公室", null, OrgLevel.CITY, OrgKind.DEPARTMENT, null));
            ChainCheck check = ws.audit().verify();
            assertTrue(check.intact(), check.toString());
            assertEquals(before + result.issuersAdded() + 3, check.entries());
        }
    }
}
