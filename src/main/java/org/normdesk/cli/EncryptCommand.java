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
}
