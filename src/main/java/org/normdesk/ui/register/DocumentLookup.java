package org.normdesk.ui.register;

import javafx.collections.ObservableList;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The "which other document" list of a dialog about one document: looks up the documents a typed 文号 or the
 * title words name, without the dialog's own, in the background. An answer that a newer text has overtaken is
 * dropped; a blank text empties the list.
 */
final class DocumentLookup {
    private final RegisterService register;
    private final Messages messages;
    private final TaskRunner runner;
    private final long own;
    private final int limit;
    private final ObservableList<DocumentRow> found;
    private final Consumer<String> onFailure;
    private long generation;

    /**
     * @param own       the id of the dialog's document, never listed
     * @param found     the list filled with the answer
     * @param onFailure gets the sentence saying why a lookup failed
     */
    DocumentLookup(RegisterService register, Messages messages, TaskRunner runner, long own, int limit,
                   ObservableList<DocumentRow> found, Consumer<String> onFailure) {
        this.register = register;
        this.messages = messages;
        this.runner = runner;
        this.own = own;
        this.limit = limit;
        this.found = found;
        this.onFailure = onFailure;
    }

    void search(String text) {
        long request = ++generation;
        if (text == null || text.isBlank()) {
            found.clear();
            return;
        }
        DocumentQuery query = new DocumentQuery(text, Set.of(), Set.of(), null, null, limit);
        runner.run(messages.get("register.searching"), progress -> register.search(query).stream()
                        .filter(s -> s.id() != own)
                        .map(s -> DocumentRow.of(s, messages)).toList(),
                (List<DocumentRow> rows) -> {
                    if (request == generation) {
                        found.setAll(rows);
                    }
                },
                failure -> onFailure.accept(ErrorText.of(failure, messages)));
    }
}
