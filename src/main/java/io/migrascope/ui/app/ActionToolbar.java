package io.migrascope.ui.app;

import io.migrascope.core.model.ActionKind;
import io.migrascope.ui.findings.FindingsViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Separator;
import org.controlsfx.glyphfont.FontAwesome;
import org.controlsfx.glyphfont.Glyph;

/**
 * The guarded actions as toolbar buttons and as the table's context menu; both are enabled exactly
 * when {@link GuardedActions} says the planner would let the action run.
 */
final class ActionToolbar {
    /** The toolbar's order; the glyph of each. */
    private static final List<ActionKind> ORDER = List.of(ActionKind.APPLY, ActionKind.MARK_APPLIED,
            ActionKind.MARK_ROLLED_BACK, ActionKind.SYNC, ActionKind.DELETE_TRACKING_ROW, ActionKind.REALIGN_CHECKSUM,
            ActionKind.RENUMBER_FILE);
    private final GuardedActions actions;
    private final Consumer<ActionKind> run;
    private final Runnable recover;
    private final Runnable journal;
    private final Runnable refresh;

    ActionToolbar(GuardedActions actions, Consumer<ActionKind> run, Runnable recover, Runnable journal, Runnable refresh) {
        this.actions = actions;
        this.run = run;
        this.recover = recover;
        this.journal = journal;
        this.refresh = refresh;
    }

    ToolBar toolBar() {
        List<javafx.scene.Node> items = new ArrayList<>();
        for (ActionKind kind : ORDER) {
            Button b = new Button(FindingsViewModel.label(kind), glyph(kind));
            b.setId("action-" + kind.command());
            b.disableProperty().bind(actions.enabled(kind).not());
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(actions.reason(kind));
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            b.setTooltip(tip);
            b.setOnAction(e -> run.accept(kind));
            items.add(b);
        }
        items.add(new Separator());
        Button recoverButton = new Button("Recover…", new Glyph("FontAwesome", FontAwesome.Glyph.LIFE_RING));
        recoverButton.setId("action-recover");
        recoverButton.disableProperty().bind(actions.recoverEnabled().not());
        recoverButton.setTooltip(new Tooltip("Walk through the selected migration's problem step by step"));
        recoverButton.setOnAction(e -> recover.run());
        Button journalButton = new Button("Journal…", new Glyph("FontAwesome", FontAwesome.Glyph.HISTORY));
        journalButton.setId("action-journal");
        journalButton.disableProperty().bind(actions.sessionOpen().not());
        journalButton.setTooltip(new Tooltip("Every change Migrascope made, with undo"));
        journalButton.setOnAction(e -> journal.run());
        Button refreshButton = new Button("Refresh", new Glyph("FontAwesome", FontAwesome.Glyph.REFRESH));
        refreshButton.setId("action-refresh");
        refreshButton.disableProperty().bind(actions.sessionOpen().not());
        refreshButton.setTooltip(new Tooltip("Read the folder and the database again (F5)"));
        refreshButton.setOnAction(e -> refresh.run());
        items.addAll(List.of(recoverButton, journalButton, new Separator(), refreshButton));
        ToolBar bar = new ToolBar(items.toArray(javafx.scene.Node[]::new));
        bar.setId("action-toolbar");
        return bar;
    }

    /** The same actions for the table's rows. */
    ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (ActionKind kind : ORDER) {
            MenuItem item = new MenuItem(FindingsViewModel.label(kind), glyph(kind));
            item.setId("menu-" + kind.command());
            item.disableProperty().bind(actions.enabled(kind).not());
            item.setOnAction(e -> run.accept(kind));
            menu.getItems().add(item);
        }
        MenuItem recoverItem = new MenuItem("Recover…");
        recoverItem.setId("menu-recover");
        recoverItem.disableProperty().bind(actions.recoverEnabled().not());
        recoverItem.setOnAction(e -> recover.run());
        menu.getItems().addAll(new SeparatorMenuItem(), recoverItem);
        return menu;
    }

    static Glyph glyph(ActionKind kind) {
        FontAwesome.Glyph g = switch (kind) {
            case APPLY -> FontAwesome.Glyph.PLAY;
            case MARK_APPLIED -> FontAwesome.Glyph.CHECK_SQUARE;
            case MARK_ROLLED_BACK -> FontAwesome.Glyph.UNDO;
            case SYNC -> FontAwesome.Glyph.DATABASE;
            case DELETE_TRACKING_ROW -> FontAwesome.Glyph.TRASH;
            case REALIGN_CHECKSUM -> FontAwesome.Glyph.MAGIC;
            case RENUMBER_FILE -> FontAwesome.Glyph.SORT_NUMERIC_ASC;
        };
        return new Glyph("FontAwesome", g);
    }
}
