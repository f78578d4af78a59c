package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code migrascope status --tool auto --json} says about a sample on a database. */
record SampleStatus(CliRun run) {

    static SampleStatus of(TestDatabase db, Path dir) {
        return new SampleStatus(CliRun.of("status", "--url", db.url(), "--dir", dir.toString(), "--tool", "auto",
                "--json"));
    }

    String tool() {
        return run.json().get("tool").asText();
    }

    int exitCode() {
        return run.exitCode();
    }

    /** Version to state, in the report's order. */
    Map<String, String> states() {
        Map<String, String> states = new LinkedHashMap<>();
        for (JsonNode m : run.json().get("migrations")) {
            states.put(m.get("version").asText(), m.get("state").asText());
        }
        return states;
    }

    List<String> findingCodes() {
        return run.findingCodes();
    }

    /** The codes of findings that are not INFO: the ones that make the exit code 2. */
    List<String> problemCodes() {
        List<String> codes = new ArrayList<>();
        run.json().get("findings").forEach(f -> {
            if (!f.get("severity").asText().equals("INFO")) {
                codes.add(f.get("code").asText());
            }
        });
        return codes;
    }

    /** The tool was detected, every one of {@code count} migrations is APPLIED, and status exits 0. */
    void assertInSync(String expectedTool, int count) {
        assertEquals(expectedTool, tool(), run.toString());
        Map<String, String> states = states();
        assertEquals(count, states.size(), "migrations in the report: " + states);
        assertTrue(states.values().stream().allMatch("APPLIED"::equals), "every migration APPLIED: " + states);
        assertEquals(List.of(), problemCodes(), run.toString());
        assertEquals(0, exitCode(), run.toString());
    }
}
