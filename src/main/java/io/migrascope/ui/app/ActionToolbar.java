package io.migrascope.ui.app;

import io.migrascope.core.model.ActionKind;
import io.migrascope.ui.findings.FindingsViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
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
            b.setOnAction(e -> run.accept(kind));
            items.add(explained(b, kind));
        }
        items.add(new Separator());
        Button recoverButton = new Button("Recover…", new Glyph("FontAwesome", FontAwesome.Glyph.LIFE_RING));
        recoverButton.setId("action-recover");
        recoverButton.disableProperty().bind(actions.recoverEnabled().not());
        recoverButton.setOnAction(e -> recover.run());
        Tooltip recoverTip = new Tooltip();
        recoverTip.textProperty().bind(Bindings.when(actions.recoverEnabled())
                .then("Walk through the selected migration's problem step by step")
                .otherwise("Select one migration that has a finding to walk through its recovery"));
        StackPane recoverHolder = new StackPane(recoverButton);
        recoverHolder.setId("action-holder-recover");
        Tooltip.install(recoverHolder, recoverTip);
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
        items.addAll(List.of(recoverHolder, journalButton, new Separator(), refreshButton));
        ToolBar bar = new ToolBar(items.toArray(javafx.scene.Node[]::new));
        bar.setId("action-toolbar");
        return bar;
    }

    /**
     * JavaFX shows no tooltip on a disabled control, and a greyed-out button that cannot say why is
     * a dead end. So the tooltip sits on a holder around the button, which stays enabled and receives
     * the hover; the reason reads the same whether the action is allowed or not.
     */
    static StackPane explained(Button button, ActionKind kind, GuardedActions actions) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(actions.reason(kind));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        StackPane holder = new StackPane(button);
        holder.setId("action-holder-" + kind.command());
        Tooltip.install(holder, tip);
        return holder;
    }

    private StackPane explained(Button button, ActionKind kind) {
        return explained(button, kind, actions);
    }

    /** The same actions for the table's rows. */
    ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (ActionKind kind : ORDER) {
            MenuItem item = new MenuItem(FindingsViewModel.label(kind), glyph(kind));
            item.setId("menu-" + kind.command());
            item.disableProperty().bind(actions.enabled(kind).not());
            // A menu item has no tooltip at all: a disabled one carries its reason in its text.
            item.textProperty().bind(Bindings.when(actions.enabled(kind)).then(FindingsViewModel.label(kind))
                    .otherwise(Bindings.concat(FindingsViewModel.label(kind), " — ", actions.reason(kind))));
            item.setMnemonicParsing(false);
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
