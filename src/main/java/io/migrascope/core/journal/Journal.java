package io.migrascope.core.journal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The append-only journal: one JSON document per line in {@code journal.jsonl} under the data
 * directory. An entry is written before its transaction commits and its final state is appended
 * after, each line forced to disk, so a crash can leave an entry "pending" but never lose one.
 * A line that cannot be read (a torn write, a hand edit) is skipped and reported, never fatal.
 */
public final class Journal {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Journal(Path file) {
        this.file = file;
    }

    /** The journal in Migrascope's data directory. */
    public static Journal standard() {
        return new Journal(MigrascopeHome.dataDirectory().resolve("journal.jsonl"));
    }

    public Path file() {
        return file;
    }

    public static String newId(Instant at) {
        return ID_TIME.format(at) + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    }

    /** Appends an entry (or a later state of it) and forces it to disk. */
    public synchronized void append(JournalEntry entry) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] line = (mapper.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(line));
            ch.force(true);
        }
    }

    /** Every entry in its latest state, oldest first, and the lines that could not be read. */
    public synchronized Contents read() throws IOException {
        Map<String, JournalEntry> latest = new LinkedHashMap<>();
        List<String> damaged = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Contents(List.of(), damaged);
        }
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JournalEntry e = mapper.readValue(line, JournalEntry.class);
                if (e.id() == null) {
                    throw new IOException("no id");
                }
                latest.put(e.id(), e);
            } catch (IOException | RuntimeException e) {
                damaged.add("line " + number + ": " + e.getClass().getSimpleName());
            }
        }
        return new Contents(List.copyOf(latest.values()), damaged);
    }

    public Optional<JournalEntry> find(String id) throws IOException {
        return read().entries().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * Moves a journal with unreadable lines aside (keeping every byte) and writes the readable
     * entries back, so a damaged journal never blocks work and nothing is thrown away.
     *
     * @return where the damaged original was kept
     */
    public synchronized Path setAsideDamaged() throws IOException {
        Contents contents = read();
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + ID_TIME.format(Instant.now()));
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        for (JournalEntry e : contents.entries()) {
            append(e);
        }
        return aside;
    }

    /** Reads one journal row image back into a JSON tree (for display). */
    public JsonNode tree(String rowJson) throws IOException {
        return mapper.readTree(rowJson);
    }

    /** The journal's readable entries and where it is damaged. */
    public record Contents(List<JournalEntry> entries, List<String> damaged) {
    }
}
