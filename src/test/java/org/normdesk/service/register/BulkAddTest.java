package org.normdesk.service.register;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DocNumber;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.StatusChange;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.audit.AuditService;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many documents added at once (a ledger import, a package, a demo register) go in through one prepared statement in
 * batches, with the ids the database generated read back in the rows' order: each returned document is the stored
 * one, joint issuers keep their order, every one has its first history entry, one audit entry names them all, a
 * single add afterwards still gets a fresh id, and a clash anywhere keeps nothing. H2 file and PostgreSQL.
 */
class BulkAddTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    /** More than one batch of the bulk insert (1,000 rows), and not a multiple of it. */
    private static final int COUNT = 2_345;

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void ids_come_back_in_order_and_every_row_is_stored_as_given(DatabaseKind kind) {
        try (Database db = Database.open(TestDatabases.fresh(kind, tempDir))) {
            RegisterService register = new RegisterService(db, CLOCK, () -> "clerk");
            Issuer city = register.addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT,
                    null));
            Issuer office = register.addIssuer(new Issuer(null, "濮阳市人民政府办公室", "濮政办", OrgLevel.CITY,
                    OrgKind.GENERAL_OFFICE, null));
            Issuer bureau = register.addIssuer(new Issuer(null, "濮阳市财政局", "濮财", OrgLevel.CITY, OrgKind.DEPARTMENT,
                    null));
            // one document before, so that the bulk ids do not simply start at 1
            NormativeDocument first = register.add(new DocumentInput("濮阳市城市绿化管理办法", "濮政〔2018〕1号",
                    List.of(city.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2018-03-01", "2018-04-01",
                    null, null));

            List<NormativeDocument> wanted = documents(city, office, bureau);
            long auditBefore = new AuditService(db, CLOCK, () -> "clerk").count();
            List<NormativeDocument> stored = register.addAll(wanted, "@reason.ledgerImport");

            assertEquals(COUNT, stored.size());
            assertEquals(COUNT, new HashSet<>(stored.stream().map(NormativeDocument::id).toList()).size());
            for (int i = 0; i < COUNT; i++) {
                NormativeDocument given = wanted.get(i);
                NormativeDocument back = stored.get(i);
                assertTrue(back.id() > first.id(), "id " + back.id());
                assertEquals(given.withId(back.id()), back);
                // read from the database by the returned id: the very row given at this position
                NormativeDocument read = register.get(back.id());
                assertEquals(given.title(), read.title());
                assertEquals(given.docNumber() == null ? null : given.docNumber().normalized(),
                        read.docNumber() == null ? null : read.docNumber().normalized());
                assertEquals(given.docNumber() == null ? null : given.docNumber().raw(),
                        read.docNumber() == null ? null : read.docNumber().raw());
                assertEquals(given.issuers().stream().map(Issuer::id).toList(),
                        read.issuers().stream().map(Issuer::id).toList());
                assertEquals(given.type(), read.type());
                assertEquals(given.publishedDate(), read.publishedDate());
                assertEquals(given.effectiveDate(), read.effectiveDate());
                assertEquals(given.validUntil(), read.validUntil());
                assertEquals(given.status(), read.status());
                assertEquals(0, read.version());
                if (i % 97 == 0) {
                    List<StatusChange> history = register.history(back.id());
                    assertEquals(1, history.size());
                    assertEquals(given.status(), history.get(0).to());
                    assertEquals(null, history.get(0).from());
                    assertEquals("@reason.ledgerImport", history.get(0).reason());
                    assertEquals("clerk", history.get(0).recordedBy());
                }
            }
            assertEquals(COUNT + 1, register.count());
            AuditService audit = new AuditService(db, CLOCK, () -> "clerk");
            assertEquals(auditBefore + 1, audit.count());
            assertTrue(audit.verify().intact());

            // the identity was advanced by the batch: a single add afterwards does not collide
            NormativeDocument after = register.add(new DocumentInput("濮阳市停车场管理办法", "濮政〔2021〕3号",
                    List.of(city.id()), DocumentType.GOVERNMENT_NORMATIVE, null, null, "2021-03-01", null, null, null));
            assertTrue(stored.stream().allMatch(d -> d.id() < after.id()), "id " + after.id());

            // a 文号 the register already has, deep in the second batch: nothing of the whole call is kept
            List<NormativeDocument> clashing = new ArrayList<>();
            for (int i = 0; i < 1_500; i++) {
                clashing.add(document("另一件文件" + i, "濮财〔2022〕" + (i + 1) + "号", List.of(bureau)));
            }
            clashing.add(document("重复文号的文件", "濮政〔2018〕1号", List.of(city)));
            assertThrows(RuntimeException.class, () -> register.addAll(clashing, "@reason.ledgerImport"));
            assertEquals(COUNT + 2, register.count());
            assertEquals(auditBefore + 2, audit.count());
        }
    }

    /**
     * On PostgreSQL the rows travel as COPY's text format, where a backslash, a tab and a line break are delimiters
     * and {@code \N} means NULL: text holding them, and text that only looks like them, comes back as written, and so
     * do the dates, times and the flag.
     */
    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void text_that_looks_like_copy_syntax_comes_back_as_written(DatabaseKind kind) {
        try (Database db = Database.open(TestDatabases.fresh(kind, tempDir))) {
            RegisterService register = new RegisterService(db, CLOCK, () -> "审查员\\N");
            Issuer city = register.addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT,
                    null));
            List<String> titles = List.of("\\N", "反斜杠\\在中间\\", "制表\t符与\r\n换行", "\\t不是制表符", "NULL", "",
                    "末尾反斜杠\\", "𠀀扩展汉字与全角（２０１９）");
            List<NormativeDocument> wanted = new ArrayList<>();
            for (int i = 0; i < titles.size(); i++) {
                NormativeDocument doc = document(titles.get(i).isEmpty() ? "空" : titles.get(i),
                        i % 2 == 0 ? null : "濮政〔2019〕" + (i + 1) + "号", List.of(city));
                wanted.add(new NormativeDocument(null, doc.title(), doc.docNumber(), doc.issuers(), doc.type(),
                        "教育\\卫生\t", LocalDate.of(1949, 10, 1), doc.publishedDate(), doc.effectiveDate(),
                        doc.validUntil(), doc.status(), i == 3 ? "备\\N" : null, 0));
            }
            List<NormativeDocument> stored = register.addAll(wanted, "原因：\\N\t导入\n第二行");
            for (int i = 0; i < wanted.size(); i++) {
                NormativeDocument read = register.get(stored.get(i).id());
                assertEquals(wanted.get(i).withId(read.id()), read, "row " + i);
                StatusChange first = register.history(read.id()).get(0);
                assertEquals("原因：\\N\t导入\n第二行", first.reason());
                assertEquals("审查员\\N", first.recordedBy());
                assertEquals(CLOCK.instant(), first.recordedAt());
            }
        }
    }

    private static List<NormativeDocument> documents(Issuer city, Issuer office, Issuer bureau) {
        List<NormativeDocument> docs = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            List<Issuer> issuers = switch (i % 4) {
                case 0 -> List.of(city);
                case 1 -> List.of(office, bureau);
                case 2 -> List.of(bureau, city, office);
                default -> List.of(bureau);
            };
            // every fifth without a 文号, titles repeating across issuers
            String number = i % 5 == 4 ? null : issuers.get(0).code() + "〔" + (2000 + i % 20) + "〕" + (i + 1) + "号";
            docs.add(document("关于第" + (i % 700) + "项工作的通知", number, issuers));
        }
        return docs;
    }

    private static NormativeDocument document(String title, String number, List<Issuer> issuers) {
        int n = title.length() + (number == null ? 0 : number.length());
        LocalDate published = LocalDate.of(2015, 1, 1).plusDays(title.hashCode() & 0xfff);
        LocalDate effective = n % 3 == 0 ? null : published.plusDays(30);
        LocalDate until = n % 4 == 0 && effective != null ? effective.plusYears(5) : null;
        LifecycleStatus status = LifecycleStatus.values()[n % LifecycleStatus.values().length];
        DocumentType type = issuers.get(0).kind() == OrgKind.DEPARTMENT ? DocumentType.DEPARTMENT_NORMATIVE
                : DocumentType.GOVERNMENT_NORMATIVE;
        return new NormativeDocument(null, title, number == null ? null : DocNumber.parse(number).orElseThrow(),
                issuers, type, null, null, published, effective, until, status, null, 0);
    }
}
