package io.migrascope.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seed walked with the real CLI, in-process, the way support staff would type it: each command
 * and what it printed are kept as a transcript (in {@code target/seed-transcripts/}), with the test
 * database's URL and the temporary folder replaced by the names a reader would use.
 */
final class CliWalk implements AutoCloseable {
    static final Path TRANSCRIPTS = Path.of("target", "seed-transcripts");
    private static final Pattern LISTED = Pattern.compile("^  (\\d+)\\. (\\S+)(?: (\\S+))? — (.*)$", Pattern.MULTILINE);
    private final TestDatabase db;
    private final Path dir;
    private final String folderName;
    private final List<String> toolArgs;
    private final StringBuilder transcript = new StringBuilder();
    private String name;

    /**
     * @param folderName what the transcript calls the folder (the project folder, as the user would
     *                   pass it)
     * @param toolArgs   e.g. {@code --tool prisma}, or nothing for auto-detection
     */
    CliWalk(TestDatabase db, Path dir, String folderName, String... toolArgs) {
        this.db = db;
        this.dir = dir;
        this.folderName = folderName;
        this.toolArgs = List.of(toolArgs);
    }

    /** One listed problem of {@code recover}: its number, code, version and message. */
    record Listed(int number, String code, String version, String message) {
    }

    /** {@code migrascope <command> [sub] --url … --dir … <more>}; kept in the transcript. */
    CliRun run(String command, String... more) {
        List<String> args = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        args.add(command);
        shown.add(command);
        int i = 0;
        // A subcommand (repair sync, …) comes before the options.
        if (more.length > 0 && !more[0].startsWith("--")) {
            args.add(more[0]);
            shown.add(more[0]);
            i = 1;
        }
        args.addAll(List.of("--url", db.url(), "--dir", dir.toString()));
        shown.addAll(List.of("--dir", folderName));
        args.addAll(toolArgs);
        shown.addAll(toolArgs);
        for (; i < more.length; i++) {
            args.add(more[i]);
            shown.add(more[i]);
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        transcript.append("$ migrascope ").append(String.join(" ", shown.stream().map(CliWalk::quoted).toList()))
                .append('\n');
        transcript.append(clean(run.out()));
        if (!run.err().isBlank()) {
            transcript.append(clean(run.err()));
        }
        transcript.append("[exit ").append(run.exitCode()).append("]\n\n");
        return run;
    }

    private static String quoted(String arg) {
        return arg.matches("[A-Za-z0-9_./:=@%+-]+") ? arg : "\"" + arg.replace("\"", "\\\"") + "\"";
    }

    /** A note in the transcript (a step done by hand, or another tool's output). */
    CliWalk note(String text) {
        transcript.append(clean(text).strip()).append("\n\n");
        return this;
    }

    Path dir() {
        return dir;
    }

    CliRun status() {
        return run("status");
    }

    CliRun recover() {
        return run("recover");
    }

    /** {@code recover} lists the problems; the one with this code (and version, when given). */
    Listed find(CliRun list, String code, String version) {
        for (Listed l : listed(list)) {
            if (l.code().equals(code) && (version == null || version.equals(l.version()))) {
                return l;
            }
        }
        throw new AssertionError("recover lists no " + code + (version == null ? "" : " " + version) + ":\n" + list);
    }

    static List<Listed> listed(CliRun list) {
        List<Listed> out = new ArrayList<>();
        Matcher m = LISTED.matcher(list.out());
        while (m.find()) {
            out.add(new Listed(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4)));
        }
        return out;
    }

    CliRun guide(Listed problem) {
        return run("recover", "--finding", String.valueOf(problem.number()));
    }

    CliRun carryOut(Listed problem, int option, String reason) {
        return run("recover", "--finding", String.valueOf(problem.number()), "--option", String.valueOf(option),
                "--yes", "--reason", reason);
    }

    /** The lines printed under "By hand:" for option {@code option} of a guide (the idempotent rewrite). */
    static String byHand(CliRun guide, int option) {
        List<String> lines = guide.out().lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("  " + option + ". ")) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            throw new AssertionError("no option " + option + " in:\n" + guide.out());
        }
        StringBuilder text = new StringBuilder();
        boolean in = false;
        for (int i = at + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.equals("     By hand:")) {
                in = true;
                continue;
            }
            if (in) {
                if (!l.startsWith("       ") && !l.isEmpty()) {
                    break;
                }
                text.append(l.length() >= 7 ? l.substring(7) : "").append('\n');
            } else if (l.matches("^  \\d+\\. .*") || !l.startsWith("  ")) {
                break;
            }
        }
        return text.toString().stripTrailing() + "\n";
    }

    static void assertExit(int expected, CliRun run) {
        assertEquals(expected, run.exitCode(), run.toString());
    }

    /** The transcript is written to {@code target/seed-transcripts/<name>.txt} on close, passed or not. */
    CliWalk savedAs(String transcriptName) {
        this.name = transcriptName;
        return this;
    }

    @Override
    public void close() {
        if (name != null) {
            save(name);
        }
    }

    /** Writes the transcript to {@code target/seed-transcripts/<name>.txt}. */
    void save(String name) {
        try {
            Files.createDirectories(TRANSCRIPTS);
            Files.writeString(TRANSCRIPTS.resolve(name + ".txt"), transcript.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String transcript() {
        return transcript.toString();
    }

    /** The temporary folder and database as a reader would name them. */
    private String clean(String text) {
        String out = text.replace(db.url(), "$DATABASE_URL");
        out = out.replace(dir.toAbsolutePath().toString() + "/", folderName + "/").replace(dir.toAbsolutePath().toString(),
                folderName);
        out = out.replace(db.name(), "app");
        return out.replaceAll("(localhost|127\\.0\\.0\\.1):\\d+", "localhost:5432");
    }
}
