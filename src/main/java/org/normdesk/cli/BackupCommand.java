package org.normdesk.cli;

import org.normdesk.service.Workspace;
import org.normdesk.service.backup.BackupManifest;
import org.normdesk.service.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

@Command(name = "backup", description = "Back up the embedded register (database and attachments) to one zip with a "
        + "manifest of SHA-256 checksums; works while the app runs.")
final class BackupCommand implements Runnable {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "The zip to write (default: backups/ in the data folder).")
    Path out;

    @Option(names = "--keep-days", paramLabel = "N", description = "Keep daily backups N days from now on.")
    Integer keepDays;

    @Override
    public void run() {
        PrintWriter print = spec.commandLine().getOut();
        try (Workspace workspace = root.openWorkspace()) {
            BackupService backups = workspace.backups();
            if (keepDays != null) {
                backups.setKeepDays(keepDays);
                print.println(root.messages().format("cli.backup.keepDays", keepDays));
            }
            Path target = out != null ? out : backups.backupsFolder().resolve("normdesk-manual-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(root.clock().instant()
                    .atZone(ZoneId.systemDefault())) + ".zip");
            BackupManifest manifest = backups.backup(target);
            print.println(root.messages().format("cli.backup.done", target.toAbsolutePath(),
                    manifest.counts().getOrDefault("documents", 0L), manifest.counts().getOrDefault("attachments", 0L),
                    manifest.schemaVersion()));
            print.flush();
        }
    }
}
