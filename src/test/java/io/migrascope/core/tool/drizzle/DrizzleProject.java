package io.migrascope.core.tool.drizzle;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A drizzle-kit out folder as {@code drizzle-kit generate} leaves it: {@code <tag>.sql} files whose
 * statements are separated by {@code --> statement-breakpoint}, and {@code meta/_journal.json}
 * with one entry per file, {@code {idx, version: "7", when, tag, breakpoints: true}}.
 */
final class DrizzleProject {
    static final String BREAKPOINT = "\n--> statement-breakpoint\n";
    private final Path out;
    private final List<Map<String, Object>> entries = new ArrayList<>();

    DrizzleProject(Path out) {
        this.out = out;
    }

    Path out() {
        return out;
    }

    /** Adds a journal entry and its file; statements are joined the way drizzle-kit writes them. */
    DrizzleProject entry(String tag, long when, String... statements) throws Exception {
        return entry(tag, when, String.join(BREAKPOINT, statements).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    DrizzleProject entry(String tag, long when, byte[] content) throws Exception {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("idx", entries.size());
        e.put("version", "7");
        e.put("when", when);
        e.put("tag", tag);
        e.put("breakpoints", true);
        entries.add(e);
        Files.createDirectories(out);
        Files.write(out.resolve(tag + ".sql"), content);
        return writeJournal();
    }

    private DrizzleProject writeJournal() throws Exception {
        Map<String, Object> journal = new LinkedHashMap<>();
        journal.put("version", "7");
        journal.put("dialect", "postgresql");
        journal.put("entries", entries);
        Files.createDirectories(out.resolve("meta"));
        Files.writeString(out.resolve("meta").resolve("_journal.json"),
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(journal));
        return this;
    }
}
