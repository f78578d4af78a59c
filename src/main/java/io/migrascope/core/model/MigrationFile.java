package io.migrascope.core.model;

import java.nio.file.Path;
import java.util.List;

/**
 * One migration file on disk, as a tool reads it. The content is not kept: files are re-read
 * when their SQL is needed, so a folder of 100,000 files costs only this record each.
 *
 * @param version            the version the file name claims
 * @param name               the description part of the name ({@code add_users})
 * @param file               the path relative to the migrations folder, as shown to users
 * @param path               the absolute path
 * @param size               size in bytes
 * @param checksum           the checksum by the tool's own algorithm; null if the file is unreadable
 * @param normalizedChecksum a checksum of the text with line endings, BOM, trailing whitespace and
 *                           blank lines normalised away; equal values mean "same SQL"
 * @param problems           readable sentences about the file itself (not UTF-8, empty, BOM ...)
 */
public record MigrationFile(
        Version version,
        String name,
        String file,
        Path path,
        long size,
        String checksum,
        String normalizedChecksum,
        List<FileProblem> problems) {

    public MigrationFile {
        problems = List.copyOf(problems);
    }

    /** True when the file can be executed: it could be read and decoded. */
    public boolean isRunnable() {
        return checksum != null && problems.stream().noneMatch(p -> p.kind() == FileProblem.Kind.UNREADABLE);
    }

    public boolean has(FileProblem.Kind kind) {
        return problems.stream().anyMatch(p -> p.kind() == kind);
    }
}
