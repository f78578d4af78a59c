package io.migrascope.core.tool.nodepgmigrate;

import io.migrascope.core.model.TrackedRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * node-pg-migrate's order check (src/runner.ts, checkOrder) for untracked files: the tool compares
 * the run rows ({@code ORDER BY run_on, id}) with the sorted files position by position and stops
 * at the first difference with "Not run migration X is preceding already run migration Y". For a
 * file that is not run, Y is the first row, in run order, whose migration sorts after the file.
 * Built once per tracking read, so each file is answered with one binary search.
 */
final class RunOrder {
    private final String[] sortedNames;
    /** For each position in {@link #sortedNames}, the run-order index of the earliest-run row at or after it. */
    private final int[] earliestRunFrom;
    private final List<String> runNames;

    RunOrder(List<TrackedRow> rowsInRunOrder) {
        runNames = rowsInRunOrder.stream().map(r -> r.version().text()).toList();
        Integer[] byName = new Integer[runNames.size()];
        for (int i = 0; i < byName.length; i++) {
            byName[i] = i;
        }
        Arrays.sort(byName, Comparator.comparing(runNames::get, NodePgMigrateOrder.INSTANCE));
        sortedNames = new String[byName.length];
        earliestRunFrom = new int[byName.length];
        int earliest = Integer.MAX_VALUE;
        for (int i = byName.length - 1; i >= 0; i--) {
            sortedNames[i] = runNames.get(byName[i]);
            earliest = Math.min(earliest, byName[i]);
            earliestRunFrom[i] = earliest;
        }
    }

    /** The tool's refusal for an untracked migration, or empty when every run one sorts before it. */
    Optional<String> refusal(String notRunName) {
        int first = firstAfter(notRunName);
        if (first >= sortedNames.length) {
            return Optional.empty();
        }
        return Optional.of(message(notRunName, runNames.get(earliestRunFrom[first])));
    }

    static String message(String notRun, String alreadyRun) {
        return "Not run migration " + notRun + " is preceding already run migration " + alreadyRun;
    }

    private int firstAfter(String name) {
        int lo = 0;
        int hi = sortedNames.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (NodePgMigrateOrder.INSTANCE.compare(sortedNames[mid], name) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The first position where the run rows and the files differ, exactly as checkOrder walks
     * them, or empty when the check passes.
     *
     * @param fileNamesInToolOrder the migration names of the files, in node-pg-migrate's order
     */
    static Optional<Mismatch> firstMismatch(List<String> runNamesInRunOrder, List<String> fileNamesInToolOrder) {
        int len = Math.min(runNamesInRunOrder.size(), fileNamesInToolOrder.size());
        for (int i = 0; i < len; i++) {
            if (!runNamesInRunOrder.get(i).equals(fileNamesInToolOrder.get(i))) {
                return Optional.of(new Mismatch(i, fileNamesInToolOrder.get(i), runNamesInRunOrder.get(i)));
            }
        }
        return Optional.empty();
    }

    /** Where checkOrder stops: the file at {@code position} and the run row at the same position. */
    record Mismatch(int position, String file, String run) {
        String message() {
            return RunOrder.message(file, run);
        }
    }

    static List<String> names(List<TrackedRow> rows) {
        List<String> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.version().text()));
        return out;
    }
}
