package org.normdesk.ui.filing;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.service.filing.MaterialInput;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The materials checklist of a package as the clerk ticks it: one line per {@link MaterialKind}, the
 * unit's required ones marked, each with an optional file (the scan or electronic copy).
 */
public final class MaterialsForm {
    private final List<Line> lines = new ArrayList<>();

    public MaterialsForm(Set<MaterialKind> required) {
        for (MaterialKind kind : MaterialKind.values()) {
            lines.add(new Line(kind, required.contains(kind)));
        }
    }

    public List<Line> lines() {
        return lines;
    }

    public Line line(MaterialKind kind) {
        return lines.get(kind.ordinal());
    }

    /** A file came with {@code kind}: it is then present, too. */
    public void attach(MaterialKind kind, Path file) {
        Line line = line(kind);
        line.file.set(file);
        line.present.set(file != null || line.present.get());
    }

    public void tick(Set<MaterialKind> kinds) {
        kinds.forEach(k -> line(k).present.set(true));
    }

    /** What the service is given: every line, a file only with a present material. */
    public List<MaterialInput> inputs() {
        List<MaterialInput> inputs = new ArrayList<>();
        for (Line line : lines) {
            inputs.add(new MaterialInput(line.kind, line.present.get(), line.present.get() ? line.file.get() : null));
        }
        return inputs;
    }

    /** Required materials not ticked, in checklist order. */
    public Set<MaterialKind> missingRequired() {
        Set<MaterialKind> missing = EnumSet.noneOf(MaterialKind.class);
        lines.stream().filter(l -> l.required && !l.present.get()).forEach(l -> missing.add(l.kind));
        return missing;
    }

    /** One checklist line. */
    public static final class Line {
        private final MaterialKind kind;
        private final boolean required;
        private final BooleanProperty present = new SimpleBooleanProperty(this, "present");
        private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");

        Line(MaterialKind kind, boolean required) {
            this.kind = kind;
            this.required = required;
            // a material that is not there has no file: unticking drops the attachment
            present.addListener((obs, was, now) -> {
                if (!now) {
                    file.set(null);
                }
            });
        }

        public MaterialKind kind() {
            return kind;
        }

        public boolean required() {
            return required;
        }

        public BooleanProperty presentProperty() {
            return present;
        }

        public ObjectProperty<Path> fileProperty() {
            return file;
        }
    }
}
