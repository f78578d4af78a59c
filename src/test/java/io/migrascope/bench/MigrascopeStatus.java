package io.migrascope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar migrascope.jar status} as a person runs it (the table, the tool detected), as a
 * script runs it ({@code --json}), and with the tool named ({@code --tool native}), which shows
 * what detection costs. All three read the same database.
 */
final class MigrascopeStatus implements Contender {
    private static final Map<String, List<String>> VARIANTS = variants();

    private static Map<String, List<String>> variants() {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("migrascope status", List.of());
        v.put("migrascope status --json", List.of("--json"));
        v.put("migrascope status --tool native", List.of("--tool", "native"));
        return v;
    }

    @Override
    public String id() {
        return "migrascope";
    }

    @Override
    public Prepared prepare(Corpus corpus, BenchServer server, BenchOptions options) throws Exception {
        BenchDatabase db = server.create("migrascope_" + corpus.size());
        try {
            AppliedSchema.create(db, corpus);
            NativeTrackingRows.populate(db, corpus);
            verifyAllApplied(statusCommand(options, db, corpus, List.of("--json")), corpus, options.workDir());
            List<Trial> trials = new ArrayList<>();
            VARIANTS.forEach((label, args) ->
                    trials.add(new Trial(label, corpus.size(), statusCommand(options, db, corpus, args))));
            return new Prepared(db, trials);
        } catch (Exception | Error e) {
            db.close();
            throw e;
        }
    }

    private static List<String> statusCommand(BenchOptions options, BenchDatabase db, Corpus corpus,
                                              List<String> args) {
        List<String> command = new ArrayList<>(List.of(ChildJava.executable(), "-jar", options.jar().toString(),
                "status", "--url", db.url(), "--dir", corpus.nativeDir().toString()));
        command.addAll(args);
        return command;
    }

    /**
     * The timings only mean something on the in-sync path: a generator or setup mistake would turn
     * every row into a finding and time the wrong thing. So the real CLI must say so first.
     */
    private static void verifyAllApplied(List<String> command, Corpus corpus, Path workDir) throws Exception {
        Path out = workDir.resolve("verify-status.json");
        Path err = workDir.resolve("verify-status.err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("status did not finish: " + command);
        }
        JsonNode doc = p.exitValue() <= 2 ? new ObjectMapper().readTree(out.toFile()) : null;
        Map<String, Integer> summary = new TreeMap<>();
        if (doc != null) {
            for (Map.Entry<String, JsonNode> e : doc.get("summary").properties()) {
                if (e.getValue().asInt() != 0) {
                    summary.put(e.getKey(), e.getValue().asInt());
                }
            }
        }
        boolean ok = p.exitValue() == 0 && summary.equals(Map.of("APPLIED", corpus.size()))
                && doc.get("migrations").size() == corpus.size();
        if (!ok) {
            throw new IllegalStateException("status on the generated data is not all-applied (exit " + p.exitValue()
                    + ", summary " + summary + "); see " + out + " and " + err + "\n" + Files.readString(err));
        }
        Bench.log("verified: status exits 0 with " + summary + " for N=" + corpus.size());
    }
}
