package org.normdesk.service.search;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.register.RegisterService;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.store.DocumentStore;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search box on a real database (H2, and PostgreSQL when configured) with its index in a temp folder. */
public class SearchServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tempDir;

    /** A small register whose counts are known by hand. */
    /** Public for the export and view tests. */
    public static final class Register implements AutoCloseable {
        public final Database db;
        public final RegisterService register;
        public final SearchService search;
        public Issuer city;
        public Issuer office;
        public Issuer county;
        public NormativeDocument greening;
        public NormativeDocument gas;
        public NormativeDocument greeningNotice;
        public NormativeDocument homestead;
        public NormativeDocument countyAssets;
        public NormativeDocument sewage;

        public Register(DatabaseConfig config, Path indexFolder) {
            db = Database.open(config);
            register = new RegisterService(db, CLOCK, () -> "tester");
            search = new SearchService(db, indexFolder, config.displayUrl());
            register.setChangeListener(search::documentsChanged);
        }

        public Register fill() {
            city = register.addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            office = register.addIssuer(new Issuer(null, "濮阳市人民政府办公室", "濮政办", OrgLevel.CITY,
                    OrgKind.GENERAL_OFFICE, null));
            county = register.addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
            greening = register.add(input("濮阳市城市绿化管理办法", "濮政〔2019〕12号", city, DocumentType.GOVERNMENT_NORMATIVE,
                    "城市管理", "2019-12-20", "2020-01-20", "2025-01-19"));
            gas = register.add(input("濮阳市燃气管理办法", "濮政〔2018〕4号", city, DocumentType.GOVERNMENT_RULE,
                    "城市管理", "2018-07-22", "2018-08-01", null));
            gas = register.changeStatus(gas.id(), gas.version(), LifecycleStatus.REPEALED, LocalDate.of(2019, 6, 1),
                    "被新办法废止", null);
            greeningNotice = register.add(input("关于加强城市绿化工作的通知", "濮政办〔2019〕30号", office,
                    DocumentType.GOVERNMENT_NORMATIVE, "城市管理", "2019-05-10", "2019-05-10", null));
            homestead = register.add(input("清丰县农村宅基地管理办法", "清政〔2020〕2号", county,
                    DocumentType.GOVERNMENT_NORMATIVE, "自然资源", "2020-02-10", "2020-02-10", "2020-12-31"));
            countyAssets = register.add(input("关于规范农村集体资产管理的通知", "清政〔2019〕9号", county,
                    DocumentType.GOVERNMENT_NORMATIVE, "农业农村", "2019-03-01", "2019-03-01", null));
            sewage = register.add(input("污水处理100%达标实施方案（试行）", "濮政办〔2019〕12号", office,
                    DocumentType.GOVERNMENT_NORMATIVE, "生态环境", "2019-08-08", "2019-08-08", null));
            return this;
        }

        public DocumentInput input(String title, String number, Issuer issuer, DocumentType type, String area,
                            String published, String effective, String validUntil) {
            return new DocumentInput(title, number, List.of(issuer.id()), type, area, null, published, effective,
                    validUntil, null);
        }

        public List<String> titles(String text) {
            return titles(DocumentQuery.text(text));
        }

        public List<String> titles(DocumentQuery query) {
            return search.search(query).hits().stream().map(h -> h.document().title()).toList();
        }

        @Override
        public void close() {
            search.close();
            db.close();
        }
    }

    private Register open(DatabaseKind kind) {
        return new Register(TestDatabases.fresh(kind, tempDir), tempDir.resolve("index-" + System.nanoTime())).fill();
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void chinese_title_words_find_their_documents_and_every_word_must_occur(DatabaseKind kind) {
        try (Register r = open(kind)) {
            assertEquals(Set.of("濮阳市城市绿化管理办法", "关于加强城市绿化工作的通知"), Set.copyOf(r.titles("绿化")));
            assertEquals(Set.of("濮阳市城市绿化管理办法", "濮阳市燃气管理办法", "清丰县农村宅基地管理办法"),
                    Set.copyOf(r.titles("管理办法")));
            assertEquals(List.of("濮阳市城市绿化管理办法"), r.titles("绿化 管理办法"));
            assertEquals(List.of("濮阳市城市绿化管理办法"), r.titles("城市绿化管理"));
            assertEquals(List.of("清丰县农村宅基地管理办法"), r.titles("宅基地"));
            // a single character is a search too
            assertEquals(List.of("濮阳市燃气管理办法"), r.titles("燃"));
            // full-width and spacing as pasted from Word
            assertEquals(List.of("污水处理100%达标实施方案（试行）"), r.titles("达标实施方案(试行)"));
            assertTrue(r.titles("绿化 宅基地").isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_doc_number_is_found_in_any_bracket_form_and_not_confused_with_a_similar_one(DatabaseKind kind) {
        try (Register r = open(kind)) {
            for (String typed : List.of("濮政〔2019〕12号", "濮政[2019]12号", "濮政（２０１９）１２号", "濮政 【2019】 12 号",
                    "濮政〖2019〗12", "濮政-2019-12号", "濮政(2019)012号")) {
                assertEquals(List.of("濮阳市城市绿化管理办法"), r.titles(typed), typed);
            }
            assertEquals(List.of("污水处理100%达标实施方案（试行）"), r.titles("濮政办[2019]12号"));
            // part of a number
            assertEquals(Set.of("濮阳市城市绿化管理办法", "污水处理100%达标实施方案（试行）"), Set.copyOf(r.titles("(2019)12号")));
            assertEquals(Set.of("清丰县农村宅基地管理办法", "关于规范农村集体资产管理的通知"), Set.copyOf(r.titles("清政")));
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void issuer_names_are_searched_too(DatabaseKind kind) {
        try (Register r = open(kind)) {
            assertEquals(Set.of("清丰县农村宅基地管理办法", "关于规范农村集体资产管理的通知"), Set.copyOf(r.titles("清丰县人民政府")));
            assertEquals(Set.of("关于加强城市绿化工作的通知", "污水处理100%达标实施方案（试行）"), Set.copyOf(r.titles("办公室")));
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void query_language_characters_are_plain_text_and_never_fail(DatabaseKind kind) {
        try (Register r = open(kind)) {
            for (String typed : List.of("100%_", "\"(濮政", "*", "AND OR", "?", "\\", "[", "~1", "title:绿化", "a AND (b",
                    "'; drop table document; --", "%", "_", "〔", "+-&&||!(){}[]^\"~*?:\\/", "NOT 绿化", "　")) {
                SearchResult result = assertDoesNotThrow(() -> r.search.search(DocumentQuery.text(typed)), typed);
                assertDoesNotThrow(() -> r.search.facets(DocumentQuery.text(typed)), typed);
                assertEquals(result.total(), result.hits().size(), typed);
            }
            assertEquals(List.of("污水处理100%达标实施方案（试行）"), r.titles("100%"));
            assertEquals(List.of("污水处理100%达标实施方案（试行）"), r.titles("100%_"));
            assertEquals(4, r.titles("\"(濮政").size(), "濮政 and 濮政办 documents");
            assertTrue(r.titles("*").isEmpty());
            assertTrue(r.titles("AND OR").isEmpty());
            assertTrue(r.search.search(DocumentQuery.text("*")).terms().isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_best_match_comes_first(DatabaseKind kind) {
        try (Register r = open(kind)) {
            // the exact number before documents that merely share its year and serial
            assertEquals("濮阳市城市绿化管理办法", r.titles("濮政〔2019〕12号").get(0));
            // 清丰 in the title and the issuer before 清丰 only in the issuer
            assertEquals(List.of("清丰县农村宅基地管理办法", "关于规范农村集体资产管理的通知"), r.titles("清丰"));
            // both words in the title (a short title) before one of them in the title
            List<String> greening = r.titles("城市绿化");
            assertEquals(2, greening.size());
            SearchResult ranked = r.search.search(DocumentQuery.text("绿化"));
            assertTrue(ranked.hits().get(0).score() >= ranked.hits().get(1).score());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void matched_terms_come_back_for_highlighting(DatabaseKind kind) {
        try (Register r = open(kind)) {
            SearchResult result = r.search.search(DocumentQuery.text("绿化 管理"));
            assertEquals(List.of("绿化", "管理"), result.terms());
            SearchHit hit = result.hits().get(0);
            assertEquals(List.of("绿化", "管理"), hit.matchedTerms());
            assertEquals(List.of(new Highlights.Span(5, 9)), Highlights.spans(hit.document().title(), hit.matchedTerms()));
            SearchResult byNumber = r.search.search(DocumentQuery.text("濮政[2019]12号"));
            assertEquals(List.of("濮政〔2019〕12号"), byNumber.hits().get(0).matchedTerms());
            // spans point into the text as shown, full-width or not
            assertEquals(List.of(new Highlights.Span(2, 5)), Highlights.spans("关于１００％达标", List.of("100")));
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void facets_count_every_match_per_status_type_issuer_year_and_area(DatabaseKind kind) {
        try (Register r = open(kind)) {
            Facets all = r.search.facets(DocumentQuery.all());
            assertEquals(6, all.total());
            assertEquals(1, all.status(LifecycleStatus.REPEALED));
            assertEquals(5, all.status(LifecycleStatus.VALID));
            assertEquals(5, all.type(DocumentType.GOVERNMENT_NORMATIVE));
            assertEquals(1, all.type(DocumentType.GOVERNMENT_RULE));
            assertEquals(1, all.year(2018));
            assertEquals(4, all.year(2019));
            assertEquals(1, all.year(2020));
            assertEquals(List.of(2, 2, 2), all.leadIssuers().stream().map(Facets.IssuerCount::count).toList());
            assertEquals(3, all.subjectAreas().get("城市管理"));
            assertEquals("城市管理", all.subjectAreas().keySet().iterator().next(), "most documents first");

            SearchResult text = r.search.search(DocumentQuery.text("管理办法"));
            assertEquals(3, text.total());
            assertEquals(2, text.facets().status(LifecycleStatus.VALID));
            assertEquals(1, text.facets().status(LifecycleStatus.REPEALED));
            assertEquals(List.of("濮阳市人民政府", "清丰县人民政府"),
                    text.facets().leadIssuers().stream().map(Facets.IssuerCount::name).toList());

            DocumentQuery three = DocumentQuery.all().withStatuses(Set.of(LifecycleStatus.VALID))
                    .withTypes(Set.of(DocumentType.GOVERNMENT_NORMATIVE)).withYear(2019);
            SearchResult filtered = r.search.search(three);
            assertEquals(Set.of("关于加强城市绿化工作的通知", "关于规范农村集体资产管理的通知", "污水处理100%达标实施方案（试行）",
                    "濮阳市城市绿化管理办法"), Set.copyOf(filtered.hits().stream().map(h -> h.document().title()).toList()));
            assertEquals(4, filtered.facets().total());
            assertEquals(Set.of(2019), filtered.facets().years().keySet());
            // without text the register's order: newest publication first
            assertEquals("濮阳市城市绿化管理办法", filtered.hits().get(0).document().title());
            assertEquals(filtered.total(), r.search.count(three));
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_new_filters_select_by_issuer_level_validity_and_when_the_status_changed(DatabaseKind kind) {
        try (Register r = open(kind)) {
            DocumentQuery county = DocumentQuery.all().withIssuerLevels(Set.of(OrgLevel.COUNTY));
            assertEquals(2, r.search.count(county));
            assertEquals(List.of("清丰县农村宅基地管理办法"), r.titles(county.withValidUntil(
                    org.normdesk.domain.common.DateRange.year(2020))));
            DocumentQuery repealed2019 = DocumentQuery.all().withStatuses(Set.of(LifecycleStatus.REPEALED))
                    .withStatusChanged(org.normdesk.domain.common.DateRange.year(2019));
            assertEquals(List.of("濮阳市燃气管理办法"), r.titles(repealed2019));
            assertEquals(List.of(), r.titles(repealed2019.withStatusChanged(org.normdesk.domain.common.DateRange.year(2018))));
            assertEquals(List.of("关于规范农村集体资产管理的通知"), r.titles(DocumentQuery.all().withSubjectAreas(Set.of("农业农村"))));
            assertEquals(2, r.search.count(DocumentQuery.all().withLeadIssuerIds(Set.of(r.office.id()))));
            // the database's own filter agrees
            assertEquals(List.of("濮阳市燃气管理办法"), r.register.search(repealed2019).stream().map(d -> d.title()).toList());
            assertEquals(2, r.register.count(county));
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void an_edit_is_searchable_in_the_same_call_and_changes_made_elsewhere_are_caught_up(DatabaseKind kind) {
        try (Register r = open(kind)) {
            NormativeDocument edited = r.register.update(r.homestead.id(), r.homestead.version(), r.input(
                    "清丰县农村宅基地审批管理办法", "清政〔2020〕2号", r.county, DocumentType.GOVERNMENT_NORMATIVE, "自然资源",
                    "2020-02-10", "2020-02-10", "2020-12-31"));
            assertEquals(List.of("清丰县农村宅基地审批管理办法"), r.titles("审批"));

            // another workstation (or code beside the services) moves a document: seen at the next search
            new DocumentStore(r.db).updateStatus(edited.id(), edited.version(), LifecycleStatus.EXPIRED,
                    Instant.parse("2021-01-01T00:00:00Z"));
            assertEquals(List.of("清丰县农村宅基地审批管理办法"), r.titles(DocumentQuery.all()
                    .withStatuses(Set.of(LifecycleStatus.EXPIRED))));
            assertEquals(6, r.search.indexedDocuments());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_index_in_the_data_folder_survives_a_restart_and_catches_up_with_changes_made_while_closed(DatabaseKind kind) {
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        Path index = tempDir.resolve("index");
        try (Register r = new Register(config, index).fill()) {
            assertEquals(2, r.titles("绿化").size());
        }
        try (Database db = Database.open(config)) {
            RegisterService register = new RegisterService(db, CLOCK, () -> "other");
            Issuer city = register.issuers().stream().filter(i -> i.name().equals("濮阳市人民政府")).findFirst().orElseThrow();
            register.add(new DocumentInput("濮阳市绿化条例实施细则", "濮政〔2020〕5号", List.of(city.id()),
                    DocumentType.GOVERNMENT_NORMATIVE, null, null, "2020-02-01", null, null, null));
        }
        try (Register r = new Register(config, index)) {
            assertEquals(3, r.titles("绿化").size());
            assertEquals(7, r.search.indexedDocuments());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_bulk_import_is_indexed_once_and_the_next_search_does_not_read_it_again(DatabaseKind kind) {
        try (Register r = open(kind)) {
            int count = SearchIndex.LARGE_REFRESH * 2 + 7;
            List<NormativeDocument> docs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                docs.add(new NormativeDocument(null, "关于第" + i + "批林地保护工作的通知",
                        DocNumber.parse("濮政〔2021〕" + (100 + i) + "号").orElseThrow(), List.of(r.city),
                        DocumentType.GOVERNMENT_NORMATIVE, "自然资源", null, LocalDate.of(2021, 1, 1).plusDays(i % 300),
                        null, null, LifecycleStatus.VALID, null, 0));
            }
            assertEquals(6, r.search.count(DocumentQuery.all()), "the register on screen before the import");
            long before = r.search.documentsIndexed();
            r.register.addAll(docs, "@reason.ledgerImport");
            assertEquals(count, r.search.documentsIndexed() - before, "the import's refresh indexes each document once");

            assertEquals(count, r.search.count(DocumentQuery.text("林地保护")));
            assertEquals(count + 6, r.search.indexedDocuments());
            assertEquals(count, r.search.documentsIndexed() - before, "the searches after it index nothing again");

            // a change made elsewhere afterwards is still caught up
            new DocumentStore(r.db).updateStatus(r.sewage.id(), r.sewage.version(), LifecycleStatus.EXPIRED,
                    Instant.parse("2021-01-01T00:00:00Z"));
            assertEquals(List.of(r.sewage.title()), r.titles(DocumentQuery.all()
                    .withStatuses(Set.of(LifecycleStatus.EXPIRED))));
        }
    }
}
