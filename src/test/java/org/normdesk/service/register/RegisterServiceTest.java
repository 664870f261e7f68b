package org.normdesk.service.register;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.ConcurrentChangeException;
import org.normdesk.domain.document.DocumentField;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.DocumentValidationException;
import org.normdesk.domain.document.DuplicateDocumentException;
import org.normdesk.domain.document.IllegalTransitionException;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.StatusChange;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The register on a real database, H2 and (when configured) PostgreSQL. */
class RegisterServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    private Database open(DatabaseKind kind) {
        return Database.open(TestDatabases.fresh(kind, tempDir));
    }

    private static RegisterService service(Database db) {
        return new RegisterService(db, CLOCK, () -> "tester");
    }

    private static Issuer cityGovernment(RegisterService register) {
        return register.addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
    }

    private static DocumentInput input(String title, String number, Issuer issuer, String published, String effective) {
        return new DocumentInput(title, number, List.of(issuer.id()), DocumentType.GOVERNMENT_NORMATIVE, "城市管理",
                null, published, effective, null, null);
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_document_added_is_read_back_with_its_parsed_number_and_first_history_entry(DatabaseKind kind) {
        try (Database db = open(kind)) {
            RegisterService register = service(db);
            Issuer city = cityGovernment(register);
            NormativeDocument added = register.add(input("濮阳市城市绿化管理办法", "濮政 [2019] １２号", city,
                    "2019年12月20日", "2020-01-20"));

            NormativeDocument read = register.get(added.id());
            assertEquals("濮阳市城市绿化管理办法", read.title());
            assertEquals("濮政〔2019〕12号", read.docNumber().normalized());
            assertEquals("濮政 [2019] １２号", read.docNumber().raw());
            assertEquals(LocalDate.of(2019, 12, 20), read.publishedDate());
            assertEquals(LifecycleStatus.VALID, read.status());
            assertEquals(List.of("濮阳市人民政府"), read.issuers().stream().map(Issuer::name).toList());

            List<StatusChange> history = register.history(added.id());
            assertEquals(1, history.size());
            assertNull(history.get(0).from());
            assertEquals(LifecycleStatus.VALID, history.get(0).to());
            assertEquals("tester", history.get(0).recordedBy());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_document_whose_effective_date_is_ahead_starts_not_yet_effective(DatabaseKind kind) {
        try (Database db = open(kind)) {
            RegisterService register = service(db);
            NormativeDocument added = register.add(input("关于规范停车收费的通知", "濮政〔2020〕3号",
                    cityGovernment(register), "2020-02-20", "2020-04-01"));
            assertEquals(LifecycleStatus.NOT_YET_EFFECTIVE, added.status());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_same_number_from_the_same_issuer_in_another_bracket_form_is_refused_as_duplicate(DatabaseKind kind) {
        try (Database db = open(kind)) {
            RegisterService register = service(db);
            Issuer city = cityGovernment(register);
            NormativeDocument first = register.add(input("办法一", "濮政〔2019〕12号", city, "2019-12-20", null));

            DocumentValidationException e = assertThrows(DocumentValidationException.class,
                    () -> register.add(input("办法二", "濮政（2019）12号", city, "2019-12-21", null)));
            assertEquals(DocumentField.DOC_NUMBER, e.errors().get(0).field());
            DuplicateDocumentException duplicate = assertInstanceOf(DuplicateDocumentException.class, e.errors().get(0).error());
            assertEquals(first.id(), duplicate.existingDocumentId());
            assertEquals(1, register.count());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void every_wrong_field_is_reported_at_once_and_nothing_is_saved(DatabaseKind kind) {
        try (Database db = open(kind)) {
            RegisterService register = service(db);
            Issuer city = cityGovernment(register);
            DocumentValidationException e = assertThrows(DocumentValidationException.class,
                    () -> register.add(input(" ", "濮政〔2019〕1号", city, "2019-02-30", "昨天")));
            assertEquals(Set.of(DocumentField.TITLE, DocumentField.PUBLISHED_DATE, DocumentField.EFFECTIVE_DATE),
                    Set.copyOf(e.errors().stream().map(err -> err.field()).toList()));
            assertEquals(0, register.count());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_repeal_is_recorded_with_the_repealing_document_and_further_moves_are_refused(DatabaseKind kind) {
        try (Database db = open(kind)) {
            RegisterService register = service(db);
            Issuer city = cityGovernment(register);
            NormativeDocument old = register.add(input("旧办法", "濮政〔2015〕2号", city, "2015-03-01", "2015-04-01"));
            NormativeDocument repealing = register.add(input("关于废止部分文件的决定", "濮政〔2020〕1号", city,
                    "2020-01-10", "2020-01-10"));

            NormativeDocument repealed = register.changeStatus(old.id(), old.version(), LifecycleStatus.REPEALED,
                    LocalDate.of(2020, 1, 10), "被新决定废止", repealing.id());
            assertEquals(LifecycleStatus.REPEALED, repealed.status());
            StatusChange last = register.history(old.id()).get(1);
            assertEquals(LifecycleStatus.VALID, last.from());
            assertEquals(repealing.id(), last.causedByDocumentId());

            assertThrows(IllegalTransitionException.class, () -> register.changeStatus(old.id(), repealed.version(),
                    LifecycleStatus.VALID, null, "复活", null));
            assertEquals(LifecycleStatus.REPEALED, register.get(old.id()).status());
            assertEquals(2, register.history(old.id()).size());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_change_based_on_a_stale_version_is_refused_and_leaves_no_history(DatabaseKind kind) {
        try (Database db = open(kind)) {
            RegisterService register = service(db);
            NormativeDocument doc = register.add(input("某办法", "濮政〔2018〕9号", cityGovernment(register),
                    "2018-05-01", "2018-06-01"));
            register.changeStatus(doc.id(), doc.version(), LifecycleStatus.AMENDED, null, "部分条款修改", null);

            assertThrows(ConcurrentChangeException.class, () -> register.changeStatus(doc.id(), doc.version(),
                    LifecycleStatus.EXPIRED, null, "有效期届满", null));
            assertEquals(LifecycleStatus.AMENDED, register.get(doc.id()).status());
            assertEquals(2, register.history(doc.id()).size());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void search_finds_title_words_and_numbers_in_any_bracket_form_and_filters_by_status_and_year(DatabaseKind kind) {
        try (Database db = open(kind)) {
            RegisterService register = service(db);
            Issuer city = cityGovernment(register);
            register.add(input("濮阳市城市绿化管理办法", "濮政〔2019〕12号", city, "2019-12-20", "2020-01-01"));
            NormativeDocument other = register.add(input("濮阳市燃气管理办法", "濮政〔2018〕4号", city, "2018-07-22", "2018-08-01"));
            register.changeStatus(other.id(), other.version(), LifecycleStatus.EXPIRED, null, "有效期届满", null);

            assertEquals(List.of("濮阳市城市绿化管理办法"), titles(register.search(query("绿化"))));
            assertEquals(List.of("濮阳市城市绿化管理办法"), titles(register.search(query("濮政[2019]12号"))));
            assertEquals(List.of("濮阳市城市绿化管理办法"), titles(register.search(query("濮政（２０１９）１２号"))));
            assertEquals(2, register.search(query("管理办法")).size());
            assertEquals(List.of("濮阳市燃气管理办法"), titles(register.search(
                    query("管理办法").withStatuses(Set.of(LifecycleStatus.EXPIRED)))));
            assertEquals(List.of("濮阳市燃气管理办法"), titles(register.search(
                    new DocumentQuery(null, Set.of(), Set.of(), 2018, null, 0))));
            assertTrue(register.search(query("100%_")).isEmpty());
            assertEquals(1, register.countByStatus().get(LifecycleStatus.EXPIRED));
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void an_edit_keeps_the_status_and_bumps_the_version(DatabaseKind kind) {
        try (Database db = open(kind)) {
            RegisterService register = service(db);
            Issuer city = cityGovernment(register);
            NormativeDocument doc = register.add(input("草稿标题", "濮政〔2019〕5号", city, "2019-05-01", "2019-06-01"));
            NormativeDocument edited = register.update(doc.id(), doc.version(),
                    input("正式标题", "濮政〔2019〕5号", city, "2019-05-01", "2019-06-01"));
            assertEquals("正式标题", edited.title());
            assertEquals(doc.version() + 1, edited.version());
            assertEquals(LifecycleStatus.VALID, edited.status());
            assertThrows(ConcurrentChangeException.class, () -> register.update(doc.id(), doc.version(),
                    input("又一个标题", "濮政〔2019〕5号", city, "2019-05-01", "2019-06-01")));
            assertFalse(register.search(query("正式标题")).isEmpty());
        }
    }

    private static DocumentQuery query(String text) {
        return new DocumentQuery(text, Set.of(), Set.of(), null, null, 0);
    }

    private static List<String> titles(List<DocumentSummary> rows) {
        return rows.stream().map(DocumentSummary::title).toList();
    }
}
