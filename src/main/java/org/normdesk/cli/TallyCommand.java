package org.normdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.stats.TallySheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code normdesk tally --year 2019 [--unit NAME] [--format text|json|csv]}: every figure with its formula. */
@Command(name = "tally", description = "The year-end tally: every figure with the formula it was counted by "
        + "(json: with the document ids behind each figure).")
final class TallyCommand implements Runnable {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The calendar year counted.")
    int year;

    @Option(names = "--unit", paramLabel = "NAME|ID",
            description = "Only this filing unit (its full name, a name part that fits one unit, or its id).")
    String unit;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv",
            description = "text (default), json (with document ids) or csv.")
    String format;

    @Override
    public void run() {
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "csv").contains(chosen)) {
            throw new DomainException("cli.tally.format", "Unsupported format " + format, format);
        }
        Messages m = root.messages();
        TallySheet sheet;
        try (Workspace ws = root.openWorkspace()) {
            Issuer filingUnit = unit == null ? null : resolve(ws.register().issuers(), unit.strip());
            sheet = TallySheet.of(ws.tally().tally(year, filingUnit == null ? null : filingUnit.id()),
                    ws.upward().tally(year), filingUnit == null ? null : filingUnit.name(), m);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (chosen) {
            case "json" -> out.println(json(sheet));
            case "csv" -> csv(sheet, out);
            default -> text(sheet, m, out);
        }
        out.flush();
    }

    /** By id, by exact name, else by a name part that fits exactly one unit. */
    static Issuer resolve(List<Issuer> issuers, String wanted) {
        if (wanted.chars().allMatch(Character::isDigit) && !wanted.isEmpty()) {
            long id = Long.parseLong(wanted);
            return issuers.stream().filter(i -> i.id() == id).findFirst()
                    .orElseThrow(() -> new DomainException("cli.tally.unknownUnit", "No unit " + wanted, wanted));
        }
        for (Issuer issuer : issuers) {
            if (issuer.name().equals(wanted)) {
                return issuer;
            }
        }
        List<Issuer> partly = issuers.stream().filter(i -> i.name().contains(wanted)).toList();
        if (partly.size() == 1) {
            return partly.get(0);
        }
        if (partly.isEmpty()) {
            throw new DomainException("cli.tally.unknownUnit", "No unit " + wanted, wanted);
        }
        String names = partly.stream().limit(8).map(Issuer::name).collect(Collectors.joining("、"));
        throw new DomainException("cli.tally.ambiguousUnit", wanted + " matches " + names, wanted, names);
    }

    private static void text(TallySheet sheet, Messages m, PrintWriter out) {
        out.println(m.format("cli.tally.title", String.valueOf(sheet.year()),
                sheet.unitName() == null ? m.get("cli.tally.allUnits") : sheet.unitName()));
        TallySheet.Part part = null;
        for (TallySheet.Line line : sheet.lines()) {
            if (line.part() != part) {
                part = line.part();
                out.println();
                out.println(m.get("cli.tally.part." + part.name()));
            }
            out.println("  " + line.label() + "\t" + line.value() + "\t" + line.formula());
        }
    }

    private static String json(TallySheet sheet) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("year", sheet.year());
        root.put("unitId", sheet.unitId());
        root.put("unit", sheet.unitName());
        List<Map<String, Object>> figures = new ArrayList<>();
        for (TallySheet.Line line : sheet.lines()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("part", line.part().name().toLowerCase(Locale.ROOT));
            f.put("key", line.key());
            f.put("label", line.label());
            f.put("value", line.value());
            f.put("formula", line.formula());
            f.put("documentIds", line.documentIds());
            figures.add(f);
        }
        root.put("figures", figures);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csv(TallySheet sheet, PrintWriter out) {
        out.println("year,part,key,label,value,formula,document_ids");
        for (TallySheet.Line line : sheet.lines()) {
            out.println(String.join(",", Integer.toString(sheet.year()), line.part().name().toLowerCase(Locale.ROOT),
                    cell(line.key()), cell(line.label()), cell(line.value()), cell(line.formula()),
                    line.documentIds().stream().map(String::valueOf).collect(Collectors.joining(" "))));
        }
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break. */
    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
