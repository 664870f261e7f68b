package org.normdesk.service.review;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.account.AccessDeniedException;
import org.normdesk.domain.common.ConcurrentChangeException;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.review.ChecklistPoint;
import org.normdesk.domain.review.Correction;
import org.normdesk.domain.review.CorrectionResult;
import org.normdesk.domain.review.CorrectionState;
import org.normdesk.domain.review.PointResult;
import org.normdesk.domain.review.ReviewOutcome;
import org.normdesk.domain.review.ReviewState;
import org.normdesk.service.Workspace;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.ReviewFixture;
import org.normdesk.testing.TestDatabases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normdesk.testing.ReviewFixture.HEAD;
import static org.normdesk.testing.ReviewFixture.REVIEWER;

/** The review of registered filings, from the queue to the closed correction, on H2 and PostgreSQL. */
class ReviewServiceTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void the_queue_counts_review_deadlines_in_working_days_across_the_national_day_week(DatabaseKind kind) {
        try (ReviewFixture f = new ReviewFixture(TestDatabases.fresh(kind, tempDir), tempDir)) {
            List<ReviewQueueRow> queue = f.workspace.reviews().queue();
            assertEquals(List.of(f.overdueFiling, f.dogFiling, f.uniformFiling),
                    queue.stream().map(ReviewQueueRow::filingId).toList(), "most urgent first");
            ReviewQueueRow overdue = queue.get(0);
            // registered Mon 2 Sep; 13 Sep (中秋) off, Sun 29 Sep a 调休 working day: the 20th working day is 30 Sep
            assertEquals(LocalDate.of(2019, 9, 30), overdue.reviewDue());
            assertEquals(-14, overdue.daysLeft());
            assertTrue(overdue.overdue());
            ReviewQueueRow dog = queue.get(1);
            // registered Tue 8 Oct, after the holiday week; Sat 12 Oct is a 调休 working day
            assertEquals(LocalDate.of(2019, 11, 4), dog.reviewDue());
            assertEquals(21, dog.daysLeft());
            assertEquals(15, dog.workingDaysLeft());
            assertNull(dog.assignee());
            assertEquals(List.of(f.overdueFiling), f.workspace.reviews().overdue().stream()
                    .map(ReviewQueueRow::filingId).toList());

            f.workspace.reviews().assign(f.dogFiling, "wang");
            ReviewQueueRow taken = f.workspace.reviews().queue().get(1);
            assertEquals("wang", taken.assignee());
            assertEquals(FilingState.UNDER_REVIEW, taken.filingState());
            assertEquals(ReviewState.IN_REVIEW, taken.reviewState());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_correction_is_followed_until_the_amending_document_changes_the_original(DatabaseKind kind) throws IOException {
        try (ReviewFixture f = new ReviewFixture(TestDatabases.fresh(kind, tempDir), tempDir)) {
            ReviewService reviews = f.workspace.reviews();
            long id = f.dogFiling;
            reviews.assign(id, "wang");
            markAllPassing(reviews, id);
            reviews.check(id, ChecklistPoint.PENALTIES, PointResult.PROBLEM,
                    "对未办理养犬登记的个人处五千元罚款，超出《濮阳市养犬管理条例》规定的罚款幅度", "第十二条");
            reviews.check(id, ChecklistPoint.FAIR_COMPETITION, PointResult.NOT_APPLICABLE, null, null);

            ReviewView decided = reviews.decide(id, reviews.view(id).review().version(),
                    ReviewOutcome.CORRECTION_REQUIRED, null);
            assertEquals(ReviewState.AWAITING_APPROVAL, decided.review().state());
            assertEquals(LocalDate.of(2019, 11, 13), decided.review().feedbackDue(), "30 days from 14 Oct");
            String draft = decided.review().opinionText();
            assertTrue(draft.startsWith("该文件存在以下问题：\n（一）关于行政处罚（第十二条）：对未办理养犬登记"), draft);
            assertTrue(draft.contains("于2019年11月13日前将纠正情况书面反馈我局"), draft);
            assertEquals(FilingState.UNDER_REVIEW, decided.filing().filing().state(), "not concluded before approval");

            ReviewView edited = reviews.editOpinion(id, decided.review().version(), draft + "\n特别提示：请同步清理配套文件。");
            assertThrows(AccessDeniedException.class, () -> reviews.approve(id, edited.review().version()),
                    "a reviewer does not approve");
            assertThrows(DomainException.class, () -> f.workspace.reviewLetters().opinion(id, tempDir),
                    "not issued before approval");

            f.as(HEAD);
            ReviewView approved = reviews.approve(id, edited.review().version());
            assertEquals("濮司审〔2019〕1号", approved.review().opinionNo());
            assertEquals("li", approved.review().approvedBy());
            assertEquals(FilingState.REVIEW_CONCLUDED, approved.filing().filing().state());
            assertEquals(CorrectionState.AWAITING_FEEDBACK, approved.correction().state());
            assertEquals(2, reviews.queue().size(), "a concluded review leaves the queue");

            List<Path> files = f.workspace.reviewLetters().opinion(id, tempDir.resolve("out"));
            // kept under target/ to be looked at (pdftoppm -png -r 60)
            Path samples = Files.createDirectories(Path.of("target", "review-samples"));
            Files.copy(files.get(1), samples.resolve("opinion-" + kind + ".pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertTrue(Files.size(files.get(0)) > 0 && files.get(0).toString().endsWith(".docx"));
            try (PDDocument pdf = Loader.loadPDF(files.get(1).toFile())) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
                assertTrue(text.contains("规范性文件备案审查意见书"), text);
                assertTrue(text.contains("濮司审〔2019〕1号"), text);
                assertTrue(text.contains("（一）关于行政处罚（第十二条）"), text);
                assertTrue(text.contains("特别提示：请同步清理配套文件。"), text);
                assertTrue(text.contains("审查结论为：要求纠正"), text);
            }

            f.as(REVIEWER);
            f.clock.setDay(LocalDate.of(2019, 11, 20));
            Correction open = reviews.overdueCorrections().get(0);
            assertEquals(7, open.daysOverdue(LocalDate.of(2019, 11, 20)));
            assertEquals("清丰县人民政府", open.filingUnit());
            assertEquals("review.correction.noFeedback", assertThrows(DomainException.class,
                    () -> reviews.linkCorrective(open.id(), open.version(), 1, RelationKind.AMENDS, null)).messageKey());
            Correction fed = reviews.recordFeedback(open.id(), open.version(), "2019年11月20日",
                    "已以清政〔2019〕15号修改第十二条");
            assertEquals(0, fed.daysOverdue(LocalDate.of(2019, 11, 20)), "feedback stops the clock");

            f.as(ReviewFixture.CLERK); // the 登记员 enters the amending decision in the register
            NormativeDocument amending = f.workspace.register().add(new DocumentInput(
                    "清丰县人民政府关于修改《清丰县城区养犬管理办法》的决定", "清政〔2019〕15号", List.of(f.county.id()),
                    DocumentType.GOVERNMENT_NORMATIVE, null, null, "2019-11-18", "2019-11-18", null, null));
            f.as(REVIEWER);
            Correction linked = reviews.linkCorrective(fed.id(), fed.version(), amending.id(), RelationKind.AMENDS, null);
            long original = approved.filing().document().id();
            assertEquals(LifecycleStatus.AMENDED, f.workspace.register().get(original).status());
            assertEquals("review.correction.closeNeedsDocument", assertThrows(DomainException.class,
                    () -> reviews.close(linked.id(), linked.version(), CorrectionResult.SELF_REPEALED, null)).messageKey());
            Correction closed = reviews.close(linked.id(), linked.version(), CorrectionResult.SELF_AMENDED, null);
            assertEquals(CorrectionState.CLOSED, closed.state());
            assertEquals(LocalDate.of(2019, 11, 20), closed.closedOn());
            assertEquals(List.of(), reviews.openCorrections());

            long reviewId = approved.review().id();
            assertEquals(List.of("review.assign", "review.check", "review.decide", "review.opinion.edit", "review.approve"),
                    f.workspace.audit().history("review", reviewId).stream().map(e -> e.action()).distinct().toList());
            assertEquals(List.of("review.correction.open", "review.correction.feedback", "review.correction.link",
                            "review.correction.close"),
                    f.workspace.audit().history("correction", closed.id()).stream().map(e -> e.action()).toList());
            assertTrue(f.workspace.audit().verify().intact());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void roles_are_enforced_in_the_service(DatabaseKind kind) {
        try (ReviewFixture f = new ReviewFixture(TestDatabases.fresh(kind, tempDir), tempDir)) {
            ReviewService reviews = f.workspace.reviews();
            assertThrows(AccessDeniedException.class, () -> reviews.assign(f.dogFiling, "li"),
                    "a reviewer takes reviews for himself only");
            f.as(ReviewFixture.CLERK);
            assertThrows(AccessDeniedException.class, () -> reviews.assign(f.dogFiling, "zhao"));
            f.as(HEAD);
            reviews.assign(f.dogFiling, "wang");
            assertThrows(AccessDeniedException.class, () -> reviews.check(f.dogFiling, ChecklistPoint.FEES,
                    PointResult.PASS, null, null), "the head approves, the reviewer reviews");
            reviews.assign(f.dogFiling, "zhang");
            assertEquals("zhang", reviews.view(f.dogFiling).review().assignee(), "re-assigned");
            assertEquals(FilingState.UNDER_REVIEW, reviews.view(f.dogFiling).filing().filing().state());
        }
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void bad_input_is_refused_with_a_reason_and_changes_nothing(DatabaseKind kind) {
        try (ReviewFixture f = new ReviewFixture(TestDatabases.fresh(kind, tempDir), tempDir)) {
            ReviewService reviews = f.workspace.reviews();
            long id = f.uniformFiling;
            assertEquals("review.notAssigned", assertThrows(DomainException.class,
                    () -> reviews.check(id, ChecklistPoint.FEES, PointResult.PASS, null, null)).messageKey());
            assertEquals("review.assign.noAssignee", assertThrows(DomainException.class,
                    () -> reviews.assign(id, "  ")).messageKey());
            reviews.assign(id, "wang");
            assertEquals("review.point.problemNeedsComment", assertThrows(DomainException.class,
                    () -> reviews.check(id, ChecklistPoint.FEES, PointResult.PROBLEM, " ", "第三条")).messageKey());
            assertEquals(List.of(), reviews.view(id).points());
            int version = reviews.view(id).review().version();
            DomainException unchecked = assertThrows(DomainException.class,
                    () -> reviews.decide(id, version, ReviewOutcome.NO_PROBLEM, null));
            assertEquals("review.outcome.unchecked", unchecked.messageKey());
            assertEquals(12, unchecked.args()[0]);

            markAllPassing(reviews, id);
            assertEquals("review.outcome.needsProblems", assertThrows(DomainException.class,
                    () -> reviews.decide(id, version, ReviewOutcome.SUGGESTIONS, null)).messageKey());
            reviews.check(id, ChecklistPoint.FEES, PointResult.PROBLEM, "要求学生统一购买校服并收取费用，无收费依据", "第六条");
            assertEquals("review.outcome.hasProblems", assertThrows(DomainException.class,
                    () -> reviews.decide(id, version, ReviewOutcome.NO_PROBLEM, null)).messageKey());
            assertEquals("review.outcome.feedbackPast", assertThrows(DomainException.class,
                    () -> reviews.decide(id, version, ReviewOutcome.CORRECTION_REQUIRED, "2019-10-14")).messageKey());
            assertEquals(ReviewState.IN_REVIEW, reviews.view(id).review().state(), "nothing half-applied");

            ReviewView decided = reviews.decide(id, version, ReviewOutcome.CORRECTION_REQUIRED, "2019年11月29日");
            assertEquals(LocalDate.of(2019, 11, 29), decided.review().feedbackDue());
            assertThrows(ConcurrentChangeException.class, () -> reviews.editOpinion(id, version, "旧版本上的修改"));
            assertEquals("review.notOpen", assertThrows(DomainException.class,
                    () -> reviews.check(id, ChecklistPoint.FEES, PointResult.PASS, null, null)).messageKey());

            f.as(HEAD);
            int v = decided.review().version();
            assertEquals("review.sendBack.noNote", assertThrows(DomainException.class,
                    () -> reviews.sendBack(id, v, "")).messageKey());
            ReviewView back = reviews.sendBack(id, v, "请补充收费依据的分析");
            assertEquals(ReviewState.IN_REVIEW, back.review().state());
            assertEquals("请补充收费依据的分析", back.review().sentBackNote());
            assertEquals("review.state.refused", assertThrows(DomainException.class,
                    () -> reviews.approve(id, back.review().version())).messageKey());
            f.as(REVIEWER);
            assertEquals("review.opinion.notEditable", assertThrows(DomainException.class,
                    () -> reviews.editOpinion(id, back.review().version(), "改")).messageKey());
            ReviewView suggestions = reviews.decide(id, back.review().version(), ReviewOutcome.SUGGESTIONS, null);
            assertNull(suggestions.review().feedbackDue());
            assertTrue(suggestions.review().opinionText().contains("准予备案。同时提出以下建议"));
            f.as(HEAD);
            ReviewView approved = reviews.approve(id, suggestions.review().version());
            assertNull(approved.correction(), "suggestions need no follow-up");
            assertEquals("review.concluded", assertThrows(DomainException.class,
                    () -> reviews.assign(id, "wang")).messageKey());
        }
    }

    /** Every point passes (the test then marks its problems over them). */
    static void markAllPassing(ReviewService reviews, long filingId) {
        for (ChecklistPoint point : ChecklistPoint.values()) {
            reviews.check(filingId, point, PointResult.PASS, null, null);
        }
    }
}
