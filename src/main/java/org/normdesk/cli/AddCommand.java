package org.normdesk.cli;

import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.DocumentValidationException;
import org.normdesk.domain.document.FieldError;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.document.ValidityRules;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "add", description = "Add a document to the register.")
final class AddCommand implements Callable<Integer> {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--title", required = true)
    String title;
    @Option(names = "--number", description = "文号, e.g. 濮政〔2019〕12号.")
    String number;
    @Option(names = "--issuer", required = true, split = ",", description = "Issuing bodies by name, lead first.")
    List<String> issuerNames;
    @Option(names = "--type", required = true, converter = EnumNames.TypeConverter.class,
            description = "government-normative, department-normative, government-rule.")
    DocumentType type;
    @Option(names = "--subject")
    String subject;
    @Option(names = "--signed")
    String signed;
    @Option(names = "--published")
    String published;
    @Option(names = "--effective")
    String effective;
    @Option(names = {"--validity-end", "--valid-until"},
            description = "Last valid day; without it the validity rules suggest one (printed with the rule).")
    String validUntil;
    @Option(names = "--no-validity", description = "Save no validity end (the rules' suggestion is not used).")
    boolean noValidity;

    private static LocalDate dayOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DateParser.parse(text).date();
        } catch (DomainException e) {
            return null; // the add itself names the wrong date
        }
    }

    @Override
    public Integer call() {
        Messages m = root.messages();
        try (Workspace workspace = root.openWorkspace()) {
            List<Long> issuerIds = new ArrayList<>();
            for (String name : issuerNames) {
                Issuer issuer = workspace.register().issuers().stream().filter(i -> i.name().equals(name.strip()))
                        .findFirst().orElseThrow(() -> new NotFoundException("issuer", name));
                issuerIds.add(issuer.id());
            }
            if (noValidity && validUntil != null) {
                spec.commandLine().getErr().println(m.get("cli.add.validityConflict"));
                spec.commandLine().getErr().flush();
                return NormDeskCommand.USER_ERROR;
            }
            // as the register's add dialog: an empty validity end is saved as the rules' suggestion
            ValidityRules.Suggestion suggestion = validUntil != null || noValidity ? null
                    : workspace.lifecycle().validityRules().suggest(title, null, dayOrNull(effective)).orElse(null);
            String end = suggestion == null ? validUntil : suggestion.validUntil().toString();
            NormativeDocument doc = workspace.register().add(new DocumentInput(title, number, issuerIds, type, subject,
                    signed, published, effective, end, null));
            spec.commandLine().getOut().println(m.format("cli.add.done", doc.id(), m.label(doc.status())));
            if (suggestion != null) {
                spec.commandLine().getOut().println(m.format("cli.add.validitySuggested", m.date(suggestion.validUntil()),
                        m.format("validity.rule." + suggestion.basis().name(), suggestion.years())));
            }
            spec.commandLine().getOut().flush();
            return 0;
        } catch (DocumentValidationException e) {
            for (FieldError error : e.errors()) {
                spec.commandLine().getErr().println(m.label(error.field()) + ": " + m.format(error.error()));
            }
            spec.commandLine().getErr().flush();
            return NormDeskCommand.USER_ERROR;
        }
    }
}
