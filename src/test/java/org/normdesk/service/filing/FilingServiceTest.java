package org.normdesk.service.filing;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.DocumentValidationException;
import org.normdesk.domain.filing.DuplicateFilingException;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Workspace;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clerk's intake path on a real database, H2 and (when configured) PostgreSQL. */
class FilingServiceTest {
    /** Monday 2019-10-14, 10:00 in Beijing. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-10-14T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final List<MaterialInput> ALL_REQUIRED = MaterialKind.defaultRequired().stream()
            .map(MaterialInput::present).toList();

    @TempDir
    Path tempDir;

    private Workspace open(DatabaseKind kind) {
        return open(TestDatabases.fresh(kind, tempDir));
    }

    private Workspace open(DatabaseConfig config) {
        Workspace ws = Workspace.open(config, tempDir.resolve("attachments"), CLOCK, () -> "clerk");
        if (ws.register().issuers().isEmpty()) {
            Issuer own = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
            ws.settings().save(new UnitSettings("濮阳市司法局", "濮", new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT),
                    MaterialKind.defaultRequired(), Set.of(own.id())));
        }
        return ws;
    }

    private static long county(Workspace ws) {
        return ws.register().issuers().stream().filter(i -> i.name().equals("清丰县人民政府")).findFirst().orElseThrow().id();
    }

    private static ReceiveRequest request(Workspace ws, String title, String number, String published, String received,
                                          List<MaterialInput> materials) {
        long county = county(ws);
        return new ReceiveRequest(null, new DocumentInput(title, number, List.of(county), DocumentType.GOVERNMENT_NORMATIVE,
                null, null, published, null, null, null), county, received, FilingChannel.PAPER, materials, false);
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_filing_missing_a_material_is_returned_resubmitted_and_then_registered_with_the_first_number(DatabaseKind kind)
            throws Exception {
        try (Workspace ws = open(kind)) {
            Path scan = Files.writeString(tempDir.resolve("备案报告.pdf"), "scan");
            List<MaterialInput> withoutBasis = new ArrayList<>(ALL_REQUIRED.stream()
                    .filter(m -> m.kind() != MaterialKind.LEGAL_BASIS).toList());
            withoutBasis.set(0, new MaterialInput(MaterialKind.FILING_REPORT, true, scan));
            FilingView received = ws.filings().receive(request(ws, "清丰县农村宅基地管理办法", "清政〔2019〕8号",
                    "2019-09-20", "2019-10-08", withoutBasis));
            long id = received.filing().id();
            assertEquals(FilingState.RECEIVED, received.filing().state());
            assertEquals("备案报告.pdf", received.currentSubmission().materials().get(0).fileName());
            assertEquals(LocalDate.of(2019, 10, 14), received.deadlines().formalCheckDue(),
                    "5 working days after 10-08, counting the 调休 Saturday 10-12");
            assertFalse(received.deadlines().late());

            FilingService.MissingMaterialsException missing = assertThrows(FilingService.MissingMaterialsException.class,
                    () -> ws.filings().register(id, received.filing().version(), true, true));
            assertEquals(Set.of(MaterialKind.LEGAL_BASIS), missing.missing());
            assertEquals(FilingState.RECEIVED, ws.filings().view(id).filing().state());

            FilingView returned = ws.filings().returnForCorrection(id, received.filing().version(),
                    List.of("缺少制定依据"));
            assertEquals(FilingState.RETURNED_FOR_CORRECTION, returned.filing().state());
            assertEquals(LocalDate.of(2019, 10, 28), returned.deadlines().resubmitDue(), "10 working days after 10-14");

            FilingView resubmitted = ws.filings().resubmit(id, returned.filing().version(), "2019年10月12日",
                    null, ALL_REQUIRED);
            assertEquals(2, resubmitted.submissions().size());
            assertEquals(LocalDate.of(2019, 10, 8), resubmitted.filing().receivedDate(), "the first clock stays");
            assertEquals(LocalDate.of(2019, 10, 12), resubmitted.currentSubmission().receivedDate());
            assertEquals(LocalDate.of(2019, 10, 18), resubmitted.deadlines().formalCheckDue(),
                    "10-12 is a 调休 Saturday; 5 working days later is Friday 10-18");

            FilingView registered = ws.filings().register(id, resubmitted.filing().version(), true, true);
            assertEquals(FilingState.REGISTERED, registered.filing().state());
            assertEquals("濮规备字〔2019〕1号", registered.filing().registrationNo());
            assertEquals(LocalDate.of(2019, 10, 14), registered.filing().registeredDate());
            assertEquals(LocalDate.of(2019, 11, 11), registered.deadlines().reviewDue(), "20 working days");
            assertEquals(3, registered.checks().size() + 1, "return + register decisions, plus nothing else");
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void bad_intake_input_is_refused_with_the_field_named_and_nothing_saved(DatabaseKind kind) {
        try (Workspace ws = open(kind)) {
            IntakeValidationException beforePublished = assertThrows(IntakeValidationException.class,
                    () -> ws.filings().receive(request(ws, "某办法", "清政〔2019〕9号", "2019-10-10", "2019-10-09", ALL_REQUIRED)));
            assertEquals(List.of(IntakeField.RECEIVED_DATE), beforePublished.fields());
            assertEquals("filing.received.beforePublished", beforePublished.errors().get(IntakeField.RECEIVED_DATE).messageKey());
            assertEquals(0, ws.register().count(), "the new document was not kept either");

            IntakeWarningsException holiday = assertThrows(IntakeWarningsException.class,
                    () -> ws.filings().receive(request(ws, "某办法", "清政〔2019〕9号", "2019-09-20", "2019-10-03", ALL_REQUIRED)));
            assertEquals("filing.warning.receivedOnDayOff", holiday.warnings().get(0).messageKey());
            assertEquals(0, ws.register().count());
            FilingView accepted = ws.filings().receive(request(ws, "某办法", "清政〔2019〕9号", "2019-09-20", "2019-10-03",
                    ALL_REQUIRED).acknowledged());
            assertNotNull(accepted.filing().id());

            DocumentValidationException duplicateNumber = assertThrows(DocumentValidationException.class,
                    () -> ws.filings().receive(request(ws, "另一办法", "清政[2019]9号", "2019-09-20", "2019-10-08", ALL_REQUIRED)));
            assertEquals("document.number.duplicate", duplicateNumber.errors().get(0).error().messageKey());

            DuplicateFilingException twice = assertThrows(DuplicateFilingException.class, () -> ws.filings().receive(
                    new ReceiveRequest(accepted.document().id(), null, county(ws), "2019-10-08", FilingChannel.POST,
                            ALL_REQUIRED, true)));
            assertEquals(accepted.filing().id(), twice.existingFilingId());

            IntakeValidationException badDate = assertThrows(IntakeValidationException.class,
                    () -> ws.filings().receive(request(ws, "新办法", null, "2019-09-20", "2019-02-30", ALL_REQUIRED)));
            assertEquals("date.impossible", badDate.errors().get(IntakeField.RECEIVED_DATE).messageKey());
            assertEquals(1, ws.register().count());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_late_filing_is_registered_and_flagged_with_its_days_late(DatabaseKind kind) {
        try (Workspace ws = open(kind)) {
            FilingView late = ws.filings().receive(request(ws, "迟报的办法", "清政〔2019〕3号", "2019-08-01", "2019-09-10",
                    ALL_REQUIRED));
            assertEquals(LocalDate.of(2019, 9, 2), late.deadlines().filingDue(), "day 30 is Saturday 08-31: rolls to Monday");
            assertEquals(8, late.deadlines().daysLate());
            FilingView registered = ws.filings().register(late.filing().id(), late.filing().version(), true, true);
            assertFalse(registered.checks().get(0).withinTime());
            assertEquals(FilingState.REGISTERED, registered.filing().state());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void concurrent_registrations_get_unique_gap_free_numbers(DatabaseKind kind) throws Exception {
        int filingsToRegister = 12;
        DatabaseConfig config = TestDatabases.fresh(kind, tempDir);
        try (Workspace setup = open(config)) {
            List<long[]> ids = new ArrayList<>();
            for (int i = 1; i <= filingsToRegister; i++) {
                FilingView v = setup.filings().receive(request(setup, "并发登记测试文件" + i, "清政〔2019〕" + (100 + i) + "号",
                        "2019-09-20", "2019-10-08", ALL_REQUIRED).acknowledged());
                ids.add(new long[]{v.filing().id(), v.filing().version()});
            }
            // PostgreSQL: three workstations (separate pools); H2 embedded: one app, several threads
            int stations = kind == DatabaseKind.POSTGRESQL ? 3 : 1;
            List<Workspace> workstations = new ArrayList<>();
            for (int s = 0; s < stations; s++) {
                workstations.add(kind == DatabaseKind.POSTGRESQL ? open(config) : setup);
            }
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<String>> numbers = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    long[] filing = ids.get(i);
                    Workspace station = workstations.get(i % stations);
                    numbers.add(pool.submit((Callable<String>) () ->
                            station.filings().register(filing[0], (int) filing[1], true, true).filing().registrationNo()));
                }
                List<Integer> serials = new ArrayList<>();
                for (Future<String> number : numbers) {
                    String n = number.get();
                    assertTrue(n.startsWith("濮规备字〔2019〕"), n);
                    serials.add(Integer.parseInt(n.replaceAll("\\D+", " ").trim().split(" ")[1]));
                }
                serials.sort(Integer::compareTo);
                Integer[] expected = new Integer[filingsToRegister];
                Arrays.setAll(expected, i -> i + 1);
                assertEquals(List.of(expected), serials);
            } finally {
                pool.shutdown();
                for (Workspace station : workstations) {
                    if (station != setup) {
                        station.close();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void documents_of_other_bodies_without_a_filing_after_the_deadline_are_listed_as_unfiled(DatabaseKind kind) {
        try (Workspace ws = open(kind)) {
            long county = county(ws);
            long own = ws.settings().unit().ownIssuerIds().iterator().next();
            ws.register().add(new DocumentInput("漏报的县政府文件", "清政〔2019〕1号", List.of(county),
                    DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-08-01", null, null, null));
            ws.register().add(new DocumentInput("市政府自己的文件", "濮政〔2019〕1号", List.of(own),
                    DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-08-01", null, null, null));
            ws.register().add(new DocumentInput("还没到期的县政府文件", "清政〔2019〕2号", List.of(county),
                    DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-10-01", null, null, null));
            List<UnfiledDocument> unfiled = ws.filings().unfiled(LocalDate.of(2019, 1, 1));
            assertEquals(List.of("漏报的县政府文件"), unfiled.stream().map(UnfiledDocument::title).toList());
            assertEquals(LocalDate.of(2019, 9, 2), unfiled.get(0).filingDue(), "day 30 is Saturday 08-31: rolls to Monday");
            assertEquals(42, unfiled.get(0).daysOverdue());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_queue_shows_overdue_and_due_soon_filings(DatabaseKind kind) {
        try (Workspace ws = open(kind)) {
            ws.filings().receive(request(ws, "早已收文未审查", "清政〔2019〕20号", "2019-09-01", "2019-09-26", ALL_REQUIRED));
            ws.filings().receive(request(ws, "刚收文", "清政〔2019〕21号", "2019-09-01", "2019-10-11", ALL_REQUIRED));
            List<IntakeRow> queue = ws.filings().queue(Set.of());
            assertEquals(List.of("早已收文未审查", "刚收文"), queue.stream().map(IntakeRow::title).toList());
            assertEquals(DueHealth.OVERDUE, queue.get(0).health());
            assertEquals(LocalDate.of(2019, 10, 9), queue.get(0).nextDue(),
                    "9-26 + 5 working days: 9-27, 调休 Sunday 9-29, 9-30, then 10-8, 10-9");
            assertEquals(DueHealth.DUE_SOON, queue.get(1).health());
            assertEquals(List.of("早已收文未审查"), ws.filings().overdue().stream().map(IntakeRow::title).toList());
            assertEquals(List.of("刚收文"), ws.filings().dueThisWeek().stream().map(IntakeRow::title).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_return_needs_a_reason_and_a_reject_is_final(DatabaseKind kind) {
        try (Workspace ws = open(kind)) {
            FilingView v = ws.filings().receive(request(ws, "会议纪要", "清政〔2019〕30号", "2019-09-20", "2019-10-08", ALL_REQUIRED));
            IntakeValidationException noReason = assertThrows(IntakeValidationException.class,
                    () -> ws.filings().returnForCorrection(v.filing().id(), v.filing().version(), List.of(" ")));
            assertEquals(List.of(IntakeField.REASONS), noReason.fields());
            FilingView rejected = ws.filings().reject(v.filing().id(), v.filing().version(), false, true, "会议纪要不属于规范性文件");
            assertEquals(FilingState.REJECTED_NOT_IN_SCOPE, rejected.filing().state());
            DomainException again = assertThrows(DomainException.class,
                    () -> ws.filings().register(v.filing().id(), rejected.filing().version(), true, true));
            assertEquals("filing.state.refused", again.messageKey());
            assertInstanceOf(DomainException.class, again);
        }
    }
}
