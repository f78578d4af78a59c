package io.migrascope.samples;

import io.migrascope.core.tool.Tools;
import io.migrascope.testing.CliRun;
import io.migrascope.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs the CLI's actions with {@code --dry-run} on a copy of one sample and keeps what
 * docs/formats.md must quote, by title. Paths inside the copy are written as
 * {@code migrations-sample/...}, the way the doc shows them.
 */
final class DocScenario {
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final String tool;
    private final Path work;
    private final Path dir;
    private final Map<String, String> quotes = new LinkedHashMap<>();

    DocScenario(String tool, Path work, Path dir) {
        this.tool = tool;
        this.work = work;
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Map<String, String> quotes() {
        return quotes;
    }

    /** A command with {@code --url}, {@code --dir} and {@code --tool} added. */
    CliRun cli(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.url(), "--dir", dir.toString(), "--tool", tool));
        return CliRun.of(all.toArray(String[]::new));
    }

    /** Runs a repair for real; fails the test when it is refused. */
    void repair(TestDatabase db, String kind, String version) {
        CliRun run = cli(db, "repair", kind, "--version", version, "--yes", "--reason", "docs/formats.md scenario");
        if (!run.out().contains("journal entry")) {
            throw new AssertionError("repair " + kind + " " + version + " was refused:\n" + run);
        }
    }

    void apply(TestDatabase db) {
        CliRun run = cli(db, "apply", "--yes");
        if (!run.out().contains("Applied ")) {
            throw new AssertionError("apply failed:\n" + run);
        }
    }

    /** The statements a repair would write, or its refusal. */
    void quoteRepair(String title, TestDatabase db, String kind, String version) {
        CliRun run = cli(db, "repair", kind, "--version", version, "--dry-run");
        put(title, run.out().contains("-- BLOCKED: ") ? Preview.blockers(run)
                : Preview.repairStatements(run, createSql(db)));
    }

    /** What apply writes after the last file of the folder, and any refusal. */
    void quoteApply(String title, TestDatabase db) {
        CliRun run = cli(db, "apply", "--dry-run");
        String table = Tools.byId(tool).orElseThrow().writer(schema(), db.name()).qualifiedTable();
        String record = Preview.applyRecord(run, table);
        String blockers = run.out().contains("-- BLOCKED: ") ? Preview.blockers(run) : "";
        put(title, String.join("\n", java.util.stream.Stream.of(blockers, record).filter(q -> !q.isEmpty()).toList()));
    }

    /** The file renumber would rename, or its refusal. */
    void quoteRenumber(String title, TestDatabase db, String version, String file) {
        CliRun run = cli(db, "repair", "renumber", "--version", version, "--file", file, "--dry-run");
        if (run.out().contains("-- BLOCKED: ")) {
            put(title, Preview.blockers(run));
            return;
        }
        String move = run.out().lines().filter(l -> l.startsWith("mv ") || l.startsWith("git mv ")).findFirst()
                .orElseThrow(() -> new AssertionError("no rename in:\n" + run));
        put(title, move.replace(work.toString() + "/", "migrations-sample/"));
    }

    /** Row ids the server generated differ on every run; the doc shows them as {@code <id>}. */
    private void put(String title, String quote) {
        quotes.put(title, UUID.matcher(quote).replaceAll("<id>"));
    }

    private List<String> createSql(TestDatabase db) {
        return Tools.byId(tool).orElseThrow().writer(schema(), db.name()).createSql();
    }

    private String schema() {
        return Tools.byId(tool).orElseThrow().defaultSchema();
    }
}
