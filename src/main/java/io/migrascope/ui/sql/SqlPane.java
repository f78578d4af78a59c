package io.migrascope.ui.sql;

import io.migrascope.core.model.MigrationRow;
import io.migrascope.ui.ConsoleContext;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The SQL pane: the selected row's file highlighted; both halves of what a tool runs and the whole
 * file; a tab per file of a duplicate version; what a tracking row stored for a missing file; and
 * for drift, the side-by-side comparison with its verdict. Only draws what {@link SqlPaneModel} read.
 */
public final class SqlPane {
    private final SqlPaneModel model;
    private final BorderPane root = new BorderPane();
    private final Label heading = new Label();

    public SqlPane(ConsoleContext context) {
        this.model = new SqlPaneModel(context);
        heading.setWrapText(true);
        heading.setId("sql-pane-heading");
        heading.getStyleClass().add("sql-pane-heading");
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("sql-pane-busy");
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(model.loading());
        HBox top = new HBox(8, heading, busy);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(heading, Priority.ALWAYS);
        top.getStyleClass().add("sql-pane-top");
        root.setTop(top);
        root.getStyleClass().add("sql-pane");
        root.setId("sql-pane");
        render(model.content().get());
        model.content().addListener((obs, old, now) -> render(now));
    }

    public Node node() {
        return root;
    }

    public SqlPaneModel model() {
        return model;
    }

    public void show(MigrationRow row) {
        model.show(row);
    }

    private void render(RowSql content) {
        heading.setText(content.heading());
        if (content instanceof RowSql.Documents d) {
            root.setCenter(documents(d));
        } else if (content instanceof RowSql.Drift d) {
            root.setCenter(new DiffView(d.comparison()).node());
        } else {
            Region empty = new Region();
            empty.getStyleClass().add("sql-pane-empty");
            root.setCenter(empty);
        }
    }

    private static Node documents(RowSql.Documents d) {
        if (d.documents().size() == 1) {
            SqlCodeView view = new SqlCodeView();
            view.show(d.documents().get(0));
            return view.node();
        }
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("sql-pane-tabs");
        for (SqlDocument doc : d.documents()) {
            SqlCodeView view = new SqlCodeView();
            view.show(doc);
            tabs.getTabs().add(new Tab(doc.title(), view.node()));
        }
        return tabs;
    }
}
