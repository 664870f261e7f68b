package org.normdesk.service.review.hints;

import org.normdesk.domain.account.Role;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.review.rules.RulePack;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.store.Database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bureau's own rule pack: checked with the loader, copied into the data folder ({@code rules/active-pack.json})
 * and used from then on, also after a restart; or back to the shipped pack. A pack with a mistake is refused
 * naming the file and line, and the pack in use stays.
 */
public final class RulePackService {
    /** The installed copy, inside the data folder's {@code rules} folder. */
    public static final String ACTIVE_FILE = "active-pack.json";

    private final Database db;
    private final HintService hints;
    private final Path folder;
    private final CurrentUser currentUser;
    private final AuditService audit;

    /** What a pack file holds, shown before it is activated. */
    public record PackInfo(String id, String version, int ruleCount, String source, boolean shipped) {
        static PackInfo of(RulePack pack, boolean shipped) {
            return new PackInfo(pack.id(), pack.version(), pack.rules().size(), pack.source(), shipped);
        }
    }

    public RulePackService(Database db, HintService hints, Path folder, Clock clock, CurrentUser currentUser) {
        this.db = db;
        this.hints = hints;
        this.folder = folder;
        this.currentUser = currentUser;
        this.audit = new AuditService(db, clock, currentUser);
    }

    /** The installed copy if there is one and it still loads, else the shipped pack (for opening a workspace). */
    public static RulePack startupPack(Path folder, RulePack shipped) {
        Path active = folder == null ? null : folder.resolve(ACTIVE_FILE);
        if (active != null && Files.isRegularFile(active)) {
            try {
                return RulePackLoader.load(active);
            } catch (RulePackException e) {
                org.slf4j.LoggerFactory.getLogger(RulePackService.class)
                        .warn("Installed rule pack refused, using the shipped one: {}", e.getMessage());
            }
        }
        return shipped;
    }

    /** The pack in use. */
    public PackInfo current() {
        return PackInfo.of(hints.pack(), RulePackLoader.BUNDLED_SOURCE.equals(hints.pack().source()));
    }

    /** Checks a pack file without using it; a mistake throws {@link RulePackException} naming file and line. */
    public PackInfo check(Path file) {
        return PackInfo.of(RulePackLoader.load(file), false);
    }

    /** Checks, copies into the data folder and uses the pack in {@code file} (系统管理员). */
    public PackInfo install(Path file) {
        currentUser.require(Role.ADMIN, "install a rule pack");
        RulePack loaded = RulePackLoader.load(file);
        PackInfo before = current();
        Path target = activeFile();
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "pack-", ".tmp");
            Files.writeString(tmp, Files.readString(file, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DomainException("review.rules.installFailed", "Cannot copy the rule pack into " + folder
                    + ": " + e.getMessage(), folder, e.getMessage());
        }
        RulePack installed = hints.usePack(target);
        PackInfo after = new PackInfo(installed.id(), installed.version(), installed.rules().size(), file.toString(), false);
        db.transaction(() -> audit.record("rules.install", "rule_pack", null, summary(before), summary(after)));
        return after;
    }

    /** Back to the pack shipped with the app; the installed copy is removed (系统管理员). */
    public PackInfo useShipped() {
        currentUser.require(Role.ADMIN, "restore the shipped rule pack");
        PackInfo before = current();
        try {
            Files.deleteIfExists(activeFile());
        } catch (IOException e) {
            throw new DomainException("review.rules.installFailed", "Cannot remove " + activeFile() + ": "
                    + e.getMessage(), folder, e.getMessage());
        }
        RulePack shipped = RulePackLoader.bundled();
        hints.usePack(shipped);
        PackInfo after = PackInfo.of(shipped, true);
        db.transaction(() -> audit.record("rules.shipped", "rule_pack", null, summary(before), summary(after)));
        return after;
    }

    private Path activeFile() {
        return folder.resolve(ACTIVE_FILE);
    }

    private static Map<String, Object> summary(PackInfo p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("version", p.version());
        m.put("rules", p.ruleCount());
        m.put("shipped", p.shipped());
        return m;
    }
}
