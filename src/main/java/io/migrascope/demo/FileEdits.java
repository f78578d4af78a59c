package io.migrascope.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Edits to the copied sample that make a story's file-side damage: what someone did to a
 * migration after it ran. Each edit checks that it changed something, so a sample that drifts
 * away from the story fails the build instead of quietly showing less.
 */
final class FileEdits {
    private final Path root;

    FileEdits(Path root) {
        this.root = root;
    }

    /** LF becomes CRLF, or CRLF LF: the same SQL with other line endings (a checkout on another OS). */
    void flipLineEndings(String file) throws IOException, DemoException {
        String text = read(file);
        String flipped = text.contains("\r\n") ? text.replace("\r\n", "\n") : text.replace("\n", "\r\n");
        write(file, text, flipped);
    }

    /** Replaces the one occurrence of {@code from}. */
    void replace(String file, String from, String to) throws IOException, DemoException {
        String text = read(file).replace("\r\n", "\n");
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new DemoException("the demo expects exactly one '" + from + "' in " + file);
        }
        write(file, text, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    void delete(String file) throws IOException, DemoException {
        if (!Files.deleteIfExists(root.resolve(file))) {
            throw new DemoException("the demo expects " + file + " in its sample");
        }
    }

    private String read(String file) throws IOException {
        return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
    }

    private void write(String file, String before, String after) throws IOException, DemoException {
        if (after.equals(before)) {
            throw new DemoException("editing " + file + " for the demo changed nothing");
        }
        Files.writeString(root.resolve(file), after, StandardCharsets.UTF_8);
    }
}
