package org.normdesk.service.review.hints;

import org.normdesk.domain.account.Role;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.review.rules.Hint;
import org.normdesk.domain.review.rules.HintDismissal;
import org.normdesk.domain.review.rules.RulePack;
import org.normdesk.domain.review.text.ArticleSplitter;
import org.normdesk.domain.review.text.DocumentText;
import org.normdesk.domain.review.text.Extraction;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.audit.AuditService;
import org.normdesk.service.register.RegisterService;
import org.normdesk.service.review.text.ImportedText;
import org.normdesk.service.review.text.StoredText;
import org.normdesk.service.review.text.TextImporter;
import org.normdesk.store.Database;
import org.normdesk.store.ReviewTextStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The document text and the offline legality hints of the review workspace: import a registered document's
 * electronic text, run the rule pack over it, and let the reviewer dismiss a hint with a reason. Hints are
 * prompts for the reviewer, not findings; no hits is not a clearance. No network is used.
 */
public final class HintService {
    private final Database db;
    private final ReviewTextStore store;
    private final RegisterService register;
    private final TextImporter importer = new TextImporter();
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private volatile RulePack pack;

    public HintService(Database db, RegisterService register, Clock clock, CurrentUser currentUser, RulePack pack) {
        this.db = db;
        this.store = new ReviewTextStore(db);
        this.register = register;
        this.clock = clock;
        this.currentUser = currentUser;
        this.audit = new AuditService(db, clock, currentUser);
        this.pack = Objects.requireNonNull(pack);
    }

    /** The rule pack in use. */
    public RulePack pack() {
        return pack;
    }

    /**
     * Replaces the rule pack with the one in {@code file}; a pack with any mistake is refused
     * ({@link RulePackException} naming file and line) and the pack in use stays.
     */
    public RulePack usePack(Path file) {
        RulePack loaded = RulePackLoader.load(file);
        pack = loaded;
        return loaded;
    }

    /** Uses a pack already loaded and checked (the shipped one, or one a bureau installed). */
    public RulePack usePack(RulePack loaded) {
        pack = Objects.requireNonNull(loaded);
        return loaded;
    }

    /** Reads a file without storing it: what {@code hints --file} and a preview use. */
    public ImportedText read(Path file) {
        return importer.read(file);
    }

    /** Hints for a text that is not stored (a file looked at before it is filed). */
    public List<Hint> hints(DocumentText text) {
        return pack.hints(text);
    }

    /**
     * Imports the electronic text of a registered document, replacing an earlier one. A corrupt or
     * password-protected file is refused before anything is stored; a scan without a text layer is stored
     * as such, so the workspace says to review without hints.
     */
    public StoredText importText(long documentId, Path file) {
        currentUser.require(Role.REVIEWER, "import a document's text");
        ImportedText read = importer.read(file); // outside the transaction: parsing a big PDF holds no locks
        return db.transaction(() -> {
            register.get(documentId);
            Optional<StoredText> before = text(documentId);
            StoredText stored = new StoredText(documentId, read.sourceName(), read.sha256(), read.extraction(),
                    currentUser.name(), clock.instant(), read.text());
            store.saveText(new ReviewTextStore.TextRow(documentId, read.sourceName(), read.sha256(),
                    read.extraction().name(), read.text().text(), currentUser.name(), stored.importedAt()));
            audit.record("review.text.import", "document", documentId, before.map(HintService::summary).orElse(null),
                    summary(stored));
            return stored;
        });
    }

    public Optional<StoredText> text(long documentId) {
        return store.text(documentId).map(row -> new StoredText(row.documentId(), row.sourceName(), row.sha256(),
                Extraction.valueOf(row.extraction()), row.importedBy(), row.importedAt(),
                ArticleSplitter.split(row.content())));
    }

    /** The document's hints under the pack in use, each with its dismissal if a reviewer set it aside. */
    public DocumentHints hints(long documentId) {
        register.get(documentId);
        Optional<StoredText> text = text(documentId);
        RulePack current = pack;
        if (text.isEmpty()) {
            return new DocumentHints(documentId, DocumentHints.State.NO_TEXT, null, current.id(), current.version(), List.of());
        }
        if (!text.get().hasText()) {
            return new DocumentHints(documentId, DocumentHints.State.NO_TEXT_LAYER, text.get(), current.id(),
                    current.version(), List.of());
        }
        Map<Hint.HintKey, HintDismissal> dismissed = new HashMap<>();
        for (HintDismissal d : store.dismissals(documentId)) {
            dismissed.putIfAbsent(d.key(), d); // the first reason given stays the one shown
        }
        List<HintView> views = current.hints(text.get().text()).stream()
                .map(h -> new HintView(h, dismissed.get(h.key()))).toList();
        return new DocumentHints(documentId, DocumentHints.State.CHECKED, text.get(), current.id(), current.version(), views);
    }

    /**
     * Sets a hint aside with the reviewer's reason. The dismissal is kept (never deleted) and audited; it
     * applies to the same rule on the same phrase in the same article after the text is imported again.
     */
    public HintDismissal dismiss(long documentId, Hint hint, String reason) {
        currentUser.require(Role.REVIEWER, "dismiss a hint");
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new DomainException("review.hint.reasonRequired", "A dismissal needs a reason");
        }
        if (why.length() > 2000) {
            throw new DomainException("review.hint.reasonTooLong", "A reason has at most 2000 characters", 2000);
        }
        return db.transaction(() -> {
            DocumentHints current = hints(documentId);
            HintView view = current.hints().stream().filter(v -> v.hint().key().equals(hint.key())).findFirst()
                    .orElseThrow(() -> new DomainException("review.hint.notFound",
                            "The hint " + hint.ruleId() + " on " + hint.phrase() + " in " + hint.articleLabel()
                                    + " is not among this document's hints", hint.ruleId(), hint.phrase(),
                            hint.articleLabel()));
            if (view.dismissed()) {
                throw new DomainException("review.hint.alreadyDismissed", "That hint was dismissed already by "
                        + view.dismissal().dismissedBy(), view.dismissal().dismissedBy(), view.dismissal().reason());
            }
            HintDismissal saved = store.insertDismissal(new HintDismissal(0, documentId, hint.ruleId(), hint.packVersion(),
                    hint.articleNumber(), hint.articleLabel(), hint.phrase(), why, currentUser.name(), clock.instant()));
            audit.record("review.hint.dismiss", "document", documentId, null, saved);
            return saved;
        });
    }

    /** Every dismissal made on the document, oldest first. */
    public List<HintDismissal> dismissals(long documentId) {
        return store.dismissals(documentId);
    }

    private static Map<String, Object> summary(StoredText text) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("source", text.sourceName());
        s.put("sha256", text.sha256());
        s.put("extraction", text.extraction().name());
        s.put("articles", text.text().numbered().size());
        s.put("characters", text.text().text().length());
        return s;
    }
}
