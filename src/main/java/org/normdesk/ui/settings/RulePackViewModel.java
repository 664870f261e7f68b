package org.normdesk.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.review.hints.RulePackService;
import org.normdesk.service.review.hints.RulePackService.PackInfo;
import org.normdesk.ui.common.ErrorText;
import org.normdesk.ui.task.TaskRunner;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * 审查提示规则包: the pack in use, a bureau's own pack file checked (name, version, rule count) before it is
 * activated, and the way back to the shipped pack. A pack with a mistake names file and line and changes nothing.
 */
public final class RulePackViewModel {
    private final RulePackService packs;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<String> notifier;

    private final StringProperty path = new SimpleStringProperty(this, "path", "");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper(this, "formMessage", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper(this, "checked");
    private final ReadOnlyBooleanWrapper shipped = new ReadOnlyBooleanWrapper(this, "shipped", true);

    public RulePackViewModel(RulePackService packs, Messages messages, TaskRunner runner, Consumer<String> notifier) {
        this.packs = packs;
        this.messages = messages;
        this.runner = runner;
        this.notifier = notifier;
        path.addListener((obs, old, now) -> {
            checked.set(false);
            preview.set("");
            formError.set("");
            formMessage.set("");
        });
    }

    public void load() {
        run("settings.rules.loading", packs::current, this::showCurrent);
    }

    /** Checks the chosen file with the loader and shows what it holds; nothing is activated yet. */
    public void check() {
        Path file = chosen();
        if (file == null) {
            return;
        }
        run("settings.rules.checking", () -> packs.check(file), info -> {
            preview.set(describe(info));
            checked.set(true);
        });
    }

    /** Copies the checked pack into the data folder and uses it from now on. */
    public void install() {
        Path file = chosen();
        if (file == null) {
            return;
        }
        run("settings.rules.installing", () -> packs.install(file), info -> {
            showCurrent(packs.current());
            checked.set(false);
            String done = messages.format("settings.rules.installed", info.id(), info.version(), info.ruleCount());
            formMessage.set(done);
            notifier.accept(done);
        });
    }

    /** Back to the pack shipped with the app. */
    public void useShipped() {
        run("settings.rules.installing", packs::useShipped, info -> {
            showCurrent(info);
            String done = messages.format("settings.rules.shippedAgain", info.id(), info.version());
            formMessage.set(done);
            notifier.accept(done);
        });
    }

    private Path chosen() {
        String text = path.get() == null ? "" : path.get().strip();
        if (text.isEmpty()) {
            formError.set(messages.get("settings.rules.noFile"));
            return null;
        }
        return Path.of(text);
    }

    private void showCurrent(PackInfo info) {
        current.set(messages.format(info.shipped() ? "settings.rules.current.shipped" : "settings.rules.current.own",
                info.id(), info.version(), info.ruleCount()));
        shipped.set(info.shipped());
    }

    private String describe(PackInfo info) {
        return messages.format("settings.rules.preview", info.id(), info.version(), info.ruleCount());
    }

    private interface Work<T> {
        T get() throws Exception;
    }

    private <T> void run(String key, Work<T> work, Consumer<T> done) {
        formMessage.set("");
        formError.set("");
        busy.set(true);
        runner.run(messages.get(key), progress -> work.get(), result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            checked.set(false);
            formError.set(ErrorText.of(failure, messages));
        });
    }

    public StringProperty pathProperty() {
        return path;
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty shippedProperty() {
        return shipped.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
