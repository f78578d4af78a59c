package io.migrascope.core.tool.drizzle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migrascope.core.model.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code meta/_journal.json}: the migrations drizzle runs, in the order it runs them. drizzle-orm
 * reads only each entry's {@code tag} (the file is {@code <tag>.sql}), {@code when} (the row's
 * {@code created_at}) and {@code breakpoints}; {@code idx} is drizzle-kit's bookkeeping.
 *
 * @param entries the entries in file order
 */
record DrizzleJournal(List<Entry> entries) {
    static final String PATH = "meta/_journal.json";

    /**
     * One entry. The version is the entry's place in the journal, zero-padded like drizzle-kit's
     * own {@code 0000_} prefixes: drizzle runs entries in journal order, whatever their tags or
     * {@code idx} say, and two branches merged may well both have written an {@code idx} 5.
     *
     * @param when null when the entry has none (drizzle then never runs it)
     */
    record Entry(int position, Version version, String tag, Long when) {
        String file() {
            return tag + ".sql";
        }
    }

    DrizzleJournal {
        entries = List.copyOf(entries);
    }

    static DrizzleJournal read(Path out) throws IOException {
        Path path = out.resolve(PATH);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IOException(path + " is not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + "); drizzle's migrator fails on it too. Restore it from version control.", e);
        }
        JsonNode entries = root == null ? null : root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new IOException(path + " has no \"entries\" list; drizzle's migrator fails on it. Restore it from"
                    + " version control, or regenerate it with drizzle-kit.");
        }
        int width = Math.max(4, String.valueOf(Math.max(0, entries.size() - 1)).length());
        List<Entry> list = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            JsonNode tag = e.get("tag");
            JsonNode when = e.get("when");
            String version = String.format("%0" + width + "d", i);
            list.add(new Entry(i, Version.parse(version), tag != null && tag.isTextual() ? tag.asText() : null,
                    when != null && when.isIntegralNumber() ? when.asLong() : null));
        }
        return new DrizzleJournal(list);
    }
}
