package io.migrascope.core.action;

import java.util.List;

/**
 * Everything an action will do, shown before it runs: the target, each step with its exact SQL or
 * file operation, and what stops it from running (blockers). The confirmed preview is what runs.
 *
 * @param title    e.g. "Apply 3 migrations"
 * @param target   the database label ({@code host:port/db}) or folder the action writes to
 * @param steps    in execution order
 * @param blockers reasons the action cannot run; empty when it can
 */
public record Preview(String title, String target, List<Step> steps, List<String> blockers) {

    public Preview {
        steps = List.copyOf(steps);
        blockers = List.copyOf(blockers);
    }

    public boolean isRunnable() {
        return blockers.isEmpty();
    }

    /**
     * One step.
     *
     * @param description what it does, in words
     * @param text        the exact SQL (or file operation) it runs
     */
    public record Step(String description, String text) {
    }

    /** The preview as plain text, as the CLI prints it and the journal stores it. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("-- ").append(title).append(" on ").append(target).append('\n');
        for (String b : blockers) {
            sb.append("-- BLOCKED: ").append(b).append('\n');
        }
        for (Step step : steps) {
            sb.append('\n').append("-- ").append(step.description()).append('\n').append(step.text());
            if (!step.text().endsWith("\n")) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
