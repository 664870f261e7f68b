package org.normdesk.service.admin;

import org.normdesk.domain.account.Role;
import org.normdesk.service.DataFolder;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.Progress;
import org.normdesk.store.AttachmentStore;
import org.normdesk.store.Database;
import org.normdesk.store.DatabaseConfig;
import org.normdesk.store.RegisterCopier;

import java.nio.file.Path;
import java.util.Map;

/**
 * Moving up (迁移到共享数据库): a PC's embedded register is copied into an empty PostgreSQL database, every
 * table and id, and verified; attachments go to the shared attachments folder, each checked by its hash.
 * The embedded register is left as it was.
 */
public final class MoveUpService {
    private MoveUpService() {
    }

    /** What was copied, as verified on the target. */
    public record Report(Map<String, Integer> rowsPerTable, int attachmentFilesCopied) {
    }

    /** As below, for {@code actor}, who must be an administrator of the source register. */
    public static Report moveUp(CurrentUser actor, DataFolder source, String targetUrl, String targetUser,
                                String targetPassword, Path sharedAttachments, Progress progress) {
        actor.require(Role.ADMIN, "move the register up");
        return moveUp(source, targetUrl, targetUser, targetPassword, sharedAttachments, progress);
    }

    public static Report moveUp(DataFolder source, String targetUrl, String targetUser, String targetPassword,
                                Path sharedAttachments, Progress progress) {
        try (Database from = Database.open(DatabaseConfig.embedded(source.root()));
             Database to = Database.open(new DatabaseConfig(targetUrl, targetUser, targetPassword))) {
            AttachmentStore fromFiles = new AttachmentStore(from, source.attachments());
            AttachmentStore toFiles = new AttachmentStore(to, sharedAttachments);
            // files first: a copied row must never point at a missing file
            int copiedFiles = 0;
            var hashes = fromFiles.allHashes();
            for (int i = 0; i < hashes.size(); i++) {
                if (fromFiles.copyFileTo(hashes.get(i), toFiles)) {
                    copiedFiles++;
                }
                progress.update(i + 1, hashes.size(), "attachments");
            }
            Map<String, Integer> rows = RegisterCopier.copy(from, to,
                    (table, done) -> progress.update(done, done, table));
            return new Report(rows, copiedFiles);
        }
    }
}
