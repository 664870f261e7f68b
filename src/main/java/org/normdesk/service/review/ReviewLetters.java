package org.normdesk.service.review;

import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.review.CheckedPoint;
import org.normdesk.domain.review.Correction;
import org.normdesk.domain.review.CorrectionState;
import org.normdesk.domain.review.Review;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.report.PrintService;
import org.normdesk.service.report.TemplateFields;
import org.normdesk.service.settings.SettingsService;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The 审查意见书 of an approved review, as .docx and PDF from the bureau's editable template. */
public final class ReviewLetters {
    /** data/templates/review-opinion.docx. */
    public static final String TEMPLATE = "review-opinion";
    /** data/templates/correction-reminder.docx: 督促纠正通知. */
    public static final String REMINDER_TEMPLATE = "correction-reminder";

    private final ReviewService reviews;
    private final SettingsService settings;
    private final PrintService print;
    private final ZoneId zone;
    private final Clock clock;
    private final Messages chinese = Messages.load(Locale.SIMPLIFIED_CHINESE);

    public ReviewLetters(ReviewService reviews, SettingsService settings, PrintService print, Clock clock) {
        this.reviews = reviews;
        this.settings = settings;
        this.print = print;
        this.zone = clock.getZone();
        this.clock = clock;
    }

    /**
     * The 督促纠正通知 of one correction still awaiting the filing unit's feedback, as .docx and PDF, .docx first;
     * refused once the feedback has come in or the correction is closed (there is nothing left to urge).
     */
    public List<Path> reminder(long correctionId, Path outDir) {
        TemplateFields fields = reminderFields(correctionId);
        String base = "督促纠正通知-" + fields.value("opinionNo").orElseThrow() + "-" + correctionId;
        return List.of(print.writeDocx(REMINDER_TEMPLATE, fields, outDir, base),
                print.writePdf(REMINDER_TEMPLATE, fields, outDir, base));
    }

    TemplateFields reminderFields(long correctionId) {
        Correction c = reviews.correction(correctionId);
        if (c.state() != CorrectionState.AWAITING_FEEDBACK) {
            throw new DomainException("review.reminders.notAwaiting", "Correction #" + correctionId
                    + " is not awaiting feedback (" + c.state() + "); no reminder is due", correctionId,
                    chinese.label(c.state()));
        }
        Review review = reviews.view(c.filingId()).review();
        LocalDate today = LocalDate.now(clock);
        long overdue = c.daysOverdue(today);
        String status = overdue > 0
                ? "反馈期限已于" + TemplateFields.officialDate(c.feedbackDue()) + "届满，至今已超过" + overdue + "日，仍未收到你单位的纠正情况反馈"
                : "反馈期限将于" + TemplateFields.officialDate(c.feedbackDue()) + "届满，目前尚未收到你单位的纠正情况反馈";
        return TemplateFields.builder()
                .put("filingUnit", c.filingUnit())
                .put("docTitle", c.documentTitle())
                .put("docNumber", c.docNumber() == null ? "无文号" : c.docNumber())
                .put("opinionNo", review.opinionNo())
                .put("opinionDate", LocalDate.ofInstant(review.approvedAt(), zone))
                .put("feedbackDue", c.feedbackDue())
                .put("deadlineStatus", status)
                .put("bureauName", settings.unit().unitName())
                .put("issueDate", today)
                .build();
    }

    /** Both files, .docx first; refused until a 负责人 has approved the opinion (before that it does not count). */
    public List<Path> opinion(long filingId, Path outDir) {
        TemplateFields fields = fields(filingId);
        String base = "审查意见书-" + fields.value("opinionNo").orElseThrow();
        return List.of(print.writeDocx(TEMPLATE, fields, outDir, base), print.writePdf(TEMPLATE, fields, outDir, base));
    }

    TemplateFields fields(long filingId) {
        ReviewView view = reviews.view(filingId);
        Review review = view.review();
        if (review == null || !review.approved()) {
            throw new DomainException("review.opinion.notApproved", "The opinion of filing #" + filingId
                    + " is not approved by a 负责人 yet", filingId);
        }
        FilingView filing = view.filing();
        TemplateFields.Builder fields = TemplateFields.builder()
                .put("opinionNo", review.opinionNo())
                .put("filingUnit", filing.filingUnit().name())
                .put("docTitle", filing.document().title())
                .put("docNumber", filing.document().docNumber() == null ? "无文号" : filing.document().docNumber().raw())
                .put("issuingBody", filing.document().issuers().stream().map(Issuer::name).collect(Collectors.joining("、")))
                .put("registrationNo", filing.filing().registrationNo())
                .put("registrationDate", filing.filing().registeredDate())
                .put("outcome", chinese.label(review.outcome()))
                .put("bureauName", settings.unit().unitName())
                .put("issueDate", LocalDate.ofInstant(review.approvedAt(), zone));
        for (String line : review.opinionText().split("\\R")) {
            if (!line.isBlank()) {
                fields.row("paragraphs", Map.of("text", line.strip()));
            }
        }
        for (CheckedPoint p : view.points()) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("item", chinese.label(p.point()));
            cells.put("result", chinese.label(p.result()));
            cells.put("article", p.article() == null ? "" : p.article());
            cells.put("comment", p.comment() == null ? "" : p.comment());
            fields.row("points", cells);
        }
        return fields.build();
    }
}
