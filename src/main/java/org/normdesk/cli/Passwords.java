package org.normdesk.cli;

import org.normdesk.domain.common.DomainException;
import org.normdesk.service.Workspace;

import java.io.Console;
import java.util.Arrays;

/** Passwords for the command line: from the environment for scripts, else typed at the console, never an argument. */
final class Passwords {
    /** The password of {@code --user}. */
    static final String SIGN_IN_VARIABLE = "NORMDESK_PASSWORD";
    /** The password a command sets (users add, users passwd). */
    static final String NEW_PASSWORD_VARIABLE = "NORMDESK_NEW_PASSWORD";

    private Passwords() {
    }

    /** Signs {@code --user} in on the opened workspace; closes it when the sign-in fails. */
    static Workspace signIn(NormDeskCommand root, Workspace ws) {
        if (root.user == null) {
            return ws;
        }
        try {
            char[] password = read(root, SIGN_IN_VARIABLE, root.messages().format("cli.password.prompt", root.user), false);
            try {
                ws.accounts().authenticate(root.user, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            return ws;
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    /** The password of the database (an encrypted register, or a server's). */
    static final String DATABASE_VARIABLE = "NORMDESK_DB_PASSWORD";

    /**
     * The password of an encrypted register: the first line of standard input with {@code --db-password-stdin},
     * else {@value #DATABASE_VARIABLE}, else typed at the console.
     */
    static char[] databasePassword(NormDeskCommand root, String where) {
        if (root.dbPasswordStdin) {
            return fromStdin(root);
        }
        return read(root, DATABASE_VARIABLE, root.messages().format("cli.dbPassword.prompt", where), false);
    }

    /** The first line of standard input (read once per process: a second call gets the same line). */
    static char[] fromStdin(NormDeskCommand root) {
        if (root.stdinLine == null) {
            try {
                String line = stdinReader(root).readLine();
                if (line == null) {
                    throw new DomainException("cli.password.missing", "No password on standard input",
                            "--db-password-stdin");
                }
                root.stdinLine = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            } catch (java.io.IOException e) {
                throw new DomainException("cli.password.missing", "Cannot read standard input", "--db-password-stdin");
            }
        }
        return root.stdinLine.toCharArray();
    }

    private static java.io.BufferedReader stdinReader(NormDeskCommand root) {
        if (root.stdinReader == null) {
            root.stdinReader = new java.io.BufferedReader(new java.io.InputStreamReader(root.stdin,
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return root.stdinReader;
    }

    /** The line after the first of standard input (the new password after the current one). */
    static char[] secondStdinLine(NormDeskCommand root) {
        fromStdin(root);
        try {
            String line = stdinReader(root).readLine();
            if (line == null) {
                throw new DomainException("cli.password.missingNew", "No new password on the second line of standard "
                        + "input", "--db-password-stdin");
            }
            return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
        } catch (java.io.IOException e) {
            throw new DomainException("cli.password.missingNew", "Cannot read standard input", "--db-password-stdin");
        }
    }

    /** A new password: from {@value #NEW_PASSWORD_VARIABLE}, else typed twice at the console. */
    static char[] newPassword(NormDeskCommand root, String userName) {
        return read(root, NEW_PASSWORD_VARIABLE, root.messages().format("cli.password.prompt", userName), true);
    }

    private static char[] read(NormDeskCommand root, String variable, String prompt, boolean twice) {
        String given = root.environment.apply(variable);
        if (given != null) {
            return given.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new DomainException("cli.password.missing", "Set " + variable + " or run in a terminal", variable);
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null) {
            throw new DomainException("cli.password.missing", "No password was typed", variable);
        }
        if (twice) {
            char[] again = console.readPassword("%s", root.messages().get("cli.password.repeat"));
            boolean same = Arrays.equals(typed, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                throw new DomainException("cli.password.mismatch", "The two passwords differ");
            }
        }
        return typed;
    }
}
