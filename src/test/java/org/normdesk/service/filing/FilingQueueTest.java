package org.normdesk.service.filing;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Workspace;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The intake queue is read in one query; each of its rows must say what the filing's full view says, in every state
 * a filing can be in, on H2 and PostgreSQL.
 */
class FilingQueueTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-10-16T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final List<MaterialInput> ALL_REQUIRED = MaterialKind.defaultRequired().stream()
            .map(MaterialInput::present).toList();

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void every_queue_row_matches_the_filings_full_view(DatabaseKind kind) {
        try (Workspace ws = Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("attachments"), CLOCK,
                () -> "clerk")) {
            Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            Issuer county = ws.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
            ws.settings().save(new UnitSettings("濮阳市司法局", "濮", new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT),
                    MaterialKind.defaultRequired(), Set.of(city.id())));

            FilingView received = receive(ws, county, "清丰县甲办法", "清政〔2019〕1号", "2019-09-02", "2019-10-14");
            FilingView late = receive(ws, county, "清丰县乙办法", "清政〔2019〕2号", "2019-06-03", "2019-10-15");
            FilingView returned = receive(ws, county, "清丰县丙办法", "清政〔2019〕3号", "2019-09-02", "2019-09-23");
            ws.filings().returnForCorrection(returned.filing().id(), returned.filing().version(), List.of("缺少起草说明"));
            FilingView resubmitted = receive(ws, county, "清丰县丁办法", "清政〔2019〕4号", "2019-09-02", "2019-09-20");
            FilingView once = ws.filings().returnForCorrection(resubmitted.filing().id(), resubmitted.filing().version(),
                    List.of("缺少制定依据"));
            ws.filings().resubmit(once.filing().id(), once.filing().version(), "2019-10-12", FilingChannel.POST, ALL_REQUIRED);
            FilingView registered = receive(ws, county, "清丰县戊办法", "清政〔2019〕5号", "2019-08-01", "2019-08-20");
            ws.filings().register(registered.filing().id(), registered.filing().version(), true, true);
            FilingView rejected = receive(ws, county, "清丰县己通知", "清政〔2019〕6号", "2019-08-01", "2019-08-21");
            ws.filings().reject(rejected.filing().id(), rejected.filing().version(), false, true, "不属于规范性文件");

            List<IntakeRow> all = ws.filings().queue(Set.of());
            assertEquals(6, all.size());
            for (IntakeRow row : all) {
                FilingView view = ws.filings().view(row.filingId());
                String which = view.document().title();
                assertEquals(view.filing().version(), row.version(), which);
                assertEquals(view.filing().state(), row.state(), which);
                assertEquals(view.document().title(), row.title(), which);
                assertEquals(view.document().docNumber().raw(), row.docNumber(), which);
                assertEquals(view.filingUnit().name(), row.filingUnit(), which);
                assertEquals(view.filing().receivedDate(), row.firstReceived(), which);
                assertEquals(view.currentSubmission().receivedDate(), row.currentReceived(), which);
                assertEquals(view.submissions().size(), row.submissions(), which);
                assertEquals(view.deadlines().daysLate(), row.daysLate(), which);
                assertEquals(view.filing().registrationNo(), row.registrationNo(), which);
                LocalDate expectedDue = switch (view.filing().state()) {
                    case RECEIVED -> view.deadlines().formalCheckDue();
                    case RETURNED_FOR_CORRECTION -> view.deadlines().resubmitDue();
                    case REGISTERED, UNDER_REVIEW -> view.deadlines().reviewDue();
                    default -> null;
                };
                assertEquals(expectedDue, row.nextDue(), which);
            }
            IntakeRow resubmittedRow = row(all, resubmitted);
            assertEquals(2, resubmittedRow.submissions());
            assertEquals(LocalDate.of(2019, 10, 12), resubmittedRow.currentReceived());
            assertEquals(LocalDate.of(2019, 10, 18), resubmittedRow.nextDue(), "the second package's check is due");
            assertEquals(FilingState.RETURNED_FOR_CORRECTION, row(all, returned).state());
            assertEquals(DueHealth.NONE, row(all, rejected).health());
            assertEquals(true, row(all, late).daysLate() > 0, "published in June, received in October");
            assertEquals(FilingState.RECEIVED, row(all, received).state());
            assertEquals(List.of(row(all, registered).filingId()),
                    ws.filings().queue(EnumSet.of(FilingState.REGISTERED)).stream().map(IntakeRow::filingId).toList());
        }
    }

    private static IntakeRow row(List<IntakeRow> rows, FilingView filing) {
        return rows.stream().filter(r -> r.filingId() == filing.filing().id()).findFirst().orElseThrow();
    }

    private static FilingView receive(Workspace ws, Issuer unit, String title, String number, String published,
                                      String receivedOn) {
        return ws.filings().receive(new ReceiveRequest(null, new DocumentInput(title, number, List.of(unit.id()),
                DocumentType.GOVERNMENT_NORMATIVE, null, null, published, null, null, null), unit.id(), receivedOn,
                FilingChannel.PAPER, ALL_REQUIRED, true));
    }
}
