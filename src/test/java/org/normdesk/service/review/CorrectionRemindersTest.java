package org.normdesk.service.review;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.review.ChecklistPoint;
import org.normdesk.domain.review.Correction;
import org.normdesk.domain.review.PointResult;
import org.normdesk.domain.review.ReviewOutcome;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.ReviewFixture;
import org.normdesk.testing.TestDatabases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.normdesk.testing.ReviewFixture.HEAD;
import static org.normdesk.testing.ReviewFixture.REVIEWER;

/** 督促纠正: corrections whose feedback deadline is near or past, and the reminder letter, on H2 and PostgreSQL. */
class CorrectionRemindersTest {
    @TempDir
    Path tempDir;

    /** The dog filing's correction: approved on 14 Oct 2019, feedback due Wed 13 Nov 2019. */
    static long openCorrection(ReviewFixture f) {
        ReviewService reviews = f.workspace.reviews();
        long id = f.dogFiling;
        reviews.assign(id, "wang");
        ReviewServiceTest.markAllPassing(reviews, id);
        reviews.check(id, ChecklistPoint.PENALTIES, PointResult.PROBLEM, "设定了罚款，无上位法依据", "第十二条");
        reviews.decide(id, reviews.view(id).review().version(), ReviewOutcome.CORRECTION_REQUIRED, null);
        f.as(HEAD);
        long correction = reviews.approve(id, reviews.view(id).review().version()).correction().id();
        f.as(REVIEWER);
        return correction;
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void a_correction_becomes_a_reminder_within_five_working_days_of_its_deadline_and_stays_one_when_overdue(
            DatabaseKind kind) throws IOException {
        try (ReviewFixture f = new ReviewFixture(TestDatabases.fresh(kind, tempDir), tempDir)) {
            ReviewService reviews = f.workspace.reviews();
            long id = openCorrection(f);
            assertEquals(LocalDate.of(2019, 11, 13), reviews.correction(id).feedbackDue());

            f.clock.setDay(LocalDate.of(2019, 11, 1)); // Friday: 8 working days to go
            assertEquals(List.of(), reviews.correctionReminders(ReviewService.DEFAULT_REMINDER_WORKING_DAYS));
            CorrectionReminder far = reviews.correctionReminders(10).get(0);
            assertEquals(8, far.workingDaysLeft());
            assertFalse(far.overdue());

            f.clock.setDay(LocalDate.of(2019, 11, 7)); // Thursday: 8, 11, 12, 13 Nov left
            List<CorrectionReminder> near = reviews.correctionReminders(5);
            assertEquals(1, near.size());
            assertEquals(4, near.get(0).workingDaysLeft());
            assertEquals(0, near.get(0).daysOverdue());
            assertEquals("濮司审〔2019〕1号", near.get(0).opinionNo());
            assertEquals(id, near.get(0).correction().id());

            f.clock.setDay(LocalDate.of(2019, 11, 20));
            CorrectionReminder late = reviews.correctionReminders(0).get(0);
            assertTrue(late.overdue());
            assertEquals(7, late.daysOverdue());
            assertEquals(0, late.workingDaysLeft());

            for (int bad : new int[]{-1, ReviewService.MAX_REMINDER_WORKING_DAYS + 1}) {
                assertEquals("review.reminders.within", assertThrows(DomainException.class,
                        () -> reviews.correctionReminders(bad)).messageKey());
            }

            List<Path> files = f.workspace.reviewLetters().reminder(id, tempDir.resolve("out"));
            assertTrue(files.get(0).toString().endsWith(".docx") && Files.size(files.get(0)) > 0);
            Path samples = Files.createDirectories(Path.of("target", "review-samples"));
            Files.copy(files.get(1), samples.resolve("reminder-" + kind + ".pdf"), StandardCopyOption.REPLACE_EXISTING);
            try (PDDocument pdf = Loader.loadPDF(files.get(1).toFile())) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
                assertTrue(text.contains("督促纠正通知"), text);
                assertTrue(text.contains("清丰县人民政府："), text);
                assertTrue(text.contains("（濮司审〔2019〕1号）"), text);
                assertTrue(text.contains("《" + ReviewFixture.DOG_TITLE + "》"), text);
                assertTrue(text.contains("于2019年11月13日前将纠正情况书面反馈我局"), text);
                assertTrue(text.contains("至今已超过7日，仍未收到你单位的纠正情况反馈"), text);
                assertTrue(text.contains("2019年11月20日"), text);
            }

            Correction c = reviews.correction(id);
            reviews.recordFeedback(id, c.version(), "2019年11月20日", "已启动修改程序");
            assertEquals(List.of(), reviews.correctionReminders(5), "feedback ends the reminders");
            assertEquals("review.reminders.notAwaiting", assertThrows(DomainException.class,
                    () -> f.workspace.reviewLetters().reminder(id, tempDir.resolve("out"))).messageKey());
        }
    }
}
