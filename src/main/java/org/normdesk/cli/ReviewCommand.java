package org.normdesk.cli;

import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.review.CheckedPoint;
import org.normdesk.domain.review.ChecklistPoint;
import org.normdesk.domain.review.Correction;
import org.normdesk.domain.review.CorrectionResult;
import org.normdesk.domain.review.PointResult;
import org.normdesk.domain.review.Review;
import org.normdesk.domain.review.ReviewOutcome;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.review.CorrectionReminder;
import org.normdesk.service.review.ReviewQueueRow;
import org.normdesk.service.review.ReviewService;
import org.normdesk.service.review.ReviewView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

@Command(name = "review", description = "备案审查: the review queue, checklist, outcome, 审查意见书 and correction follow-up.",
        subcommands = ReviewCommand.CorrectionCommand.class)
final class ReviewCommand {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Command(name = "queue", description = "Registered filings awaiting review, the most urgent deadline first.")
    int queue(@Option(names = "--overdue", description = "Only reviews past their deadline.") boolean overdue,
              @Option(names = "--assignee", description = "Only this reviewer's.") String assignee,
              @Option(names = "--unassigned", description = "Only filings nobody reviews yet.") boolean unassigned) {
        try (Workspace ws = root.openWorkspace()) {
            Messages m = root.messages();
            PrintWriter out = out();
            for (ReviewQueueRow r : overdue ? ws.reviews().overdue() : ws.reviews().queue()) {
                if ((assignee != null && !assignee.equals(r.assignee())) || (unassigned && r.assigned())) {
                    continue;
                }
                out.println(m.format("cli.review.queueLine", r.filingId(), r.title(),
                        r.docNumber() == null ? "—" : r.docNumber(), r.filingUnit(), m.date(r.reviewDue()),
                        r.overdue() ? m.format("cli.review.overdue", -r.daysLeft())
                                : m.format("cli.review.daysLeft", r.daysLeft(), r.workingDaysLeft()),
                        r.assignee() == null ? m.get("cli.review.unassigned") : r.assignee(),
                        r.reviewState() == null ? m.label(r.filingState()) : m.label(r.reviewState())));
            }
            out.flush();
        }
        return 0;
    }

    @Command(name = "show", description = "One filing's review: assignee, checklist, outcome, opinion, correction.")
    int show(@Parameters(paramLabel = "FILING-ID") long filingId) {
        try (Workspace ws = root.openWorkspace()) {
            print(ws.reviews().view(filingId), true);
        }
        return 0;
    }

    @Command(name = "assign", description = "分办: start (or re-assign) the review of a registered filing.")
    int assign(@Parameters(paramLabel = "FILING-ID") long filingId,
               @Option(names = "--to", description = "The reviewer's user name (default: you).") String to) {
        try (Workspace ws = root.openWorkspace()) {
            print(ws.reviews().assign(filingId, to == null ? ws.currentUser().name() : to), false);
        }
        return 0;
    }

    @Command(name = "check", description = "Mark one review point: pass, problem or not-applicable.")
    int check(@Parameters(index = "0", paramLabel = "FILING-ID") long filingId,
              @Parameters(index = "1", paramLabel = "POINT", description = "issuing-body, competence, penalties, licences, "
                      + "coercive-measures, fees, rights-and-obligations, fair-competition, public-consultation, "
                      + "legality-review, collective-deliberation, publication, or all.") String point,
              @Parameters(index = "2", paramLabel = "RESULT", description = "pass, problem, not-applicable.") String result,
              @Option(names = "--comment", description = "What is wrong (required for a problem).") String comment,
              @Option(names = "--article", description = "The article it concerns, e.g. 第十二条.") String article) {
        try (Workspace ws = root.openWorkspace()) {
            PointResult marked = EnumNames.parse(PointResult.class, result);
            List<ChecklistPoint> points = point.equalsIgnoreCase("all") ? ChecklistPoint.all()
                    : List.of(EnumNames.parse(ChecklistPoint.class, point));
            ReviewView view = null;
            for (ChecklistPoint p : points) {
                view = ws.reviews().check(filingId, p, marked, comment, article);
            }
            print(view, true);
        }
        return 0;
    }

    @Command(name = "outcome", description = "审查结论: drafts the 审查意见书 from the checklist for the 负责人.")
    int outcome(@Parameters(index = "0", paramLabel = "FILING-ID") long filingId,
                @Parameters(index = "1", paramLabel = "OUTCOME",
                        description = "no-problem, suggestions, correction-required, recommend-revocation.") String outcome,
                @Option(names = "--feedback-due", description = "For corrections: the feedback deadline (default 30 days).")
                String feedbackDue) {
        try (Workspace ws = root.openWorkspace()) {
            ReviewService reviews = ws.reviews();
            print(reviews.decide(filingId, version(reviews, filingId), EnumNames.parse(ReviewOutcome.class, outcome),
                    feedbackDue), true);
        }
        return 0;
    }

    @Command(name = "opinion", description = "Show the opinion; --text FILE replaces its body; --out DIR writes the "
            + "approved 审查意见书 as .docx and .pdf.")
    int opinion(@Parameters(paramLabel = "FILING-ID") long filingId,
                @Option(names = "--text", paramLabel = "FILE", description = "UTF-8 text, one paragraph a line.") Path text,
                @Option(names = "--out", paramLabel = "DIR") Path outDir) {
        try (Workspace ws = root.openWorkspace()) {
            ReviewService reviews = ws.reviews();
            if (text != null) {
                String body;
                try {
                    body = Files.readString(text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                reviews.editOpinion(filingId, version(reviews, filingId), body);
            }
            if (outDir != null) {
                ws.reviewLetters().opinion(filingId, outDir).forEach(out()::println);
            } else {
                Review review = reviews.view(filingId).review();
                out().println(review == null || review.opinionText() == null ? "" : review.opinionText());
            }
            out().flush();
        }
        return 0;
    }

    @Command(name = "approve", description = "负责人审批: the opinion counts, gets its number; a correction opens.")
    int approve(@Parameters(paramLabel = "FILING-ID") long filingId) {
        try (Workspace ws = root.openWorkspace()) {
            print(ws.reviews().approve(filingId, version(ws.reviews(), filingId)), false);
        }
        return 0;
    }

    @Command(name = "send-back", description = "负责人: send the opinion back to the reviewer, saying why.")
    int sendBack(@Parameters(paramLabel = "FILING-ID") long filingId,
                 @Option(names = "--reason", required = true) String reason) {
        try (Workspace ws = root.openWorkspace()) {
            print(ws.reviews().sendBack(filingId, version(ws.reviews(), filingId), reason), false);
        }
        return 0;
    }

    @Command(name = "reminders", description = "督促纠正: corrections awaiting feedback whose deadline is near or past; "
            + "--out DIR writes a 督促纠正通知 (.docx and .pdf) for each.")
    int reminders(@Option(names = "--within", paramLabel = "N", defaultValue = "5",
                          description = "Working days ahead (default 5).") int within,
                  @Option(names = "--out", paramLabel = "DIR") Path outDir) {
        try (Workspace ws = root.openWorkspace()) {
            Messages m = root.messages();
            PrintWriter out = out();
            List<CorrectionReminder> due = ws.reviews().correctionReminders(within);
            out.println(m.format("cli.review.reminders.header", due.size(), within));
            for (CorrectionReminder r : due) {
                Correction c = r.correction();
                out.println(m.format("cli.review.reminders.line", c.id(), c.documentTitle(), c.filingUnit(),
                        m.date(c.feedbackDue()), r.opinionNo() == null ? "—" : r.opinionNo(),
                        r.overdue() ? m.format("cli.review.overdue", r.daysOverdue())
                                : m.format("cli.review.reminders.left", r.workingDaysLeft())));
                if (outDir != null) {
                    ws.reviewLetters().reminder(c.id(), outDir).forEach(f -> out.println("  " + f));
                }
            }
            out.flush();
        }
        return 0;
    }

    @Command(name = "correction", description = "纠错 follow-up: list, feedback, link the corrective document, close.")
    static final class CorrectionCommand {
        @ParentCommand
        ReviewCommand parent;

        @Command(name = "list", description = "Open corrections, the earliest feedback deadline first.")
        int list(@Option(names = "--overdue") boolean overdue) {
            try (Workspace ws = parent.root.openWorkspace()) {
                LocalDate today = LocalDate.now(parent.root.clock());
                for (Correction c : overdue ? ws.reviews().overdueCorrections() : ws.reviews().openCorrections()) {
                    parent.printCorrection(c, today);
                }
            }
            parent.out().flush();
            return 0;
        }

        @Command(name = "extend", description = "A later feedback deadline.")
        int extend(@Parameters(paramLabel = "CORRECTION-ID") long id, @Option(names = "--to", required = true) String to) {
            try (Workspace ws = parent.root.openWorkspace()) {
                Correction c = ws.reviews().correction(id);
                parent.printCorrection(ws.reviews().extendFeedback(id, c.version(), to), LocalDate.now(parent.root.clock()));
            }
            parent.out().flush();
            return 0;
        }

        @Command(name = "feedback", description = "整改反馈: what the filing unit reported, and when.")
        int feedback(@Parameters(paramLabel = "CORRECTION-ID") long id,
                     @Option(names = "--on", required = true) String on,
                     @Option(names = "--text", required = true) String text) {
            try (Workspace ws = parent.root.openWorkspace()) {
                Correction c = ws.reviews().correction(id);
                parent.printCorrection(ws.reviews().recordFeedback(id, c.version(), on, text),
                        LocalDate.now(parent.root.clock()));
            }
            parent.out().flush();
            return 0;
        }

        @Command(name = "link", description = "The corrective document amends or repeals the original (its status changes).")
        int link(@Parameters(index = "0", paramLabel = "CORRECTION-ID") long id,
                 @Parameters(index = "1", paramLabel = "amends|repeals") String kind,
                 @Parameters(index = "2", paramLabel = "DOCUMENT-ID") long documentId,
                 @Option(names = "--on", description = "Effective date (default: the document's).") String on) {
            try (Workspace ws = parent.root.openWorkspace()) {
                Correction c = ws.reviews().correction(id);
                parent.printCorrection(ws.reviews().linkCorrective(id, c.version(), documentId,
                        EnumNames.parse(RelationKind.class, kind), on), LocalDate.now(parent.root.clock()));
            }
            parent.out().flush();
            return 0;
        }

        @Command(name = "close", description = "办结: self-amended, self-repealed, revoked or not-corrected.")
        int close(@Parameters(index = "0", paramLabel = "CORRECTION-ID") long id,
                  @Parameters(index = "1", paramLabel = "RESULT") String result,
                  @Option(names = "--note") String note) {
            try (Workspace ws = parent.root.openWorkspace()) {
                Correction c = ws.reviews().correction(id);
                parent.printCorrection(ws.reviews().close(id, c.version(), EnumNames.parse(CorrectionResult.class, result),
                        note), LocalDate.now(parent.root.clock()));
            }
            parent.out().flush();
            return 0;
        }
    }

    private static int version(ReviewService reviews, long filingId) {
        Review review = reviews.view(filingId).review();
        return review == null ? 0 : review.version();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    void printCorrection(Correction c, LocalDate today) {
        Messages m = root.messages();
        out().println(m.format("cli.review.correctionLine", c.id(), c.documentTitle(), c.filingUnit(),
                m.date(c.feedbackDue()), m.label(c.state()),
                c.daysOverdue(today) > 0 ? m.format("cli.review.overdue", c.daysOverdue(today)) : "",
                c.result() == null ? "" : m.label(c.result())));
    }

    private void print(ReviewView view, boolean withPoints) {
        Messages m = root.messages();
        PrintWriter out = out();
        Review r = view.review();
        out.println(m.format("cli.review.header", view.filing().filing().id(), view.filing().document().title(),
                m.label(view.filing().filing().state()), r == null ? m.get("cli.review.unassigned") : r.assignee(),
                r == null ? "" : m.label(r.state()), r == null || r.outcome() == null ? "—" : m.label(r.outcome()),
                r == null || r.opinionNo() == null ? "—" : r.opinionNo()));
        if (withPoints && r != null) {
            for (ChecklistPoint p : ChecklistPoint.values()) {
                CheckedPoint c = view.point(p).orElse(null);
                out.println("  " + m.label(p) + "\t" + (c == null ? "—" : m.label(c.result()))
                        + (c == null || c.article() == null ? "" : "\t" + c.article())
                        + (c == null || c.comment() == null ? "" : "\t" + c.comment()));
            }
        }
        if (view.correction() != null) {
            printCorrection(view.correction(), LocalDate.now(root.clock()));
        }
        out.flush();
    }
}
