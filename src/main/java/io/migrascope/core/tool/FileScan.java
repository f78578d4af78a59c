package io.migrascope.core.tool;

import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import java.nio.file.Path;
import java.util.List;

/** What a tool found in a migrations folder: the migration files, and every other file with the reason it was skipped. */
public record FileScan(List<MigrationFile> files, List<IgnoredFile> ignored) {
    public FileScan {
        files = List.copyOf(files);
        ignored = List.copyOf(ignored);
    }

    /**
     * {@code path} under {@code folder}, with {@code /} between folders on every platform. Only the
     * platform's own separator is replaced: on Unix a backslash is an ordinary character of a file
     * name, and turning it into a slash would list a file that does not exist.
     */
    public static String relativeName(Path folder, Path path) {
        String separator = folder.getFileSystem().getSeparator();
        // A path found by walking the folder starts with the folder's own text: cutting that prefix
        // is what relativize() returns, without its name-by-name rebuild (a kilobyte per file).
        String base = folder.toString();
        String full = path.toString();
        if (separator.equals("/") && !base.isEmpty() && full.length() > base.length() + 1 && full.startsWith(base)
                && full.charAt(base.length()) == '/' && !base.endsWith("/") && !hasDotSegment(full)) {
            return full.substring(base.length() + 1);
        }
        String relative = folder.relativize(path).toString();
        return separator.equals("/") ? relative : relative.replace(separator, "/");
    }

    /** Whether a '/'-separated path has a "." or ".." name, which relativize() treats as a step. */
    private static boolean hasDotSegment(String path) {
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                int length = i - start;
                if (length == 1 && path.charAt(start) == '.' || length == 2 && path.startsWith("..", start)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }
}
