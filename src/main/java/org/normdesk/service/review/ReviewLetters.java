package org.normdesk.service.review;

import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.review.CheckedPoint;
import org.normdesk.domain.review.Review;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.report.PrintService;
import org.normdesk.service.report.TemplateFields;
import org.normdesk.service.settings.SettingsService;

import java.nio.file.Path;
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

    private final ReviewService reviews;
    private final SettingsService settings;
    private final PrintService print;
    private final ZoneId zone;
    private final Messages chinese = Messages.load(Locale.SIMPLIFIED_CHINESE);

    public ReviewLetters(ReviewService reviews, SettingsService settings, PrintService print, ZoneId zone) {
        this.reviews = reviews;
        this.settings = settings;
        this.print = print;
        this.zone = zone;
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
