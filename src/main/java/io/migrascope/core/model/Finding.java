package io.migrascope.core.model;

import java.util.List;

/**
 * What the console tells the user about one problem.
 *
 * @param code     a stable code
 * @param severity how much it matters
 * @param versions the migration rows it concerns
 * @param message  one plain-words sentence naming the thing and what to do next
 * @param evidence the facts behind it, one per line
 * @param actions  the guarded actions that would resolve it
 */
public record Finding(
        FindingCode code,
        Severity severity,
        List<Version> versions,
        String message,
        List<String> evidence,
        List<ActionKind> actions) {

    public Finding {
        versions = List.copyOf(versions);
        evidence = List.copyOf(evidence);
        actions = List.copyOf(actions);
    }

    public static Finding of(FindingCode code, List<Version> versions, String message,
                             List<String> evidence, List<ActionKind> actions) {
        return new Finding(code, code.defaultSeverity(), versions, message, evidence, actions);
    }
}
