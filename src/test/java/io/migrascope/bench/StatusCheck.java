package io.migrascope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The timings only mean something on the in-sync path: a generator or setup mistake would turn
 * every row into a finding and time the wrong thing. So before timing, the real CLI's
 * {@code status --json} must exit 0, call all N migrations APPLIED and have detected the tool
 * the data was made for.
 */
final class StatusCheck {
    private StatusCheck() {
    }

    static void allApplied(BenchOptions options, String url, Path dir, int size, String tool) throws Exception {
        Path out = options.workDir().resolve("verify-status-" + tool + "-" + size + ".json");
        Path err = options.workDir().resolve("verify-status-" + tool + "-" + size + ".err");
        Files.createDirectories(options.workDir());
        Process p = new ProcessBuilder(MigrascopeJar.status(options, url, dir, List.of("--json")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("status --json did not finish in 15 minutes on " + dir);
        }
        JsonNode doc = p.exitValue() <= 2 ? new ObjectMapper().readTree(out.toFile()) : null;
        Map<String, Integer> summary = new TreeMap<>();
        String detected = doc == null ? null : doc.path("tool").asText(null);
        if (doc != null) {
            for (Map.Entry<String, JsonNode> e : doc.get("summary").properties()) {
                if (e.getValue().asInt() != 0) {
                    summary.put(e.getKey(), e.getValue().asInt());
                }
            }
        }
        boolean ok = p.exitValue() == 0 && summary.equals(Map.of("APPLIED", size))
                && doc.get("migrations").size() == size && tool.equals(detected);
        if (!ok) {
            throw new IllegalStateException("status on the generated " + tool + " data is not all-applied (exit "
                    + p.exitValue() + ", tool " + detected + ", summary " + summary + "); see " + out + " and "
                    + err + "\n" + Files.readString(err));
        }
        Bench.log("verified: status exits 0 with " + summary + ", tool " + detected + ", for N=" + size);
    }
}
