package org.normdesk.service.stats;

import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.upward.UpwardTally;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every figure of one year's tally as a line: what it is, its value, the formula or definition it was counted
 * by (with the year's numbers), and the documents it counts. The command line prints it; it is the one place
 * where the tally becomes text, so the CLI and the statistics view say the same.
 *
 * @param unitName the filing unit counted, or null for all units
 */
public record TallySheet(int year, Long unitId, String unitName, List<Line> lines) {
    public TallySheet {
        lines = List.copyOf(lines);
    }

    /** Where a line belongs: intake and filing figures, rates, cleanup totals, upward filing. */
    public enum Part { FILINGS, RATES, CLEANUP, UPWARD }

    /**
     * @param key         stable name for scripts: a TallyItem or RateKind name, {@code cleanup.CONTINUE},
     *                    {@code upward.filed}, {@code upward.省人民政府.onTime} …
     * @param value       the number as shown: a count, or a percentage ("—" when the denominator is zero)
     * @param formula     the definition or formula with the numbers it used
     * @param documentIds the documents counted (for a rate: its numerator's)
     */
    public record Line(Part part, String key, String label, String value, String formula, List<Long> documentIds) {
        public Line {
            documentIds = List.copyOf(documentIds);
        }
    }

    /** The sheet of {@code tally} and the same year's {@code upward} counts, in {@code messages}' language. */
    public static TallySheet of(Tally tally, UpwardTally upward, String unitName, Messages messages) {
        List<Line> lines = new ArrayList<>();
        for (TallyItem item : TallyItem.values()) {
            Figure figure = tally.counts().get(item);
            lines.add(new Line(Part.FILINGS, item.name(), messages.label(item), Integer.toString(figure.value()),
                    messages.get("stats.definition." + item.name()), figure.documentIds()));
        }
        for (Rate rate : tally.rates()) {
            lines.add(new Line(Part.RATES, rate.kind().name(), messages.label(rate.kind()), AnnualReport.percent(rate),
                    messages.get("formula." + rate.kind().name()) + " = " + rate.numerator().value() + " ÷ "
                            + rate.denominator().value(), rate.numerator().documentIds()));
        }
        List<String> parts = new ArrayList<>();
        List<Long> cleaned = new ArrayList<>();
        for (Disposition d : Disposition.values()) {
            List<Long> ids = tally.cleanup().get(d);
            lines.add(new Line(Part.CLEANUP, "cleanup." + d.name(), messages.label(d), Integer.toString(ids.size()),
                    messages.format("tally.cleanup.definition", messages.label(d)), ids));
            parts.add(Integer.toString(ids.size()));
            cleaned.addAll(ids);
        }
        lines.add(new Line(Part.CLEANUP, "cleanup.TOTAL", messages.get("tally.cleanup.total"),
                Integer.toString(tally.cleanupTotal()), messages.get("tally.cleanup.total.formula") + " = "
                        + String.join(" + ", parts), cleaned));
        if (upward != null && unitName == null) {
            upwardLines(upward, messages, lines);
        }
        return new TallySheet(tally.year(), tally.unitId(), unitName, lines);
    }

    /** Issued, filed, on time, late and not filed — in total and per destination — with the rates. */
    private static void upwardLines(UpwardTally upward, Messages m, List<Line> lines) {
        lines.add(count("upward.issued", m.get("tally.upward.issued"), m.get("tally.upward.issued.definition"),
                upward.issued()));
        lines.add(count("upward.filed", m.get("tally.upward.filed"), m.get("tally.upward.filed.definition"),
                upward.filed()));
        lines.add(count("upward.onTime", m.get("tally.upward.onTime"), m.get("tally.upward.onTime.definition"),
                upward.onTime()));
        lines.add(count("upward.late", m.get("tally.upward.late"), m.get("tally.upward.late.definition"),
                upward.late()));
        lines.add(count("upward.notFiled", m.get("tally.upward.notFiled"), m.get("tally.upward.notFiled.definition"),
                upward.notFiled()));
        lines.add(new Line(Part.UPWARD, "upward.filingRate", m.get("tally.upward.filingRate"),
                percent(upward.filingRate()), m.get("tally.upward.filingRate.formula") + " = " + upward.filed().size()
                + " ÷ " + upward.issued().size(), upward.filed()));
        lines.add(new Line(Part.UPWARD, "upward.onTimeRate", m.get("tally.upward.onTimeRate"),
                percent(upward.onTimeRate()), m.get("tally.upward.onTimeRate.formula") + " = " + upward.onTime().size()
                + " ÷ " + upward.issued().size(), upward.onTime()));
        for (UpwardTally.Destination d : upward.destinations().values()) {
            String key = "upward." + d.name() + ".";
            lines.add(count(key + "due", m.format("tally.upward.destination.due", d.name()),
                    m.format("tally.upward.destination.due.definition", d.name()), d.due()));
            lines.add(count(key + "sent", m.format("tally.upward.destination.sent", d.name()),
                    m.format("tally.upward.destination.sent.definition", d.name()), d.sent()));
            lines.add(count(key + "onTime", m.format("tally.upward.destination.onTime", d.name()),
                    m.format("tally.upward.destination.onTime.definition", d.name()), d.onTime()));
            lines.add(count(key + "late", m.format("tally.upward.destination.late", d.name()),
                    m.format("tally.upward.destination.late.definition", d.name()), d.late()));
            lines.add(count(key + "notSent", m.format("tally.upward.destination.notSent", d.name()),
                    m.format("tally.upward.destination.notSent.definition", d.name()), d.notSent()));
            lines.add(new Line(Part.UPWARD, key + "filingRate", m.format("tally.upward.destination.rate", d.name()),
                    percent(d.filingRate()), m.format("tally.upward.destination.rate.formula", d.name()) + " = "
                    + d.sent().size() + " ÷ " + d.due().size(), d.sent()));
        }
    }

    private static Line count(String key, String label, String definition, List<Long> ids) {
        return new Line(Part.UPWARD, key, label, Integer.toString(ids.size()), definition, ids);
    }

    private static String percent(Double p) {
        return p == null ? "—" : String.format(Locale.ROOT, "%.2f%%", p);
    }

    /** The line with this key. */
    public Line line(String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line " + key));
    }
}
