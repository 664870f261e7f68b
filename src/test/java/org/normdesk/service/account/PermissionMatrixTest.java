package org.normdesk.service.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.account.AccessDeniedException;
import org.normdesk.domain.account.Principal;
import org.normdesk.domain.account.Role;
import org.normdesk.domain.calendar.DeadlineRule;
import org.normdesk.domain.cleanup.Campaign;
import org.normdesk.domain.cleanup.CampaignTrigger;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.filing.DeadlineKind;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Progress;
import org.normdesk.service.Workspace;
import org.normdesk.service.admin.MoveUpService;
import org.normdesk.service.cleanup.CampaignService;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.review.ReviewQueueFilter;
import org.normdesk.service.review.ReviewQueueView;
import org.normdesk.service.search.ViewFilter;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every protected operation, tried by a user holding each single role and by nobody signed in: the allowed ones
 * succeed, the others throw {@link AccessDeniedException} and leave the register exactly as it was (no audit entry,
 * no document). Each operation's preconditions are prepared by a user holding every role first.
 */
class PermissionMatrixTest {
    /** Monday 2019-10-14, 10:00 in Beijing: inside the shipped working-day calendar. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-10-14T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Principal EVERY_ROLE = new Principal("setup", "setup", EnumSet.allOf(Role.class));
    private static final List<MaterialInput> ALL_MATERIALS = MaterialKind.defaultRequired().stream()
            .map(MaterialInput::present).toList();
    /** null: nobody signed in on a register with accounts. */
    private static final List<Role> WHO = java.util.Arrays.asList(Role.REGISTRAR, Role.REVIEWER, Role.HEAD, Role.ADMIN, null);

    @TempDir
    Path tempDir;

    /** What one operation needs: prepared by a user with every role, then run by the user under test. */
    private record Operation(String name, Role needs, Function<Register, Runnable> prepare) {
        /** Expiry applies the validity recorded at registration: the app runs it on opening, before anyone signs in. */
        static final String SYSTEM_JOB = "expire documents";

        boolean allowedFor(Role role) {
            if (name.equals(SYSTEM_JOB)) {
                return true;
            }
            return role != null && (needs == null || needs == role);
        }
    }

    private static List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        ops.add(new Operation("add an issuer", Role.REGISTRAR, r -> () -> r.ws.register().addIssuer(
                new Issuer(null, "某县人民政府" + r.next(), "某" + r.serial, OrgLevel.COUNTY, OrgKind.GOVERNMENT, r.city.id()))));
        ops.add(new Operation("add a document", Role.REGISTRAR, r -> r::newDocument));
        ops.add(new Operation("edit a document", Role.REGISTRAR, r -> {
            NormativeDocument doc = r.newDocument();
            return () -> r.ws.register().update(doc.id(), doc.version(), r.input("改过的标题" + r.next(), r.city, DocumentType.GOVERNMENT_NORMATIVE));
        }));
        ops.add(new Operation("change a status", Role.REGISTRAR, r -> {
            NormativeDocument doc = r.newDocument();
            return () -> r.ws.register().changeStatus(doc.id(), doc.version(), LifecycleStatus.REPEALED, null, "废止", null);
        }));
        ops.add(new Operation("relate documents", Role.REGISTRAR, r -> {
            NormativeDocument newer = r.newDocument();
            NormativeDocument older = r.newDocument();
            return () -> r.ws.lifecycle().relate(newer.id(), RelationKind.REPEALS, older.id(), null, "新文件废止旧文件");
        }));
        // expiry needs no role: it applies recorded validity, on start-up before anyone signs in
        ops.add(new Operation("expire documents", null, r -> () -> r.ws.lifecycle().expireDue()));
        ops.add(new Operation("receive a filing", Role.REGISTRAR, r -> () -> r.ws.filings().receive(r.request())));
        ops.add(new Operation("register a filing", Role.REGISTRAR, r -> {
            FilingView f = r.ws.filings().receive(r.request());
            return () -> r.ws.filings().register(f.filing().id(), f.filing().version(), true, true);
        }));
        ops.add(new Operation("return a filing", Role.REGISTRAR, r -> {
            FilingView f = r.ws.filings().receive(r.request());
            return () -> r.ws.filings().returnForCorrection(f.filing().id(), f.filing().version(), List.of("缺少起草说明"));
        }));
        ops.add(new Operation("reject a filing", Role.REGISTRAR, r -> {
            FilingView f = r.ws.filings().receive(r.request());
            return () -> r.ws.filings().reject(f.filing().id(), f.filing().version(), false, true, "不属于规范性文件");
        }));
        ops.add(new Operation("resubmit a filing", Role.REGISTRAR, r -> {
            FilingView f = r.ws.filings().receive(r.request());
            FilingView returned = r.ws.filings().returnForCorrection(f.filing().id(), f.filing().version(), List.of("缺少起草说明"));
            return () -> r.ws.filings().resubmit(f.filing().id(), returned.filing().version(), "2019-10-14", null, ALL_MATERIALS);
        }));
        ops.add(new Operation("create a campaign", Role.REVIEWER, r -> () -> r.newCampaign()));
        ops.add(new Operation("scope a campaign", Role.REVIEWER, r -> {
            Campaign c = r.newCampaign();
            NormativeDocument doc = r.newDocument();
            return () -> r.ws.campaigns().addToScope(c.id(), List.of(doc.id()));
        }));
        ops.add(new Operation("decide in a campaign", Role.REVIEWER, r -> {
            long[] scoped = r.scopedCampaign();
            return () -> r.ws.campaigns().decide(scoped[0], List.of(scoped[1]), Disposition.CONTINUE, "继续有效", null);
        }));
        ops.add(new Operation("undo a decision", Role.REVIEWER, r -> {
            long[] scoped = r.scopedCampaign();
            CampaignService.DecisionUndo undo = r.ws.campaigns().decide(scoped[0], List.of(scoped[1]), Disposition.CONTINUE,
                    "继续有效", null);
            return () -> r.ws.campaigns().undo(undo);
        }));
        ops.add(new Operation("finalize a campaign", Role.HEAD, r -> {
            long[] scoped = r.scopedCampaign();
            r.ws.campaigns().decide(scoped[0], List.of(scoped[1]), Disposition.REPEAL, "已不适应", null);
            int version = r.ws.campaigns().get(scoped[0]).version();
            return () -> r.ws.campaigns().finalizeCampaign(scoped[0], version, "局务会议", LocalDate.of(2019, 10, 12), null,
                    Progress.NONE);
        }));
        ops.add(new Operation("propose upward filings", Role.REGISTRAR, r -> {
            NormativeDocument own = r.ownRule();
            return () -> r.ws.upward().propose(own.id());
        }));
        ops.add(new Operation("send an upward filing", Role.REGISTRAR, r -> {
            UpwardFiling u = r.ws.upward().propose(r.ownRule().id()).get(0);
            return () -> r.ws.upward().markSent(u.id(), u.version(), "2019-10-14", FilingChannel.PAPER,
                    MaterialKind.defaultRequired());
        }));
        ops.add(new Operation("change the unit settings", Role.ADMIN, r -> () -> r.ws.settings().save(new UnitSettings(
                "濮阳市司法局" + r.next(), "濮", new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT),
                MaterialKind.defaultRequired(), Set.of(r.city.id())))));
        ops.add(new Operation("change the validity rules", Role.ADMIN, r -> () -> r.ws.validity().save(
                new org.normdesk.domain.document.ValidityRules(5 + r.next() % 3, 2, java.util.List.of(6, 2, 1)))));
        ops.add(new Operation("change a deadline rule", Role.ADMIN, r -> {
            DeadlineRule now = r.ws.calendar().deadlineRules().get(DeadlineKind.FILING_DUE);
            return () -> r.ws.calendar().saveDeadlineRule(DeadlineKind.FILING_DUE,
                    new DeadlineRule(now.count() + 1, now.unit(), now.start(), now.rollToNextWorkingDay()));
        }));
        ops.add(new Operation("add a local day off", Role.ADMIN, r -> {
            LocalDate day = LocalDate.of(2019, 11, 1).plusDays(r.next());
            return () -> r.ws.calendar().putLocalDay(day, false, "本地放假");
        }));
        ops.add(new Operation("remove a local day", Role.ADMIN, r -> {
            LocalDate day = LocalDate.of(2019, 12, 1).plusDays(r.next());
            r.ws.calendar().putLocalDay(day, false, "本地放假");
            return () -> r.ws.calendar().removeLocalDay(day);
        }));
        ops.add(new Operation("create an account", Role.ADMIN, r -> {
            String name = "user" + r.next();
            return () -> r.ws.accounts().create(name, null, EnumSet.of(Role.REVIEWER), "审查员的密码123".toCharArray());
        }));
        ops.add(new Operation("change roles", Role.ADMIN, r -> () -> r.ws.accounts().setRoles("reviewer",
                EnumSet.of(Role.REVIEWER, Role.HEAD))));
        ops.add(new Operation("unlock an account", Role.ADMIN, r -> () -> r.ws.accounts().unlock("reviewer")));
        ops.add(new Operation("deactivate an account", Role.ADMIN, r -> () -> r.ws.accounts().deactivate("reviewer")));
        ops.add(new Operation("save a view", null, r -> {
            String name = "我的视图" + r.next();
            return () -> r.ws.views().create(name, ViewFilter.of(DocumentQuery.all()));
        }));
        ops.add(new Operation("save a view of the review queue", null, r -> {
            String name = "审查队列视图" + r.next();
            return () -> r.ws.reviewViews().create(name, new ReviewQueueFilter("", true, false));
        }));
        ops.add(new Operation("rename a view of the review queue", null, r -> {
            ReviewQueueView v = r.ws.reviewViews().create("待改名的视图" + r.next(), ReviewQueueFilter.NONE);
            String name = "改名后的视图" + r.next();
            return () -> r.ws.reviewViews().rename(v.id(), v.version(), name);
        }));
        ops.add(new Operation("delete a view of the review queue", null, r -> {
            ReviewQueueView v = r.ws.reviewViews().create("待删除的视图" + r.next(), ReviewQueueFilter.NONE);
            return () -> r.ws.reviewViews().delete(v.id());
        }));
        return ops;
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void every_protected_operation_with_every_role(DatabaseKind kind) {
        List<String> tried = new ArrayList<>();
        for (Role role : WHO) {
            try (Workspace ws = Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("attachments"), null,
                    CLOCK, CurrentUser.singleUser("setup"))) {
                Register r = new Register(ws);
                for (Operation op : operations()) {
                    ws.currentUser().signIn(EVERY_ROLE);
                    Runnable action = op.prepare.apply(r);
                    if (role == null) {
                        ws.currentUser().signOut();
                    } else {
                        ws.currentUser().signIn(new Principal("only-" + role, null, Set.of(role)));
                    }
                    String what = op.name + " as " + (role == null ? "nobody" : role);
                    long entries = ws.audit().count();
                    String head = ws.audit().verify().headHash();
                    int documents = ws.register().count();
                    if (op.allowedFor(role)) {
                        try {
                            action.run();
                        } catch (RuntimeException e) {
                            fail(what + " should be allowed", e);
                        }
                        if (op.needs != null && !op.name.equals(Operation.SYSTEM_JOB)) {
                            assertTrue(ws.audit().count() > entries, what + " left an audit entry");
                        }
                    } else {
                        AccessDeniedException denied = assertThrows(AccessDeniedException.class, action::run, what);
                        assertEquals(role == null ? "access.signInRequired" : "access.denied", denied.messageKey(), what);
                        assertEquals(entries, ws.audit().count(), what + " changed nothing");
                        assertEquals(head, ws.audit().verify().headHash(), what + " changed nothing");
                        assertEquals(documents, ws.register().count(), what + " added no document");
                    }
                    tried.add(what);
                }
                assertTrue(ws.audit().verify().intact());
            }
        }
        assertEquals(operations().size() * WHO.size(), tried.size());
    }

    @Test
    void moving_up_needs_an_administrator_before_the_target_is_touched() {
        DataFolder pc = new DataFolder(tempDir.resolve("pc"));
        CurrentUser reviewer = new CurrentUser(new Principal("zhao", null, Set.of(Role.REVIEWER, Role.HEAD)));
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> MoveUpService.moveUp(reviewer, pc,
                "jdbc:postgresql://127.0.0.1:1/none", null, null, tempDir.resolve("shared"), Progress.NONE));
        assertEquals(Role.ADMIN, denied.needed());
    }

    /** The register the operations work on, and small helpers to make what they need. */
    private static final class Register {
        final Workspace ws;
        final Issuer city;
        final Issuer county;
        int serial;

        Register(Workspace ws) {
            this.ws = ws;
            city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            county = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, city.id()));
            ws.settings().save(new UnitSettings("濮阳市司法局", "濮", new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT),
                    MaterialKind.defaultRequired(), Set.of(city.id())));
            ws.accounts().create("admin", null, EnumSet.of(Role.ADMIN), "管理员的密码2019".toCharArray());
            ws.accounts().create("reviewer", null, EnumSet.of(Role.REVIEWER), "审查员的密码2019".toCharArray());
        }

        int next() {
            return ++serial;
        }

        DocumentInput input(String title, Issuer issuer, DocumentType type) {
            return new DocumentInput(title, issuer.code() + "〔2019〕" + next() + "号", List.of(issuer.id()), type, null, null,
                    "2019-09-20", "2019-10-20", null, null);
        }

        NormativeDocument newDocument() {
            return ws.register().add(input("清丰县某管理办法" + next(), county, DocumentType.GOVERNMENT_NORMATIVE));
        }

        NormativeDocument ownRule() {
            return ws.register().add(input("濮阳市某管理办法" + next(), city, DocumentType.GOVERNMENT_RULE));
        }

        /** Warnings (a similar title this year) acknowledged, as the clerk would. */
        ReceiveRequest request() {
            return new ReceiveRequest(null, input("清丰县某规定" + next(), county, DocumentType.GOVERNMENT_NORMATIVE),
                    county.id(), "2019-10-14", FilingChannel.PAPER, ALL_MATERIALS, true);
        }

        Campaign newCampaign() {
            return ws.campaigns().create("2019年规范性文件清理" + next(), "省政府办公厅通知", CampaignTrigger.ROUTINE,
                    LocalDate.of(2019, 12, 31));
        }

        /** A campaign with one document in scope: {campaign id, document id}. */
        long[] scopedCampaign() {
            Campaign c = newCampaign();
            NormativeDocument doc = ws.register().add(new DocumentInput("清丰县待清理办法" + next(), "清政〔2015〕" + next() + "号",
                    List.of(county.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2015-03-01", "2015-04-01", null, null));
            ws.campaigns().addToScope(c.id(), List.of(doc.id()));
            return new long[] {c.id(), doc.id()};
        }
    }

}
