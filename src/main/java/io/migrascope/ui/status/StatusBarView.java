package io.migrascope.ui.status;

import io.migrascope.ui.task.RunningTask;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bar at the bottom of the main window; draws what {@link StatusViewModel} says. */
public final class StatusBarView extends HBox {
    private final Label taskText = new Label();
    private final ProgressBar taskProgress = new ProgressBar();
    private final Button cancel = new Button("Cancel");

    public StatusBarView(StatusViewModel model) {
        getStyleClass().add("app-status-bar");
        setId("status-bar");

        Label endpoint = value("status-endpoint");
        endpoint.textProperty().bind(model.endpointProperty());
        Label database = value("status-database");
        database.textProperty().bind(model.databaseProperty());
        Label role = value("status-role");
        role.textProperty().bind(model.roleProperty());
        Label tool = value("status-tool");
        tool.textProperty().bind(model.toolProperty());

        Label readOnly = new Label("READ-ONLY");
        readOnly.setId("status-read-only");
        readOnly.getStyleClass().add("read-only-badge");
        readOnly.visibleProperty().bind(model.readOnlyProperty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        readOnly.setTooltip(new Tooltip("PostgreSQL refuses writes in this session (default_transaction_read_only)."));

        Label lock = value("status-lock");
        lock.textProperty().bind(model.lockProperty());
        Tooltip lockTip = new Tooltip();
        lockTip.textProperty().bind(model.lockDetailProperty());
        lock.setTooltip(lockTip);
        model.lockHeldProperty().addListener((obs, was, held) -> {
            lock.getStyleClass().remove("lock-held");
            if (held) {
                lock.getStyleClass().add("lock-held");
            }
        });

        Label message = value("status-message");
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);

        taskText.setId("status-task");
        taskProgress.setPrefWidth(120);
        cancel.setId("status-cancel");
        cancel.setOnAction(e -> model.cancelCurrent());
        HBox task = new HBox(6, taskText, taskProgress, cancel);
        task.setAlignment(Pos.CENTER_RIGHT);
        task.visibleProperty().bind(model.currentTaskProperty().isNotNull());
        task.managedProperty().bind(task.visibleProperty());
        model.currentTaskProperty().addListener((obs, old, now) -> follow(now));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        getChildren().addAll(key("Server"), endpoint, key("Database"), database, key("Role"), role, key("Tool"), tool,
                readOnly, lock, message, spacer, task);
    }

    private void follow(RunningTask task) {
        taskText.textProperty().unbind();
        taskProgress.progressProperty().unbind();
        if (task != null) {
            taskText.textProperty().bind(Bindings.createStringBinding(
                    () -> task.message().get() == null || task.message().get().isEmpty() ? task.title()
                            : task.title() + ": " + task.message().get(), task.message()));
            taskProgress.progressProperty().bind(task.progress());
        }
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("status-key");
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }
}
