package io.migrascope.core.journal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.migrascope.core.tool.FileText;
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
import java.util.Arrays;
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
        for (byte[] bytes : lines(Files.readAllBytes(file))) {
            number++;
            try {
                // Strict per line: a torn or garbled line is reported, and the lines around it still count.
                String line = FileText.decode(bytes).orElseThrow(() -> new IOException("not UTF-8"));
                if (line.isBlank()) {
                    continue;
                }
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

    private static List<byte[]> lines(byte[] all) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i == all.length || all[i] == '\n') {
                lines.add(Arrays.copyOfRange(all, start, i));
                start = i + 1;
            }
        }
        return lines;
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

    /**
     * When some lines cannot be read, keeps the damaged file aside and writes the readable entries
     * back ({@link #setAsideDamaged}), so later writes land in a clean file.
     *
     * @return a sentence for the user naming what was damaged and where the original was kept, or
     *         empty when the journal is whole
     */
    public synchronized Optional<String> keepDamagedAside() throws IOException {
        Contents contents = read();
        if (contents.damaged().isEmpty()) {
            return Optional.empty();
        }
        Path aside = setAsideDamaged();
        return Optional.of("The journal " + file + " had " + contents.damaged().size() + " unreadable line(s) ("
                + String.join(", ", contents.damaged()) + "). The damaged file was kept as " + aside + " and its "
                + contents.entries().size() + " readable entr" + (contents.entries().size() == 1 ? "y" : "ies")
                + " were written back to " + file.getFileName() + ".");
    }

    /** Reads one journal row image back into a JSON tree (for display). */
    public JsonNode tree(String rowJson) throws IOException {
        return mapper.readTree(rowJson);
    }

    /** The journal's readable entries and where it is damaged. */
    public record Contents(List<JournalEntry> entries, List<String> damaged) {
    }
}
