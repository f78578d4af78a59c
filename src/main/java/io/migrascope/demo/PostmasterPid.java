package io.migrascope.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's {@code postmaster.pid} in a data directory: line 1 the postmaster's process id,
 * line 4 its port. It is left behind whenever the server did not shut down cleanly, and what it
 * means then depends on who is still alive:
 * <ul>
 *   <li>the server itself, orphaned because the Migrascope that started it was killed (the server
 *       runs on, detached, and holds the data directory);</li>
 *   <li>nobody: PostgreSQL removes such a file by itself;</li>
 *   <li>an unrelated process that got the same process id since (common in containers, where ids
 *       are small): PostgreSQL then refuses to start ("lock file postmaster.pid already exists"),
 *       which is the case that needs the file removed for it.</li>
 * </ul>
 */
record PostmasterPid(long pid, int port) {
    static final String FILE = "postmaster.pid";

    /** The file's facts, or empty when there is no file (a clean shutdown, or a new cluster). */
    static Optional<PostmasterPid> read(Path dataDirectory) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDirectory.resolve(FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        // A file torn by a crash while it was written still means "no clean shutdown": keep what is readable.
        return Optional.of(new PostmasterPid(number(lines, 0), (int) number(lines, 3)));
    }

    private static long number(List<String> lines, int index) {
        if (index >= lines.size()) {
            return 0;
        }
        try {
            return Long.parseLong(lines.get(index).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The process of line 1, when one with that id is alive. */
    Optional<ProcessHandle> process() {
        return pid > 0 ? ProcessHandle.of(pid).filter(ProcessHandle::isAlive) : Optional.empty();
    }

    /**
     * True when {@code process} is a PostgreSQL server of {@code dataDirectory} (its command line
     * names both): only then may it be stopped. Where the command line cannot be read (another
     * user's process, some platforms) it is not assumed to be ours.
     */
    static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        String command = info.command().orElse("");
        String line = info.commandLine().orElse(command + " " + String.join(" ", info.arguments().orElse(new String[0])));
        return command.contains("postgres") && line.contains(dataDirectory.toString());
    }

    static void delete(Path dataDirectory) throws IOException {
        Files.deleteIfExists(dataDirectory.resolve(FILE));
    }
}
