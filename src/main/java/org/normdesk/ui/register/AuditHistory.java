package org.normdesk.ui.register;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.normdesk.domain.audit.AuditEntry;
import org.normdesk.domain.cleanup.CampaignState;
import org.normdesk.domain.cleanup.CampaignTrigger;
import org.normdesk.domain.cleanup.Disposition;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.FilingState;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.RelationKind;
import org.normdesk.domain.review.text.Extraction;
import org.normdesk.service.audit.AuditChanges;
import org.normdesk.service.audit.AuditService;
import org.normdesk.service.i18n.Messages;
import org.normdesk.ui.common.Cells;
import org.normdesk.ui.common.Columns;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The audit history of one record (a document, a filing, a campaign): who, when, what, and each field before and
 * after. The rows are read off the FX thread ({@link #rows}); {@link #table} shows them the same way everywhere.
 */
public final class AuditHistory {
    private AuditHistory() {
    }

    /** Every entry of {@code entity} {@code id}, oldest first; {@code value} shows a stored field value. */
    public static List<AuditRow> rows(AuditService trail, Messages messages, String entity, long id,
                                      BiFunction<String, String, String> value) {
        if (trail == null) {
            return List.of();
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
        List<AuditRow> rows = new ArrayList<>();
        for (AuditEntry entry : trail.history(entity, id)) {
            List<String> lines = new ArrayList<>();
            for (AuditChanges.FieldChange change : AuditChanges.of(entry.beforeJson(), entry.afterJson())) {
                String was = value.apply(change.field(), change.before());
                String now = value.apply(change.field(), change.after());
                String moved = was.isEmpty() ? now : was + " → " + now;
                lines.add(change.field().isEmpty() ? moved
                        : messages.format("audit.change", label(messages, "audit.field.", change.field()), moved));
            }
            rows.add(new AuditRow(entry.seq(), time.format(entry.occurredAt()), entry.actor(),
                    label(messages, "audit.action.", entry.action()), String.join("\n", lines)));
        }
        return rows;
    }

    /** As above, showing the constant names the entity's entries store by their labels ({@link #shown}). */
    public static List<AuditRow> rows(AuditService trail, Messages messages, String entity, long id) {
        return rows(trail, messages, entity, id, (field, stored) -> shown(messages, entity, field, stored));
    }

    /**
     * A stored field value as a reader sees it: a constant name the entity stores in that field (a document's status,
     * a filing's state or channel, a campaign's decision) by its label, anything else as it is.
     */
    public static String shown(Messages messages, String entity, String field, String stored) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        Class<? extends Enum<?>> type = constants(entity).get(field);
        if (type != null) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(stored)) {
                    return messages.label(constant);
                }
            }
        }
        return stored;
    }

    /** The fields each audited entity stores constant names in, with the enum they name. */
    private static Map<String, Class<? extends Enum<?>>> constants(String entity) {
        return switch (entity) {
            case "document" -> Map.of("status", LifecycleStatus.class, "type", DocumentType.class,
                    "kind", RelationKind.class, "extraction", Extraction.class);
            case "filing" -> Map.of("state", FilingState.class, "channel", FilingChannel.class);
            case "campaign" -> Map.of("state", CampaignState.class, "decision", Disposition.class,
                    "trigger", CampaignTrigger.class);
            default -> Map.of();
        };
    }

    /** The message {@code prefix + name}; else the label of a decision named so (a campaign's totals); else the name. */
    private static String label(Messages messages, String prefix, String name) {
        String label = messages.get(prefix + name);
        if (!label.equals(prefix + name)) {
            return label;
        }
        for (Disposition decision : Disposition.values()) {
            if (decision.name().equals(name)) {
                return messages.label(decision);
            }
        }
        return name;
    }

    /** The table of an audit history, with the columns of the document detail's 审计记录 tab. */
    public static TableView<AuditRow> table(String id, Messages messages, ObservableList<AuditRow> rows) {
        TableView<AuditRow> table = new TableView<>(rows);
        table.setId(id);
        table.getStyleClass().add("audit-table");
        TableColumn<AuditRow, String> at = new TableColumn<>(messages.get("audit.column.at"));
        TableColumn<AuditRow, String> actor = new TableColumn<>(messages.get("audit.column.actor"));
        TableColumn<AuditRow, String> action = new TableColumn<>(messages.get("audit.column.action"));
        TableColumn<AuditRow, String> changes = new TableColumn<>(messages.get("audit.column.changes"));
        Cells.value(at, AuditRow::at);
        Cells.value(actor, AuditRow::actor);
        Cells.value(action, AuditRow::action);
        Cells.text(changes, AuditRow::changes);
        Columns.fitTo(at, List.of("0000-00-00 00:00:00"), 1.5);
        Columns.width(actor, 5);
        Columns.width(action, 6);
        Columns.width(changes, 20);
        table.getColumns().setAll(List.of(at, actor, action, changes));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label(messages.get("audit.empty"));
        empty.getStyleClass().add("placeholder-text");
        table.setPlaceholder(empty);
        return table;
    }
}
