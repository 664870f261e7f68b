package org.normdesk.service.filing;

import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.filing.FormalCheck;
import org.normdesk.domain.filing.FormalCheckDecision;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.report.PrintService;
import org.normdesk.service.report.TemplateFields;
import org.normdesk.service.settings.SettingsService;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The letters of intake: the receipt (备案登记回执) of a registered filing and the return notice
 * (退回补正通知书) of a returned one, as .docx and PDF from the bureau's editable templates.
 */
public final class FilingLetters {
    private final FilingService filings;
    private final SettingsService settings;
    private final PrintService print;
    private final Messages chinese;
    private final Clock clock;

    public FilingLetters(FilingService filings, SettingsService settings, PrintService print, Clock clock) {
        this.filings = filings;
        this.settings = settings;
        this.print = print;
        // the letters are official documents: always in Chinese, whatever the UI language
        this.chinese = Messages.load(Locale.SIMPLIFIED_CHINESE);
        this.clock = clock;
    }

    /** The receipt of a registered filing; both files, .docx first. */
    public List<Path> receipt(long filingId, Path outDir) {
        FilingView view = filings.view(filingId);
        if (view.filing().registrationNo() == null) {
            throw new DomainException("letters.receipt.notRegistered", "Filing #" + filingId + " is not registered",
                    filingId);
        }
        TemplateFields fields = common(view)
                .put("registrationNo", view.filing().registrationNo())
                .put("registrationDate", view.filing().registeredDate())
                .put("reviewDueDate", view.deadlines().reviewDue())
                .build();
        return write(PrintService.FILING_RECEIPT, fields, outDir, "备案登记回执-" + view.filing().registrationNo());
    }

    /** The return notice of a returned filing, listing its reasons and the missing materials. */
    public List<Path> returnNotice(long filingId, Path outDir) {
        FilingView view = filings.view(filingId);
        FormalCheck lastReturn = view.checks().stream().filter(c -> c.decision() == FormalCheckDecision.RETURN)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new DomainException("letters.notice.notReturned",
                        "Filing #" + filingId + " was never returned", filingId));
        TemplateFields.Builder fields = common(view)
                .put("correctionDueDate", lastReturn.resubmitDue());
        int row = 0;
        for (String reason : lastReturn.reasons().split("\n")) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("problem", reason);
            cells.put("note", "");
            fields.row("reasons", cells);
            row++;
        }
        var missing = view.currentSubmission().missing(settings.unit().requiredMaterials());
        // the clerk's reasons may already name the missing materials; list them only once
        missing.removeIf(kind -> lastReturn.reasons().contains(chinese.label(kind)));
        if (!missing.isEmpty() && view.filing().state() == FilingState.RETURNED_FOR_CORRECTION) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("problem", "缺少备案材料：" + missing.stream().map(chinese::label).collect(Collectors.joining("、")));
            cells.put("note", "请补齐后重新报送");
            fields.row("reasons", cells);
        }
        return write(PrintService.RETURN_NOTICE, fields.build(), outDir,
                "退回补正通知书-" + view.filing().id() + "-" + row);
    }

    private TemplateFields.Builder common(FilingView view) {
        Issuer unit = view.filingUnit();
        return TemplateFields.builder()
                .put("filingUnit", unit.name())
                .put("docTitle", view.document().title())
                .put("issuingBody", view.document().issuers().stream().map(Issuer::name).collect(Collectors.joining("、")))
                .put("docNumber", view.document().docNumber() == null ? "（无文号）" : view.document().docNumber().raw())
                .put("receivedDate", view.currentSubmission().receivedDate())
                .put("bureauName", settings.unit().unitName())
                .put("issueDate", LocalDate.now(clock));
    }

    private List<Path> write(String template, TemplateFields fields, Path outDir, String baseName) {
        return List.of(print.writeDocx(template, fields, outDir, baseName), print.writePdf(template, fields, outDir, baseName));
    }
}
