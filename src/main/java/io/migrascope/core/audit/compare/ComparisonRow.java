package io.migrascope.core.audit.compare;

import java.util.List;

/**
 * One migration across the environments, cells in the order of {@link Comparison#environments()}.
 *
 * @param version  the version as the folder writes it
 * @param name     the migration's name
 * @param cells    one per environment
 * @param differs  whether the environments disagree (state or stored checksum), unreadable ones aside
 */
public record ComparisonRow(String version, String name, List<Cell> cells, boolean differs) {
    public ComparisonRow {
        cells = List.copyOf(cells);
    }
}
