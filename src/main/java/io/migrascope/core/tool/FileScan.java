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
        String relative = folder.relativize(path).toString();
        return separator.equals("/") ? relative : relative.replace(separator, "/");
    }
}
