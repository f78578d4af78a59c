package io.migrascope.core.action;

import io.migrascope.core.journal.JournalEntry.FileMove;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renames migration files: {@code git mv} inside a git work tree for a file git tracks (so the
 * history follows the file, as seed 002's procedure does by hand), a plain move otherwise.
 */
final class FileMoves {
    private FileMoves() {
    }

    /** Whether {@code file} is tracked by git in a work tree (then it is moved with {@code git mv}). */
    static boolean trackedByGit(Path file) {
        try {
            return git(file.getParent(), "ls-files", "--error-unmatch", file.getFileName().toString()).exitCode == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The command the preview shows for a move. */
    static String describe(FileMove move) {
        return (move.withGit() ? "git mv " : "mv ") + shellQuote(move.from()) + " " + shellQuote(move.to());
    }

    static void perform(FileMove move) throws ActionException {
        Path from = Path.of(move.from());
        Path to = Path.of(move.to());
        if (Files.exists(to)) {
            throw new ActionException(to + " exists already; nothing was moved", null, null);
        }
        if (!Files.exists(from)) {
            throw new ActionException(from + " is gone; nothing was moved", null, null);
        }
        try {
            if (move.withGit()) {
                Result r = git(from.getParent(), "mv", from.getFileName().toString(), to.getFileName().toString());
                if (r.exitCode != 0) {
                    throw new ActionException("git mv failed: " + r.output.strip() + "; nothing was moved", null, null);
                }
            } else {
                Files.move(from, to);
            }
        } catch (IOException e) {
            throw new ActionException("cannot move " + from + " to " + to + ": " + e.getMessage(), null, e);
        }
    }

    static FileMove reversed(FileMove move) {
        return new FileMove(move.to(), move.from(), move.withGit());
    }

    static List<FileMove> reversed(List<FileMove> moves) {
        List<FileMove> out = new java.util.ArrayList<>();
        for (int i = moves.size() - 1; i >= 0; i--) {
            out.add(reversed(moves.get(i)));
        }
        return out;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result git(Path dir, String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "git did not answer in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
        return new Result(p.exitValue(), out);
    }

    private static String shellQuote(String s) {
        return s.matches("[A-Za-z0-9_./-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
