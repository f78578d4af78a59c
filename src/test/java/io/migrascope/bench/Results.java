package io.migrascope.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Samples per row, and the Markdown table of their medians. */
final class Results {
    /** size 0: a row that does not depend on N (the JVM floor). */
    record Row(String label, int size) {
    }

    private final Map<Row, List<Sample>> samples = new LinkedHashMap<>();

    void add(String label, int size, Sample sample) {
        samples.computeIfAbsent(new Row(label, size), r -> new ArrayList<>()).add(sample);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| command | N | runs | median wall (s) | wall min–max (s) | median max RSS (MiB) |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        samples.forEach((row, list) -> {
            double[] wall = list.stream().mapToDouble(Sample::wallSeconds).sorted().toArray();
            double[] rss = list.stream().mapToDouble(s -> s.maxRssKib() / 1024.0).sorted().toArray();
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f–%.2f | %.0f |%n", row.label(),
                    row.size() == 0 ? "—" : String.format(Locale.ROOT, "%,d", row.size()), list.size(),
                    median(wall), wall[0], wall[wall.length - 1], median(rss)));
        });
        return md.toString();
    }

    static double median(double[] sorted) {
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
