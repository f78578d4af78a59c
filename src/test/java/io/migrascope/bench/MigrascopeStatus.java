package io.migrascope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** {@code java -jar migrascope.jar status}, the table a person reads, or the {@code --json} document. */
final class MigrascopeStatus implements Contender {
    private final boolean json;

    MigrascopeStatus(boolean json) {
        this.json = json;
    }

    @Override
    public String id() {
        return "migrascope";
    }

    @Override
    public String label() {
        return json ? "migrascope status --json" : "migrascope status";
    }

    @Override
    public Trial prepare(Corpus corpus, BenchServer server, BenchOptions options) throws Exception {
        BenchDatabase db = server.create("migrascope_" + corpus.size());
        try {
            NativeTrackingRows.populate(db, corpus);
            verifyAllApplied(statusCommand(options, db, corpus, true), corpus, options.workDir());
            return new Trial(label(), corpus.size(), statusCommand(options, db, corpus, json), db);
        } catch (Exception | Error e) {
            db.close();
            throw e;
        }
    }

    private static List<String> statusCommand(BenchOptions options, BenchDatabase db, Corpus corpus, boolean json) {
        List<String> command = new ArrayList<>(List.of(ChildJava.executable(), "-jar", options.jar().toString(),
                "status", "--url", db.url(), "--dir", corpus.nativeDir().toString()));
        if (json) {
            command.add("--json");
        }
        return command;
    }

    /**
     * The timings only mean something on the in-sync path: a generator or COPY mistake would turn
     * every row into a drift finding and time the wrong thing. So the real CLI must say so first.
     */
    private static void verifyAllApplied(List<String> command, Corpus corpus, Path workDir) throws Exception {
        Path out = workDir.resolve("verify-status.json");
        Path err = workDir.resolve("verify-status.err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("status did not finish: " + command);
        }
        JsonNode doc = p.exitValue() == 0 || p.exitValue() == 1 || p.exitValue() == 2
                ? new ObjectMapper().readTree(out.toFile()) : null;
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
