package org.normdesk.service.review.hints;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.account.AccessDeniedException;
import org.normdesk.domain.account.Principal;
import org.normdesk.domain.account.Role;
import org.normdesk.domain.audit.AuditEntry;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.domain.review.rules.Hint;
import org.normdesk.domain.review.rules.HintDismissal;
import org.normdesk.domain.review.text.Extraction;
import org.normdesk.service.Workspace;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.review.text.StoredText;
import org.normdesk.service.review.text.TextFixtures;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing a registered document's text, its hints and their dismissals, on H2 and PostgreSQL. */
class HintServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_reviewer_imports_the_text_sees_the_hints_and_dismisses_one_with_a_reason_that_is_kept(DatabaseKind kind)
            throws Exception {
        CurrentUser reviewer = new CurrentUser(new Principal("wangli", "王丽", Set.of(Role.REVIEWER)));
        try (Workspace ws = Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("a"), null, CLOCK, reviewer)) {
            long doc = document(ws);
            HintService hints = ws.hints();
            assertEquals(DocumentHints.State.NO_TEXT, hints.hints(doc).state());

            Path docx = TextFixtures.docx(tempDir.resolve("道路挖掘.docx"), Arrays.asList(TextFixtures.SAMPLE.split("\n")));
            StoredText stored = hints.importText(doc, docx);
            assertEquals("wangli", stored.importedBy());
            assertEquals(6, hints.text(doc).orElseThrow().text().numbered().size());

            DocumentHints found = hints.hints(doc);
            assertEquals(DocumentHints.State.CHECKED, found.state());
            assertEquals(List.of("licence.prior-approval@3", "fee.charge@4", "penalty.new-penalty@5"),
                    found.hints().stream().map(v -> v.hint().ruleId() + "@" + v.hint().articleNumber()).toList(),
                    "articles 1 and 6 cite their basis and stay silent");
            Hint fee = found.hints().get(1).hint();
            assertEquals("收取道路挖掘修复费", fee.phrase());
            assertEquals(fee.phrase(), found.documentText().text().substring(fee.start(), fee.end()));

            assertEquals("review.hint.reasonRequired",
                    assertThrows(DomainException.class, () -> hints.dismiss(doc, fee, "  ")).messageKey());
            HintDismissal dismissal = hints.dismiss(doc, fee, "《城市道路管理条例》第三十三条规定了挖掘修复费");
            assertEquals("wangli", dismissal.dismissedBy());
            assertEquals(CLOCK.instant(), dismissal.dismissedAt());
            assertEquals("review.hint.alreadyDismissed",
                    assertThrows(DomainException.class, () -> hints.dismiss(doc, fee, "again")).messageKey());

            DocumentHints after = hints.hints(doc);
            assertEquals(List.of(false, true, false), after.hints().stream().map(HintView::dismissed).toList());
            assertEquals(2, after.open().size());
            assertEquals("wangli", after.hints().get(1).dismissal().dismissedBy());

            // a new import of the same document (now as text) keeps the dismissal on the same rule, article and phrase
            hints.importText(doc, TextFixtures.text(tempDir.resolve("道路挖掘.txt"), TextFixtures.SAMPLE, StandardCharsets.UTF_8));
            assertTrue(hints.hints(doc).hints().get(1).dismissed());

            // a refused file changes nothing
            assertEquals("review.text.docx.corrupt",
                    assertThrows(DomainException.class, () -> hints.importText(doc, fixture("corrupt.docx"))).messageKey());
            assertEquals("道路挖掘.txt", hints.text(doc).orElseThrow().sourceName());

            // a scan is stored as such: review without hints, dismissals are still kept
            hints.importText(doc, fixture("scanned-no-text.pdf"));
            DocumentHints scanned = hints.hints(doc);
            assertEquals(DocumentHints.State.NO_TEXT_LAYER, scanned.state());
            assertEquals(Extraction.NO_TEXT_LAYER, scanned.text().extraction());
            assertTrue(scanned.hints().isEmpty());
            assertEquals(1, hints.dismissals(doc).size());

            List<String> audited = ws.audit().history("document", doc).stream().map(AuditEntry::action).toList();
            assertEquals(3, audited.stream().filter("review.text.import"::equals).count());
            assertEquals(1, audited.stream().filter("review.hint.dismiss"::equals).count());
            assertTrue(ws.audit().verify().intact(), "the audit chain still verifies");

            assertThrows(NotFoundException.class, () -> hints.hints(doc + 999));
            assertThrows(NotFoundException.class, () -> hints.importText(doc + 999, docx));
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void only_a_reviewer_imports_texts_and_dismisses_hints(DatabaseKind kind) throws Exception {
        CurrentUser user = new CurrentUser(new Principal("admin", "管理员", Set.of(Role.REVIEWER, Role.ADMIN)));
        try (Workspace ws = Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("a"), null, CLOCK, user)) {
            long doc = document(ws);
            Path docx = TextFixtures.docx(tempDir.resolve("d.docx"), Arrays.asList(TextFixtures.SAMPLE.split("\n")));
            ws.hints().importText(doc, docx);
            Hint first = ws.hints().hints(doc).hints().get(0).hint();

            user.signIn(new Principal("zhao", "赵登记", Set.of(Role.REGISTRAR)));
            assertThrows(AccessDeniedException.class, () -> ws.hints().importText(doc, docx));
            assertThrows(AccessDeniedException.class, () -> ws.hints().dismiss(doc, first, "有依据"));
            assertFalse(ws.hints().hints(doc).hints().get(0).dismissed(), "a registrar may read the hints, not dismiss");
            assertTrue(ws.hints().dismissals(doc).isEmpty());
        }
    }

    /** The register entry is a 登记员's work: made with every role, then the test's own user again. */
    private static long document(Workspace ws) {
        Principal was = ws.currentUser().principal();
        ws.currentUser().signIn(Principal.singleUser("setup"));
        try {
            return registeredDocument(ws);
        } finally {
            ws.currentUser().signIn(was);
        }
    }

    private static long registeredDocument(Workspace ws) {
        Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
        NormativeDocument doc = ws.register().add(new DocumentInput("濮阳市城市道路挖掘管理办法", "濮政〔2020〕3号",
                List.of(city.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2020-02-20", "2020-03-20", null, null));
        return doc.id();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(HintServiceTest.class.getResource("/review/text/" + name).toURI());
    }
}
