package org.normdesk.service.register;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.IllegalTransitionException;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.Relation;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.document.StatusChange;
import org.normdesk.domain.document.ValidityRules;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.MutableClock;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 立改废 chains, expiry and point-in-time answers on a hand-built history, on H2 and PostgreSQL. */
class LifecycleServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    private record Fixture(Database db, RegisterService register, LifecycleService lifecycle, Issuer city, Issuer county) {
        NormativeDocument add(String title, String number, Issuer issuer, String effective, String validUntil) {
            return register.add(new DocumentInput(title, number, List.of(issuer.id()), DocumentType.GOVERNMENT_NORMATIVE,
                    null, null, effective, effective, validUntil, null));
        }
    }

    private Fixture open(DatabaseKind kind) {
        return open(kind, CLOCK);
    }

    private Fixture open(DatabaseKind kind, Clock clock) {
        Database db = Database.open(TestDatabases.fresh(kind, tempDir));
        RegisterService register = new RegisterService(db, clock, () -> "reviewer");
        Issuer city = register.addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
        Issuer county = register.addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
        return new Fixture(db, register, new LifecycleService(db, register, clock, ValidityRules.DEFAULT, () -> "reviewer"),
                city, county);
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void an_amendment_and_a_repeal_show_in_both_directions_and_move_the_status(DatabaseKind kind) {
        Fixture f = open(kind);
        try (Database ignored = f.db()) {
            NormativeDocument original = f.add("濮阳市燃气管理办法", "濮政〔2017〕3号", f.city(), "2017-05-01", null);
            NormativeDocument amending = f.add("关于修改《濮阳市燃气管理办法》的决定", "濮政〔2020〕5号", f.city(), "2020-06-01", null);
            NormativeDocument repealing = f.add("关于废止部分规范性文件的决定", "濮政〔2021〕1号", f.city(), "2021-01-10", null);

            assertEquals(LifecycleStatus.AMENDED, f.lifecycle().relate(amending.id(), RelationKind.AMENDS, original.id(), null, null).status());
            assertEquals(LifecycleStatus.REPEALED, f.lifecycle().relate(repealing.id(), RelationKind.REPEALS, original.id(), null, "清理废止").status());

            List<Relation> onOriginal = f.lifecycle().relations(original.id());
            assertEquals(2, onOriginal.size());
            assertEquals("濮政〔2020〕5号", onOriginal.get(0).fromNumber());
            assertEquals(RelationKind.AMENDS, onOriginal.get(0).kind());
            assertEquals(LocalDate.of(2020, 6, 1), onOriginal.get(0).effectiveOn());
            assertEquals(List.of(original.id()), f.lifecycle().relations(repealing.id()).stream().map(Relation::toDocumentId).toList());
            assertEquals(repealing.id(), f.register().history(original.id()).get(2).causedByDocumentId());

            NormativeDocument again = f.add("又一个废止决定", "濮政〔2021〕2号", f.city(), "2021-02-01", null);
            assertThrows(IllegalTransitionException.class,
                    () -> f.lifecycle().relate(again.id(), RelationKind.REPEALS, original.id(), null, null));
            assertEquals(2, f.lifecycle().relations(original.id()).size(), "the refused repeal left no relation");
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_circular_chain_is_refused_and_changes_nothing(DatabaseKind kind) {
        Fixture f = open(kind);
        try (Database ignored = f.db()) {
            NormativeDocument a = f.add("甲办法", "濮政〔2018〕1号", f.city(), "2018-01-01", null);
            NormativeDocument b = f.add("乙办法", "濮政〔2019〕1号", f.city(), "2019-01-01", null);
            NormativeDocument c = f.add("丙办法", "濮政〔2020〕1号", f.city(), "2020-01-01", null);
            f.lifecycle().relate(b.id(), RelationKind.AMENDS, a.id(), null, null);
            f.lifecycle().relate(c.id(), RelationKind.AMENDS, b.id(), null, null);
            DomainException circular = assertThrows(DomainException.class,
                    () -> f.lifecycle().relate(a.id(), RelationKind.AMENDS, c.id(), null, null));
            assertEquals("relation.circular", circular.messageKey());
            assertEquals(LifecycleStatus.VALID, f.register().get(c.id()).status());
            assertEquals("relation.self", assertThrows(DomainException.class,
                    () -> f.lifecycle().relate(a.id(), RelationKind.REPEALS, a.id(), null, null)).messageKey());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void expiry_flips_ended_documents_once_and_running_it_again_changes_nothing(DatabaseKind kind) {
        Fixture f = open(kind);
        try (Database ignored = f.db()) {
            // as an imported ledger has it: still marked valid although its validity ended
            NormativeDocument ended = f.register().add(new DocumentInput("到期的暂行办法", "清政〔2018〕4号",
                    List.of(f.county().id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2018-03-01", "2018-03-01",
                    "2020-02-29", LifecycleStatus.VALID));
            NormativeDocument running = f.add("仍有效的办法", "清政〔2019〕4号", f.county(), "2019-03-01", "2024-02-29");
            assertEquals(LifecycleStatus.VALID, f.register().get(ended.id()).status());

            List<NormativeDocument> first = f.lifecycle().expireDue();
            assertEquals(List.of(ended.id()), first.stream().map(NormativeDocument::id).toList());
            assertEquals(LifecycleStatus.EXPIRED, f.register().get(ended.id()).status());
            assertEquals(LocalDate.of(2020, 3, 1), f.register().history(ended.id()).get(1).effectiveOn());
            assertEquals(LifecycleService.REASON_VALIDITY_ENDED, f.register().history(ended.id()).get(1).reason());

            assertTrue(f.lifecycle().expireDue().isEmpty());
            assertEquals(2, f.register().history(ended.id()).size());
            assertEquals(LifecycleStatus.VALID, f.register().get(running.id()).status());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void what_was_in_force_on_a_past_day_is_answered_from_the_history(DatabaseKind kind) {
        Fixture f = open(kind);
        try (Database ignored = f.db()) {
            NormativeDocument old = f.add("老办法", "濮政〔2015〕1号", f.city(), "2015-01-01", null);
            NormativeDocument repealer = f.add("废止决定", "濮政〔2019〕9号", f.city(), "2019-08-23", null);
            f.lifecycle().relate(repealer.id(), RelationKind.REPEALS, old.id(), LocalDate.of(2019, 8, 23), null);
            NormativeDocument countyDoc = f.add("县里的办法", "清政〔2019〕2号", f.county(), "2019-06-01", null);
            f.add("后来的办法", "濮政〔2020〕2号", f.city(), "2020-03-01", null);

            assertEquals(List.of("老办法"), titles(f.lifecycle().inForceOn(LocalDate.of(2018, 12, 31), null)));
            assertEquals(List.of("废止决定", "县里的办法"), titles(f.lifecycle().inForceOn(LocalDate.of(2019, 12, 31), null)));
            assertEquals(List.of("县里的办法", "老办法"), titles(f.lifecycle().inForceOn(LocalDate.of(2019, 8, 22), null)));
            assertEquals(List.of("县里的办法"), titles(f.lifecycle().inForceOn(LocalDate.of(2019, 12, 31), f.county().id())));
            assertEquals(countyDoc.id(), f.lifecycle().inForceOn(LocalDate.of(2019, 12, 31), f.county().id()).get(0).id());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_document_registered_before_its_effective_date_comes_into_force_on_that_day(DatabaseKind kind) {
        MutableClock clock = new MutableClock(LocalDate.of(2021, 3, 1));
        Fixture f = open(kind, clock);
        try (Database ignored = f.db()) {
            NormativeDocument pending = f.register().add(new DocumentInput("濮阳市停车管理办法", "濮政〔2021〕3号",
                    List.of(f.city().id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2021-02-26", "2021-04-01",
                    null, null));
            f.add("已施行的办法", "濮政〔2020〕8号", f.city(), "2020-05-01", null);
            assertEquals(LifecycleStatus.NOT_YET_EFFECTIVE, pending.status());
            assertEquals(LocalDate.of(2021, 2, 26), f.register().history(pending.id()).get(0).effectiveOn(),
                    "尚未施行 from publication on");

            LocalDate before = LocalDate.of(2021, 3, 31);
            LocalDate onTheDay = LocalDate.of(2021, 4, 1);
            assertEquals(List.of("已施行的办法"), titles(f.lifecycle().inForceOn(before, null)));
            // the answer for a day after the effective date does not wait for the daily job
            assertEquals(List.of("濮阳市停车管理办法", "已施行的办法"), titles(f.lifecycle().inForceOn(onTheDay, null)));

            assertEquals(new LifecycleService.DailyRun(List.of(), List.of()), f.lifecycle().applyDue(),
                    "nothing is due before the effective date");
            assertEquals(LifecycleStatus.NOT_YET_EFFECTIVE, f.register().get(pending.id()).status());

            clock.setDay(onTheDay);
            LifecycleService.DailyRun run = f.lifecycle().applyDue();
            assertEquals(List.of(pending.id()), run.enteredForce().stream().map(NormativeDocument::id).toList());
            assertEquals(List.of(), run.expired());
            assertEquals(LifecycleStatus.VALID, f.register().get(pending.id()).status());
            List<StatusChange> history = f.register().history(pending.id());
            assertEquals(2, history.size());
            assertEquals(LifecycleStatus.NOT_YET_EFFECTIVE, history.get(1).from());
            assertEquals(LifecycleStatus.VALID, history.get(1).to());
            assertEquals(onTheDay, history.get(1).effectiveOn());
            assertEquals(LifecycleService.REASON_CAME_INTO_FORCE, history.get(1).reason());

            assertEquals(new LifecycleService.DailyRun(List.of(), List.of()), f.lifecycle().applyDue(), "idempotent");
            assertEquals(2, f.register().history(pending.id()).size());
            assertEquals(List.of("已施行的办法"), titles(f.lifecycle().inForceOn(before, null)));
            assertEquals(List.of("濮阳市停车管理办法", "已施行的办法"), titles(f.lifecycle().inForceOn(onTheDay, null)));
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_pending_document_whose_validity_also_ended_first_comes_into_force_then_expires(DatabaseKind kind) {
        MutableClock clock = new MutableClock(LocalDate.of(2021, 3, 1));
        Fixture f = open(kind, clock);
        try (Database ignored = f.db()) {
            NormativeDocument pending = f.register().add(new DocumentInput("为期一月的临时办法", "濮政〔2021〕4号",
                    List.of(f.city().id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2021-03-01", "2021-04-01",
                    "2021-04-30", null));
            clock.setDay(LocalDate.of(2021, 6, 1));
            LifecycleService.DailyRun run = f.lifecycle().applyDue();
            assertEquals(List.of(pending.id()), run.enteredForce().stream().map(NormativeDocument::id).toList());
            assertEquals(List.of(pending.id()), run.expired().stream().map(NormativeDocument::id).toList());
            assertEquals(List.of(LifecycleStatus.NOT_YET_EFFECTIVE, LifecycleStatus.VALID, LifecycleStatus.EXPIRED),
                    f.register().history(pending.id()).stream().map(StatusChange::to).toList());
            assertEquals(List.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 1), LocalDate.of(2021, 5, 1)),
                    f.register().history(pending.id()).stream().map(StatusChange::effectiveOn).toList());
            assertEquals(List.of("为期一月的临时办法"), titles(f.lifecycle().inForceOn(LocalDate.of(2021, 4, 30), null)));
            assertEquals(List.of(), titles(f.lifecycle().inForceOn(LocalDate.of(2021, 5, 1), null)));
            assertEquals(new LifecycleService.DailyRun(List.of(), List.of()), f.lifecycle().applyDue());
        }
    }

    private static List<String> titles(List<DocumentSummary> rows) {
        return rows.stream().map(DocumentSummary::title).toList();
    }
}
