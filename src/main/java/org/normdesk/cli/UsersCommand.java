package org.normdesk.cli;

import org.normdesk.domain.account.Account;
import org.normdesk.domain.account.Role;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

@Command(name = "users", description = "Local accounts: the first one (an administrator) turns sign-in on.")
final class UsersCommand {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Command(name = "add", description = "Create an account; its password comes from $NORMDESK_NEW_PASSWORD or is typed twice.")
    int add(@Parameters(paramLabel = "NAME") String name,
            @Option(names = "--name", paramLabel = "DISPLAY", description = "The person's name as shown.") String displayName,
            @Option(names = "--roles", required = true, split = ",", paramLabel = "ROLE",
                    description = "registrar, reviewer, head, admin (comma-separated).") Set<Role> roles) {
        try (Workspace ws = root.openWorkspace()) {
            boolean first = !ws.accounts().signInRequired();
            char[] password = Passwords.newPassword(root, name);
            Account created;
            try {
                created = ws.accounts().create(name, displayName, EnumSet.copyOf(roles), password);
            } finally {
                Arrays.fill(password, '\0');
            }
            PrintWriter out = out();
            out.println(root.messages().format("cli.users.created", created.userName(), created.roles()));
            if (first) {
                out.println(root.messages().format("cli.users.firstAdmin", created.userName()));
            }
            out.flush();
        }
        return 0;
    }

    @Command(name = "list", description = "Every account with its roles and state (administrators only).")
    int list() {
        try (Workspace ws = root.openWorkspace()) {
            Messages m = root.messages();
            PrintWriter out = out();
            DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
            for (Account a : ws.accounts().list()) {
                String state = !a.active() ? m.get("cli.users.inactive")
                        : a.lockedAt(root.clock().instant()) ? m.format("cli.users.lockedUntil", time.format(a.lockedUntil()))
                        : m.get("cli.users.active");
                out.println(String.join("\t", a.userName(), a.displayName(), a.roles().stream().map(m::label).collect(Collectors.joining("、")), state));
            }
            out.flush();
        }
        return 0;
    }

    @Command(name = "passwd", description = "Set a password (administrators: anyone's; everyone: their own).")
    int passwd(@Parameters(paramLabel = "NAME") String name) {
        try (Workspace ws = root.openWorkspace()) {
            char[] password = Passwords.newPassword(root, name);
            try {
                ws.accounts().changePassword(name, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            say("cli.users.passwordChanged", name);
        }
        return 0;
    }

    @Command(name = "roles", description = "Replace an account's roles.")
    int roles(@Parameters(paramLabel = "NAME") String name,
              @Option(names = "--roles", required = true, split = ",", paramLabel = "ROLE") Set<Role> roles) {
        try (Workspace ws = root.openWorkspace()) {
            Account changed = ws.accounts().setRoles(name, EnumSet.copyOf(roles));
            say("cli.users.rolesChanged", changed.userName(), changed.roles());
        }
        return 0;
    }

    @Command(name = "lock", description = "Deactivate an account: it can no longer sign in.")
    int lock(@Parameters(paramLabel = "NAME") String name) {
        try (Workspace ws = root.openWorkspace()) {
            say("cli.users.locked", ws.accounts().deactivate(name).userName());
        }
        return 0;
    }

    @Command(name = "unlock", description = "Let an account sign in again (clears a lock-out, reactivates).")
    int unlock(@Parameters(paramLabel = "NAME") String name) {
        try (Workspace ws = root.openWorkspace()) {
            say("cli.users.unlocked", ws.accounts().unlock(name).userName());
        }
        return 0;
    }

    private void say(String key, Object... args) {
        PrintWriter out = out();
        out.println(root.messages().format(key, args));
        out.flush();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
