package io.migrascope.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migrascope.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs the real CLI in-process and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** {@code status --json} against a database and folder. */
    public static CliRun status(TestDatabase db, java.nio.file.Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("status", "--url", db.url(), "--dir", dir.toString(), "--json"));
        args.addAll(List.of(more));
        return of(args.toArray(String[]::new));
    }

    public static CliRun apply(TestDatabase db, java.nio.file.Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("apply", "--url", db.url(), "--dir", dir.toString(), "--yes"));
        args.addAll(List.of(more));
        return of(args.toArray(String[]::new));
    }

    public JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (Exception e) {
            throw new AssertionError("not JSON (exit " + exitCode + ", stderr: " + err + "):\n" + out, e);
        }
    }

    /** The state of one version in a {@code --json} document. */
    public String stateOf(String version) {
        for (JsonNode m : json().get("migrations")) {
            if (m.get("version").asText().equals(version)) {
                return m.get("state").asText();
            }
        }
        throw new AssertionError("no migration " + version + " in:\n" + out);
    }

    public List<String> findingCodes() {
        List<String> codes = new ArrayList<>();
        json().get("findings").forEach(f -> codes.add(f.get("code").asText()));
        return codes;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
    }
}
