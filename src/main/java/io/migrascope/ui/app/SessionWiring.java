package io.migrascope.ui.app;

import io.migrascope.core.model.Report;
import io.migrascope.ui.findings.FindingsViewModel;
import io.migrascope.ui.migrations.MigrationTableViewModel;
import io.migrascope.ui.status.ConnectionFacts;
import io.migrascope.ui.status.StatusViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Keeps the feature view-models on the open session: a new report goes to the table, the findings
 * and the toolbar; read-only and the connection facts go to the toolbar, findings, status bar and
 * banner. Following another session first lets go of the previous one.
 */
final class SessionWiring {
    private final MigrationTableViewModel table;
    private final FindingsViewModel findings;
    private final GuardedActions actions;
    private final StatusViewModel status;
    private final ProductionBanner banner;
    private final List<Runnable> release = new ArrayList<>();

    SessionWiring(MigrationTableViewModel table, FindingsViewModel findings, GuardedActions actions,
                  StatusViewModel status, ProductionBanner banner) {
        this.table = table;
        this.findings = findings;
        this.actions = actions;
        this.status = status;
        this.banner = banner;
    }

    void follow(ConsoleSession session, StringProperty message) {
        release.forEach(Runnable::run);
        release.clear();
        if (session == null) {
            showReport(null, null);
            // Nothing is open: nothing to write to, and nothing to call read-only either.
            readOnly(false);
            status.factsProperty().set(null);
            banner.setVisible(false);
            return;
        }
        on(session.report(), report -> showReport(session, report));
        on(session.readOnly(), this::readOnly);
        on(session.facts(), (ConnectionFacts f) -> status.factsProperty().set(f));
        on(session.unlocked(), unlocked -> banner.unlockedProperty().set(unlocked));
        on(session.problem(), problem -> {
            if (!problem.isEmpty()) {
                message.set(problem);
            }
        });
        banner.setVisible(session.profile().isProduction());
        message.set("Opened " + session.profile().label() + ".");
    }

    private void showReport(ConsoleSession session, Report report) {
        table.setReport(report);
        findings.setReport(report);
        actions.setReport(report, session == null ? null : session.audit(),
                session == null ? null : session.database().spec().database());
    }

    private void readOnly(boolean readOnly) {
        actions.setReadOnly(readOnly);
        findings.writableProperty().set(!readOnly);
        status.readOnlyProperty().set(readOnly);
    }

    /** Applies the current value now and every change later, until the next {@link #follow}. */
    private <T> void on(ObservableValue<T> value, java.util.function.Consumer<T> apply) {
        ChangeListener<T> listener = (obs, old, now) -> apply.accept(now);
        value.addListener(listener);
        release.add(() -> value.removeListener(listener));
        apply.accept(value.getValue());
    }
}
