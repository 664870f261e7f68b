package org.normdesk.cli;

import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Arrays;

@Command(name = "encrypt", description = "Encrypt this PC's register (H2 AES, key derived from a password with "
        + "Argon2id). The new password comes from $NORMDESK_NEW_PASSWORD, --db-password-stdin, or is typed twice; "
        + "it is never stored, and without it the register and its backups cannot be read. Close the app first.")
final class EncryptCommand implements Runnable {
    @picocli.CommandLine.Option(names = "--change-password", description = "Change the password of the encrypted "
            + "register instead (administrators only). The current password comes as for every command "
            + "(--db-password-stdin: first line; $NORMDESK_DB_PASSWORD; typed); the new one from the second line of "
            + "standard input with --db-password-stdin, else $NORMDESK_NEW_PASSWORD, else typed twice.")
    boolean changePassword;
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (root.dbUrl != null) {
            throw new org.normdesk.domain.common.DomainException("db.encryption.onlyEmbedded",
                    "Only this PC's own unencrypted register can be encrypted");
        }
        DataFolder folder = root.dataFolder();
        if (changePassword) {
            changePassword(folder);
            return;
        }
        if (Workspace.isEncrypted(folder)) {
            throw new org.normdesk.domain.common.DomainException("db.encryption.already", "The register in " + folder.root()
                    + " is encrypted already", folder.root().toString());
        }
        PrintWriter out = spec.commandLine().getOut();
        Workspace ws = root.openWorkspace();
        char[] password = null;
        try {
            password = root.dbPasswordStdin ? Passwords.fromStdin(root)
                    : Passwords.newPassword(root, root.messages().get("cli.encrypt.register"));
            Workspace.requireStrongEnough(password);
            Workspace encrypted = ws.encryptAndReopen(folder, password,
                    new ProgressLine(spec.commandLine().getErr()));
            ws = null;
            encrypted.close();
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            if (ws != null) {
                ws.close();
            }
        }
        out.println(root.messages().format("cli.encrypt.done", folder.root()));
        out.flush();
    }

    private void changePassword(DataFolder folder) {
        if (!Workspace.isEncrypted(folder)) {
            throw new org.normdesk.domain.common.DomainException("db.encryption.notEncrypted", "The register in "
                    + folder.root() + " is not encrypted", folder.root().toString());
        }
        PrintWriter out = spec.commandLine().getOut();
        char[] current = Passwords.databasePassword(root, folder.root().toString());
        char[] fresh = null;
        Workspace ws = null;
        try {
            ws = Passwords.signIn(root, Workspace.openEmbedded(folder, root.clock(), current));
            fresh = root.dbPasswordStdin ? Passwords.secondStdinLine(root)
                    : Passwords.newPassword(root, root.messages().get("cli.encrypt.newPassword"));
            Workspace.requireStrongEnough(fresh);
            Workspace reopened = ws.changePasswordAndReopen(folder, current, fresh,
                    new ProgressLine(spec.commandLine().getErr()));
            ws = null;
            reopened.close();
        } finally {
            Arrays.fill(current, '\0');
            if (fresh != null) {
                Arrays.fill(fresh, '\0');
            }
            if (ws != null) {
                ws.close();
            }
        }
        out.println(root.messages().format("cli.encrypt.changed", folder.root()));
        out.flush();
    }
}
