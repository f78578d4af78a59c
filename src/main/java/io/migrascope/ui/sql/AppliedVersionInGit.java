package io.migrascope.ui.sql;

import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.TrackedRow;
import io.migrascope.core.tool.ChecksumMatch;
import io.migrascope.core.tool.Checksums;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.FileText;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.nativeformat.NativeTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds the text a drifted file had when it was applied: inside a git work tree, the newest commit
 * of the file (following renames) whose checksum, by the tool's own rules, is the checksum the
 * tracking row stored. Runs on a background thread; anything that goes wrong (no git, not a work
 * tree, a tool that cannot judge a lone file) simply means "not found".
 */
final class AppliedVersionInGit {
    /** Enough history for any realistic edit; bounded so a file with thousands of commits stays quick. */
    private static final int MAX_COMMITS = 60;
    private static final long GIT_TIMEOUT_SECONDS = 20;

    /** A committed version of the file. */
    record Committed(String commit, String shortCommit, String date, String subject, String text) {
        String describe() {
            return "the file as applied, from commit " + shortCommit + " (" + date + ": " + subject + ")";
        }
    }

    private final MigrationTool tool;

    AppliedVersionInGit(MigrationTool tool) {
        this.tool = tool;
    }

    Optional<Committed> find(MigrationFile file, TrackedRow tracked) {
        if (tracked == null || tracked.checksum() == null) {
            return Optional.empty();
        }
        Path dir = file.path().getParent();
        try {
            if (!"true".equals(git(dir, "rev-parse", "--is-inside-work-tree").strip())) {
                return Optional.empty();
            }
            for (String[] c : commits(dir, file.path().getFileName().toString())) {
                byte[] bytes = gitBytes(dir, "show", c[0] + ":" + c[4]);
                if (bytes != null && matches(bytes, file, tracked)) {
                    Optional<String> text = FileText.decode(bytes);
                    if (text.isPresent()) {
                        return Optional.of(new Committed(c[0], c[1], c[2], c[3], text.get()));
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Each commit as {hash, short hash, date, subject, path at that commit (from the work tree's root)}. */
    private List<String[]> commits(Path dir, String fileName) throws IOException, InterruptedException {
        String log = git(dir, "log", "--follow", "-n", Integer.toString(MAX_COMMITS),
                "--format=%x1e%H%x1f%h%x1f%ad%x1f%s", "--date=short", "--name-only", "--", fileName);
        List<String[]> out = new ArrayList<>();
        for (String record : log.split("\u001e")) {
            String[] lines = record.strip().split("\n");
            if (lines.length < 2) {
                continue;
            }
            String[] head = lines[0].split("\u001f", 4);
            if (head.length == 4) {
                out.add(new String[] {head[0], head[1], head[2], head[3], lines[lines.length - 1].strip()});
            }
        }
        return out;
    }

    /**
     * Native files are checksummed over their bytes; any other tool is asked to scan the candidate
     * alone in a scratch folder and compare it with the row by its own rules.
     */
    private boolean matches(byte[] bytes, MigrationFile file, TrackedRow tracked) {
        if (NativeTool.ID.equals(tool.id())) {
            return Checksums.sha256(bytes).equals(tracked.checksum());
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("migrascope-applied-");
            Path candidate = scratch.resolve(file.file());
            Files.createDirectories(candidate.getParent());
            Files.write(candidate, bytes);
            FileScan scan = tool.scan(scratch);
            return scan.files().stream().filter(f -> f.file().equals(file.file())).findFirst()
                    .map(f -> tool.compare(f, tracked) == ChecksumMatch.SAME).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A scratch folder left in the temp directory harms nothing.
        }
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        byte[] out = gitBytes(dir, args);
        return out == null ? "" : new String(out, StandardCharsets.UTF_8);
    }

    /** The command's standard output, or null when git failed. */
    private static byte[] gitBytes(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return null;
        }
        return p.exitValue() == 0 ? out : null;
    }
}
