package io.migrascope.core.audit.compare;

import java.util.List;

/** The grid of migrations × environments, with how reading each environment went. */
public record Comparison(List<String> environments, List<ComparisonRow> rows, List<EnvironmentResult> results) {
    public Comparison {
        environments = List.copyOf(environments);
        rows = List.copyOf(rows);
        results = List.copyOf(results);
    }

    public List<ComparisonRow> differing() {
        return rows.stream().filter(ComparisonRow::differs).toList();
    }

    public boolean agrees() {
        return differing().isEmpty() && results.stream().allMatch(EnvironmentResult::ok);
    }

    public int indexOf(String environment) {
        int i = environments.indexOf(environment);
        if (i < 0) {
            throw new IllegalArgumentException("no environment named " + environment + "; known: " + environments);
        }
        return i;
    }
}
