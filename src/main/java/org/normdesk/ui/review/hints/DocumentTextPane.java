package org.normdesk.ui.review.hints;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.normdesk.domain.review.rules.Hint;
import org.normdesk.domain.review.text.Article;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.review.hints.HintView;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * A reusable control for the review workspace: the document's articles, the selected article's text with
 * the hint phrases highlighted, and the hint list with rule, phrase, reason and a dismiss-with-reason
 * action. It always states that a hint is a prompt for the reviewer, not a finding, and that no hits is
 * not a clearance. Load a document with {@link DocumentTextModel#load(long)}.
 */
public final class DocumentTextPane extends BorderPane {
    private final DocumentTextModel model;
    private final TextFlow articleText = new TextFlow();
    private Supplier<Path> fileSource;

    public DocumentTextPane(DocumentTextModel model) {
        this.model = model;
        Messages m = model.messages();
        getStyleClass().add("document-text-pane");
        this.fileSource = () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("review.hints.import.choose"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("review.hints.import.filter"),
                    "*.docx", "*.txt", "*.pdf"));
            File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            return chosen == null ? null : chosen.toPath();
        };

        Label notice = new Label(m.get("review.hints.notice"));
        notice.setId("hintNotice");
        notice.getStyleClass().add("hint-notice");
        notice.setWrapText(true);
        Label state = new Label();
        state.setId("hintState");
        state.setWrapText(true);
        state.textProperty().bind(model.stateProperty());
        Label source = new Label();
        source.setId("hintSource");
        source.getStyleClass().add("hint-source");
        source.textProperty().bind(model.sourceProperty());
        Button importButton = new Button(m.get("review.hints.import"));
        importButton.setId("importTextButton");
        // nothing to import into until a case is chosen; the button keeps its label beside a long state text
        importButton.disableProperty().bind(model.busyProperty().or(model.loadedProperty().isNull()));
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        importButton.setOnAction(e -> {
            Path file = fileSource.get();
            if (file != null) {
                model.importFile(file);
            }
        });
        HBox stateRow = new HBox(8, state, importButton);
        HBox.setHgrow(state, Priority.ALWAYS);
        VBox top = new VBox(4, notice, stateRow, source);
        top.getStyleClass().add("hint-header");
        setTop(top);

        ListView<Article> articleList = new ListView<>(model.articles());
        articleList.setId("articleList");
        articleList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Article a, boolean empty) {
                super.updateItem(a, empty);
                getStyleClass().remove("article-with-hints");
                if (empty || a == null) {
                    setText(null);
                    return;
                }
                long open = model.hintsIn(a).stream().filter(h -> !h.dismissed()).count();
                setText(a.label() + (open > 0 ? "  ●" + open : ""));
                if (open > 0) {
                    getStyleClass().add("article-with-hints");
                }
            }
        });
        articleList.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now != model.selectedArticleProperty().get()) {
                model.selectedArticleProperty().set(now);
            }
        });
        model.selectedArticleProperty().addListener((obs, was, now) -> {
            articleList.getSelectionModel().select(now);
            if (now != null) {
                articleList.scrollTo(now);
            }
            showArticle(now);
        });
        model.hints().addListener((javafx.collections.ListChangeListener<HintView>) c -> {
            articleList.refresh();
            showArticle(model.selectedArticleProperty().get());
        });
        articleList.setPrefWidth(130);
        articleList.setMinWidth(90);

        articleText.setId("articleText");
        articleText.getStyleClass().add("article-text");
        ScrollPane textScroll = new ScrollPane(articleText);
        textScroll.setFitToWidth(true);

        TableView<HintView> table = new TableView<>(model.hints());
        table.setId("hintTable");
        table.setPlaceholder(new Label(m.get("review.hints.noHits")));
        table.getColumns().add(column(m.get("review.hints.column.article"), 70, v -> v.hint().articleLabel()));
        table.getColumns().add(column(m.get("review.hints.column.category"), 110, v -> m.label(v.hint().category())));
        table.getColumns().add(column(m.get("review.hints.column.phrase"), 200, v -> v.hint().phrase()));
        table.getColumns().add(column(m.get("review.hints.column.rule"), 170,
                v -> v.hint().ruleTitle().in(m.locale())));
        table.getColumns().add(column(m.get("review.hints.column.status"), 200, model::status));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(HintView v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().remove("hint-dismissed");
                if (!empty && v != null && v.dismissed()) {
                    getStyleClass().add("hint-dismissed");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.select(now);
            }
        });
        model.selectedHintProperty().addListener((obs, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });

        Label detail = new Label();
        detail.setId("hintDetail");
        detail.setWrapText(true);
        detail.getStyleClass().add("hint-detail");
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the reason is read in full, never cut off
        detail.textProperty().bind(Bindings.createStringBinding(() -> model.detail(model.selectedHintProperty().get()),
                model.selectedHintProperty()));
        TextField reason = new TextField();
        reason.setId("dismissReason");
        reason.setPromptText(m.get("review.hints.dismiss.prompt"));
        reason.textProperty().bindBidirectional(model.dismissReasonProperty());
        Button dismiss = new Button(m.get("review.hints.dismiss"));
        dismiss.setId("dismissHintButton");
        dismiss.disableProperty().bind(model.busyProperty().or(model.selectedHintProperty().isNull())
                .or(Bindings.createBooleanBinding(() -> model.selectedHintProperty().get() != null
                        && model.selectedHintProperty().get().dismissed(), model.selectedHintProperty())));
        dismiss.setOnAction(e -> model.dismissSelected());
        HBox dismissRow = new HBox(6, reason, dismiss);
        HBox.setHgrow(reason, Priority.ALWAYS);
        Label feedback = new Label();
        feedback.setId("hintMessage");
        feedback.setWrapText(true);
        feedback.textProperty().bind(Bindings.when(model.errorProperty().isEmpty())
                .then(model.messageProperty()).otherwise(model.errorProperty()));
        model.errorProperty().addListener((obs, was, now) -> {
            feedback.getStyleClass().remove("hint-error");
            if (!now.isEmpty()) {
                feedback.getStyleClass().add("hint-error");
            }
        });
        VBox hintBox = new VBox(6, new Label(m.get("review.hints.hints")), table, detail, dismissRow, feedback);
        VBox.setVgrow(table, Priority.ALWAYS);
        hintBox.getStyleClass().add("hint-box");

        SplitPane textSplit = new SplitPane(articleList, textScroll);
        textSplit.setDividerPositions(0.18);
        SplitPane.setResizableWithParent(articleList, false);
        SplitPane main = new SplitPane(textSplit, hintBox);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.5);
        setCenter(main);
    }

    public DocumentTextModel model() {
        return model;
    }

    /** Where the import button takes its file from (a file chooser by default; tests give a fixed file). */
    public void setFileSource(Supplier<Path> fileSource) {
        this.fileSource = fileSource;
    }

    /** The article's text as runs: plain text, and each hint's phrase highlighted (dismissed ones muted). */
    private void showArticle(Article article) {
        List<Text> runs = new ArrayList<>();
        if (article != null) {
            String text = article.text();
            int at = 0;
            List<HintView> inArticle = new ArrayList<>(model.hintsIn(article));
            inArticle.sort(Comparator.comparingInt(v -> v.hint().start()));
            for (HintView v : inArticle) {
                Hint h = v.hint();
                int from = h.start() - article.start();
                int to = h.end() - article.start();
                if (from < at || to > text.length()) {
                    continue; // overlapping phrases of two rules: the first one is highlighted
                }
                runs.add(plain(text.substring(at, from)));
                Text phrase = new Text(text.substring(from, to));
                phrase.getStyleClass().addAll("article-run", v.dismissed() ? "hint-phrase-dismissed" : "hint-phrase");
                phrase.setId("phrase-" + h.ruleId().replace('.', '-') + "-" + h.articleNumber()); // a CSS id has no dots
                runs.add(phrase);
                at = to;
            }
            runs.add(plain(text.substring(at)));
        }
        articleText.getChildren().setAll(runs);
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("article-run");
        return t;
    }

    private static TableColumn<HintView, String> column(String title, double width,
                                                        java.util.function.Function<HintView, String> value) {
        TableColumn<HintView, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
