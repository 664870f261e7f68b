package org.normdesk.cli;

import org.normdesk.domain.common.DomainException;
import org.normdesk.service.backup.BackupManifest;
import org.normdesk.service.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

@Command(name = "restore", description = "Restore a backup into the data folder (close the app first); --preview only "
        + "checks it and shows what it holds.")
final class RestoreCommand implements Runnable {
    @ParentCommand
    NormDeskCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A backup zip made by `normdesk backup`.")
    Path file;

    @Option(names = "--preview", description = "Check every checksum and show the contents; change nothing.")
    boolean preview;

    @Override
    public void run() {
        if (root.dbUrl != null) {
            throw new DomainException("backup.serverDatabase", "Backups of a shared PostgreSQL register are made on the "
                    + "server (pg_dump)", root.dbUrl);
        }
        PrintWriter out = spec.commandLine().getOut();
        BackupManifest manifest = preview ? BackupService.preview(file) : null;
        if (!preview) {
            // the backup of an encrypted register is restored only with its password
            char[] password = BackupService.encrypted(BackupService.preview(file))
                    ? Passwords.databasePassword(root, file.getFileName().toString()) : null;
            manifest = BackupService.restore(file, root.dataFolder().root(), root.clock(), password);
        }
        out.println(root.messages().format("cli.restore.holds", file.getFileName(), manifest.createdAt().toString(),
                manifest.createdBy(), manifest.schemaVersion(), manifest.entries().size()));
        for (Map.Entry<String, Long> count : new TreeMap<>(manifest.counts()).entrySet()) {
            out.println("  " + count.getKey() + ": " + count.getValue());
        }
        out.println(root.messages().get(preview ? "cli.restore.previewOnly" : "cli.restore.done"));
        out.flush();
    }
}
