package io.migrascope.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/** Samples per row, and the Markdown table of their medians. */
final class Results {
    /** size 0: a row that does not depend on N (the JVM floor). */
    record Row(String label, int size) {
    }

    private final Map<Row, List<Sample>> samples = new LinkedHashMap<>();
    private final Map<Row, Integer> redone = new LinkedHashMap<>();
    private final Map<Row, Integer> keptNoisy = new LinkedHashMap<>();

    void add(String label, int size, Sample sample, double maxOtherCores) {
        Row row = new Row(label, size);
        samples.computeIfAbsent(row, r -> new ArrayList<>()).add(sample);
        if (sample.noisy(maxOtherCores)) {
            keptNoisy.merge(row, 1, Integer::sum);
        }
    }

    void redone(String label, int size) {
        redone.merge(new Row(label, size), 1, Integer::sum);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| command | N | runs | median wall (s) | wall min–max (s) | median CPU user+sys (s)"
                + " | median max RSS (MiB) | other CPU in a kept run, max (s; PostgreSQL left out) | noisy runs redone"
                + " | noisy runs kept |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        samples.forEach((row, list) -> {
            double[] wall = list.stream().mapToDouble(Sample::wallSeconds).sorted().toArray();
            double[] cpu = list.stream().mapToDouble(Sample::cpuSeconds).sorted().toArray();
            double[] rss = list.stream().mapToDouble(s -> s.maxRssKib() / 1024.0).sorted().toArray();
            double other = list.stream().mapToDouble(Sample::otherCpuSeconds).max().orElse(0);
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f–%.2f | %.2f | %.0f | %.2f | %d | %d |%n",
                    row.label(), row.size() == 0 ? "—" : String.format(Locale.ROOT, "%,d", row.size()), list.size(),
                    median(wall), wall[0], wall[wall.length - 1], median(cpu), median(rss), other,
                    redone.getOrDefault(row, 0), keptNoisy.getOrDefault(row, 0)));
        });
        return md.toString();
    }

    /** The median wall seconds of a row, if it ran. */
    OptionalDouble medianWall(String label, int size) {
        return median(label, size, Sample::wallSeconds);
    }

    /** The median peak RSS of a row in MiB, if it ran. */
    OptionalDouble medianRssMib(String label, int size) {
        return median(label, size, s -> s.maxRssKib() / 1024.0);
    }

    private OptionalDouble median(String label, int size, ToDoubleFunction<Sample> value) {
        List<Sample> list = samples.get(new Row(label, size));
        return list == null || list.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(median(list.stream().mapToDouble(value).sorted().toArray()));
    }

    static double median(double[] sorted) {
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
