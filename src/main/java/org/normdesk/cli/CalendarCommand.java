package org.normdesk.cli;

import org.normdesk.domain.calendar.CalendarAnswer;
import org.normdesk.domain.common.DateParser;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;

@Command(name = "calendar", description = "The official working-day calendar and this locality's own days.")
final class CalendarCommand {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Command(name = "add-working-days", description = "The date N working days after DATE (DATE itself not counted).")
    int addWorkingDays(@Parameters(paramLabel = "DATE") String date, @Parameters(paramLabel = "N") int days) {
        try (Workspace workspace = root.openWorkspace()) {
            CalendarAnswer<LocalDate> answer = workspace.calendar().addWorkingDays(DateParser.parseDay(date), days);
            PrintWriter out = spec.commandLine().getOut();
            out.println(answer.value());
            if (answer.estimated()) {
                spec.commandLine().getErr().println(root.messages().get("cli.calendar.estimated"));
                spec.commandLine().getErr().flush();
            }
            out.flush();
        }
        return 0;
    }

    @Command(name = "is-working-day", description = "Whether DATE is a working day, and why not.")
    int isWorkingDay(@Parameters(paramLabel = "DATE") String date) {
        try (Workspace workspace = root.openWorkspace()) {
            LocalDate day = DateParser.parseDay(date);
            var calendar = workspace.calendar().calendar();
            Messages m = root.messages();
            spec.commandLine().getOut().println(day + "\t" + m.label(calendar.dayKind(day))
                    + calendar.holidayName(day).map(name -> "\t" + name).orElse(""));
            spec.commandLine().getOut().flush();
            return calendar.isWorkingDay(day) ? 0 : 3;
        }
    }

    @Command(name = "local-day", description = "Add (or with --remove take back) a local day off or extra working day.")
    int localDay(@Parameters(paramLabel = "DATE") String date,
                 @Option(names = "--working", description = "An extra working day instead of a day off.") boolean working,
                 @Option(names = "--note", description = "Why, e.g. 地方防汛放假.") String note,
                 @Option(names = "--remove") boolean remove) {
        try (Workspace workspace = root.openWorkspace()) {
            LocalDate day = DateParser.parseDay(date);
            if (remove) {
                workspace.calendar().removeLocalDay(day);
            } else {
                workspace.calendar().putLocalDay(day, working, note);
            }
            for (Map.Entry<LocalDate, String> entry : workspace.calendar().localDays().entrySet()) {
                spec.commandLine().getOut().println(entry.getKey() + "\t" + entry.getValue());
            }
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
