package io.migrascope.ui.migrations;

import java.util.List;
import java.util.Map;

/**
 * How the user left the table's columns: their order, widths and sort, by column id. Stored with
 * the window's other settings and put back on the next start.
 */
public record ColumnLayout(List<String> order, Map<String, Double> widths, List<SortKey> sort) {
    public ColumnLayout {
        order = order == null ? List.of() : List.copyOf(order);
        widths = widths == null ? Map.of() : Map.copyOf(widths);
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    public record SortKey(String column, boolean ascending) {
    }
}
