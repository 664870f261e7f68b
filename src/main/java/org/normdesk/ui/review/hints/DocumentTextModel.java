package org.normdesk.ui.review.hints;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.normdesk.domain.review.rules.Hint;
import org.normdesk.domain.review.text.Article;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.review.hints.DocumentHints;
import org.normdesk.service.review.hints.HintService;
import org.normdesk.service.review.hints.HintView;
import org.normdesk.service.review.text.StoredText;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The state behind {@link DocumentTextPane}: one document's articles, its hints with their dismissals, and
 * the reviewer's actions (import a text, dismiss the selected hint with a reason). Work runs on the
 * {@link TaskRunner}; results land on the FX thread.
 */
public final class DocumentTextModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final HintService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ZoneId zone;

    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    private final ObservableList<HintView> hints = FXCollections.observableArrayList();
    private final ObjectProperty<Article> selectedArticle = new SimpleObjectProperty<>();
    private final ObjectProperty<HintView> selectedHint = new SimpleObjectProperty<>();
    private final StringProperty dismissReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<DocumentHints> loaded = new ReadOnlyObjectWrapper<>();
    private long documentId = -1;

    public DocumentTextModel(HintService service, TaskRunner tasks, Messages messages, ZoneId zone) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = zone;
    }

    /** Shows the text and hints of a registered document. */
    public void load(long document) {
        this.documentId = document;
        run(messages.get("review.hints.loading"), () -> service.hints(document), null);
    }

    /** Imports a file as the document's text, then shows it. */
    public void importFile(Path file) {
        if (documentId < 0) {
            return;
        }
        long document = documentId;
        run(messages.format("review.hints.importing", file.getFileName().toString()), () -> {
            StoredText stored = service.importText(document, file);
            return service.hints(stored.documentId());
        }, result -> result.state() == DocumentHints.State.CHECKED
                ? messages.format("review.hints.imported", result.text().sourceName(), result.documentText().numbered().size())
                : "");
    }

    /** Dismisses the selected hint with the typed reason; the service refuses an empty reason. */
    public void dismissSelected() {
        HintView view = selectedHint.get();
        if (view == null) {
            error.set(messages.get("review.hints.noneSelected"));
            return;
        }
        long document = documentId;
        String reason = dismissReason.get();
        Hint hint = view.hint();
        run(messages.get("review.hints.dismiss.title"), () -> {
            service.dismiss(document, hint, reason);
            return service.hints(document);
        }, result -> {
            dismissReason.set("");
            return messages.get("review.hints.dismiss.done");
        });
    }

    private void run(String description, java.util.concurrent.Callable<DocumentHints> job,
                     java.util.function.Function<DocumentHints, String> done) {
        busy.set(true);
        error.set("");
        tasks.run(description, progress -> job.call(), result -> {
            busy.set(false);
            apply(result);
            message.set(done == null ? "" : done.apply(result));
        }, failure -> {
            busy.set(false);
            error.set(ErrorText.of(failure, messages));
        });
    }

    private void apply(DocumentHints result) {
        HintView previouslySelected = selectedHint.get();
        Article previousArticle = selectedArticle.get();
        loaded.set(result);
        if (!articles.equals(result.documentText().articles())) {
            articles.setAll(result.documentText().articles()); // unchanged after a dismissal: the list keeps its selection
        }
        hints.setAll(result.hints());
        state.set(switch (result.state()) {
            case NO_TEXT -> messages.get("review.hints.state.NO_TEXT");
            case NO_TEXT_LAYER -> messages.format("review.hints.state.NO_TEXT_LAYER", result.text().sourceName());
            case CHECKED -> result.hints().isEmpty() ? messages.get("review.hints.noHits")
                    : messages.format("review.hints.state.CHECKED", result.packId(), result.packVersion(),
                    result.hints().size(), result.dismissedCount());
        });
        source.set(result.text() == null ? "" : messages.format("review.hints.source", result.text().sourceName(),
                messages.label(result.text().extraction()), result.text().importedBy() + " "
                        + WHEN.format(result.text().importedAt().atZone(zone))));
        // keep the reviewer's place: the same hint (now perhaps dismissed) and article stay selected
        selectedHint.set(previouslySelected == null ? null : hints.stream()
                .filter(h -> h.hint().key().equals(previouslySelected.hint().key())).findFirst().orElse(null));
        selectedArticle.set(previousArticle == null ? (articles.isEmpty() ? null : articles.get(0))
                : articles.stream().filter(a -> a.number() == previousArticle.number()).findFirst()
                .orElse(articles.isEmpty() ? null : articles.get(0)));
    }

    /** The hints that fall in one article, for highlighting its text. */
    public List<HintView> hintsIn(Article article) {
        return article == null ? List.of() : hints.stream().filter(h -> h.hint().articleNumber() == article.number()).toList();
    }

    /** Selecting a hint shows its article. */
    public void select(HintView hint) {
        selectedHint.set(hint);
        if (hint != null) {
            articles.stream().filter(a -> a.number() == hint.hint().articleNumber()).findFirst()
                    .ifPresent(selectedArticle::set);
        }
    }

    /** The detail lines of a hint: the reason it matters, the sentence, and the dismissal if any. */
    public String detail(HintView view) {
        if (view == null) {
            return "";
        }
        Hint h = view.hint();
        StringBuilder text = new StringBuilder(messages.format("review.hints.reason", h.reason().in(messages.locale())))
                .append('\n').append(messages.format("review.hints.sentence", h.sentence()));
        if (view.dismissed()) {
            text.append('\n').append(messages.format("review.hints.dismissedBy", view.dismissal().dismissedBy(),
                    view.dismissal().reason()));
        }
        return text.toString();
    }

    public String status(HintView view) {
        return view.dismissed() ? messages.format("review.hints.dismissedBy", view.dismissal().dismissedBy(),
                view.dismissal().reason()) : messages.get("review.hints.open");
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Article> articles() {
        return articles;
    }

    public ObservableList<HintView> hints() {
        return hints;
    }

    public ObjectProperty<Article> selectedArticleProperty() {
        return selectedArticle;
    }

    public ObjectProperty<HintView> selectedHintProperty() {
        return selectedHint;
    }

    public StringProperty dismissReasonProperty() {
        return dismissReason;
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DocumentHints> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
