package org.normdesk.service.stats;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.review.ChecklistPoint;
import org.normdesk.domain.review.Correction;
import org.normdesk.domain.review.CorrectionResult;
import org.normdesk.domain.review.PointResult;
import org.normdesk.domain.review.ReviewOutcome;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.review.ReviewService;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.ReviewFixture;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.normdesk.testing.ReviewFixture.HEAD;
import static org.normdesk.testing.ReviewFixture.REVIEWER;

/** The year's corrections in the tally: required, completed, split by result, each drillable; H2 and PostgreSQL. */
class TallyCorrectionsTest {
    @TempDir
    Path tempDir;

    private static long correctionOf(ReviewFixture f, long filingId) {
        ReviewService reviews = f.workspace.reviews();
        reviews.assign(filingId, "wang");
        for (ChecklistPoint p : ChecklistPoint.values()) {
            reviews.check(filingId, p, PointResult.PASS, null, null);
        }
        reviews.check(filingId, ChecklistPoint.FEES, PointResult.PROBLEM, "无依据收取押金", "第八条");
        reviews.decide(filingId, reviews.view(filingId).review().version(), ReviewOutcome.CORRECTION_REQUIRED, null);
        f.as(HEAD);
        long id = reviews.approve(filingId, reviews.view(filingId).review().version()).correction().id();
        f.as(REVIEWER);
        return id;
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void corrections_are_counted_by_the_year_they_were_required_and_closed_and_split_by_result(DatabaseKind kind) {
        try (ReviewFixture f = new ReviewFixture(TestDatabases.fresh(kind, tempDir), tempDir)) {
            ReviewService reviews = f.workspace.reviews();
            long dog = correctionOf(f, f.dogFiling);
            long uniform = correctionOf(f, f.uniformFiling);
            long dogDoc = reviews.correction(dog).documentId();
            long uniformDoc = reviews.correction(uniform).documentId();

            Tally open = f.workspace.tally().tally(2019, null);
            assertEquals(List.of(Math.min(dogDoc, uniformDoc), Math.max(dogDoc, uniformDoc)),
                    open.counts().get(TallyItem.CORRECTIONS_REQUESTED).documentIds());
            assertEquals(0, open.count(TallyItem.CORRECTIONS_COMPLETED), "nothing closed yet");

            // the county amends its document in 2019; the education bureau's explanation is accepted in 2020
            f.clock.setDay(LocalDate.of(2019, 11, 20));
            Correction c = reviews.recordFeedback(dog, reviews.correction(dog).version(), "2019-11-20", "已修改");
            f.as(ReviewFixture.CLERK);
            NormativeDocument amending = f.workspace.register().add(new DocumentInput(
                    "清丰县人民政府关于修改《清丰县城区养犬管理办法》的决定", "清政〔2019〕15号", List.of(f.county.id()),
                    DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-11-18", "2019-11-18", null, null));
            f.as(REVIEWER);
            c = reviews.linkCorrective(dog, c.version(), amending.id(), RelationKind.AMENDS, null);
            reviews.close(dog, c.version(), CorrectionResult.SELF_AMENDED, null);
            f.clock.setDay(LocalDate.of(2020, 1, 6));
            Correction u = reviews.recordFeedback(uniform, reviews.correction(uniform).version(), "2020-01-06",
                    "押金系按省定标准代收，已作说明");
            reviews.close(uniform, u.version(), CorrectionResult.NOT_CORRECTED, "说明理由成立，予以认可");

            Tally y2019 = f.workspace.tally().tally(2019, null);
            assertEquals(2, y2019.count(TallyItem.CORRECTIONS_REQUESTED));
            assertEquals(List.of(dogDoc), y2019.counts().get(TallyItem.CORRECTIONS_COMPLETED).documentIds());
            assertEquals(List.of(dogDoc), y2019.counts().get(TallyItem.CORRECTED_SELF_AMENDED).documentIds());
            assertEquals(0, y2019.count(TallyItem.CORRECTED_SELF_REPEALED));
            assertEquals(0, y2019.count(TallyItem.CORRECTED_REVOKED));
            assertEquals(0, y2019.count(TallyItem.CLOSED_NOT_CORRECTED), "closed in 2020");

            Tally y2020 = f.workspace.tally().tally(2020, null);
            assertEquals(0, y2020.count(TallyItem.CORRECTIONS_REQUESTED), "required in 2019");
            assertEquals(List.of(uniformDoc), y2020.counts().get(TallyItem.CLOSED_NOT_CORRECTED).documentIds());
            assertEquals(0, y2020.count(TallyItem.CORRECTIONS_COMPLETED), "an accepted explanation is no correction");

            Tally county = f.workspace.tally().tally(2019, f.county.id());
            assertEquals(List.of(dogDoc), county.counts().get(TallyItem.CORRECTIONS_REQUESTED).documentIds());
            assertEquals(0, f.workspace.tally().tally(2019, f.city.id()).count(TallyItem.CORRECTIONS_REQUESTED));

            // the CLI and the 统计 view print every figure through the sheet, with its definition
            TallySheet sheet = TallySheet.of(y2019, f.workspace.upward().tally(2019), null,
                    Messages.load(Locale.SIMPLIFIED_CHINESE));
            TallySheet.Line line = sheet.lines().stream()
                    .filter(l -> l.key().endsWith("CORRECTIONS_COMPLETED")).findFirst().orElseThrow();
            assertEquals("纠正完成数", line.label());
            assertEquals("1", line.value());
            assertEquals(List.of(dogDoc), line.documentIds());
            assertEquals(true, line.formula().startsWith("纠正完成数 = 自行修改 + 自行废止 + 提请政府撤销"), line.formula());
        }
    }
}
