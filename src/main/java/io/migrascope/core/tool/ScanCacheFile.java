package io.migrascope.core.tool;

import io.migrascope.core.model.FileProblem;
import io.migrascope.core.sql.extract.Effect;
import io.migrascope.core.sql.extract.Extraction;
import io.migrascope.core.sql.extract.ObjectKind;
import io.migrascope.core.sql.extract.SchemaObject;
import io.migrascope.core.sql.extract.TableReference;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cache's file: a header naming the tool, folder, format and build it was made for, then one
 * record per file. A plain binary layout rather than JSON: at 10,000 files the cache is read on
 * every run, and parsing it must cost a small part of what it saves.
 */
final class ScanCacheFile {
    /** Raise when the layout or anything cached (checksums, extraction) changes meaning. */
    static final int FORMAT = 1;
    private static final int MAGIC = 0x4d534331; // "MSC1"
    // values() copies its array on every call; an entry is decoded 10,000 times a run.
    private static final FileProblem.Kind[] PROBLEM_KINDS = FileProblem.Kind.values();
    private static final ObjectKind[] OBJECT_KINDS = ObjectKind.values();
    private static final Effect[] EFFECTS = Effect.values();

    private ScanCacheFile() {
    }

    /** The entries, or none when the file is missing, damaged, or made for another header. */
    static Map<String, ScanCacheEntry> read(Path file, String header) {
        Map<String, ScanCacheEntry> out = new ConcurrentHashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            // One read and a ByteBuffer: a stream's per-byte synchronized reads cost more than the parse.
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            Strings strings = new Strings();
            if (in.getInt() != MAGIC || !header.equals(text(in, strings))) {
                return out;
            }
            int n = in.getInt();
            for (int i = 0; i < n; i++) {
                String path = text(in, strings);
                out.put(path, entry(in, strings));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return new ConcurrentHashMap<>();
        }
    }

    static void write(Path file, String header, Map<String, ScanCacheEntry> entries) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(temp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(MAGIC);
                text(out, header);
                out.writeInt(entries.size());
                for (Map.Entry<String, ScanCacheEntry> e : entries.entrySet()) {
                    text(out, e.getKey());
                    entry(out, e.getValue());
                }
            }
            // Another process may write the same cache at once; the rename makes the last one win whole.
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void entry(DataOutputStream out, ScanCacheEntry e) throws IOException {
        ScanCache.FileIdentity id = e.identity();
        out.writeLong(id.size());
        out.writeLong(id.modifiedNanos());
        out.writeLong(id.changeTimeNanos());
        out.writeLong(id.inode());
        out.writeLong(id.device());
        out.writeLong(e.size());
        text(out, e.checksum());
        text(out, e.normalizedChecksum());
        out.writeInt(e.problems().size());
        for (FileProblem p : e.problems()) {
            out.writeByte(p.kind().ordinal());
            text(out, p.message());
        }
        Extraction x = e.extraction();
        out.writeByte(x != null ? 1 : 0);
        if (x == null) {
            return;
        }
        out.writeInt(x.objects().size());
        for (SchemaObject o : x.objects()) {
            out.writeByte(o.kind().ordinal());
            text(out, o.schema());
            text(out, o.name());
            text(out, o.table());
            text(out, o.detail());
            out.writeByte(o.effect().ordinal());
            out.writeInt(o.statementIndex());
        }
        out.writeInt(x.references().size());
        for (TableReference r : x.references()) {
            text(out, r.schema());
            text(out, r.table());
            out.writeInt(r.statementIndex());
            text(out, r.how());
        }
        out.writeInt(x.skipped().size());
        for (String s : x.skipped()) {
            text(out, s);
        }
    }

    private static ScanCacheEntry entry(ByteBuffer in, Strings strings) {
        ScanCache.FileIdentity id = new ScanCache.FileIdentity(in.getLong(), in.getLong(), in.getLong(),
                in.getLong(), in.getLong());
        long size = in.getLong();
        String checksum = text(in, strings);
        String normalized = text(in, strings);
        int problemCount = in.getInt();
        List<FileProblem> problems = new ArrayList<>(problemCount);
        for (int i = 0; i < problemCount; i++) {
            problems.add(new FileProblem(PROBLEM_KINDS[in.get()], text(in, strings)));
        }
        Extraction x = null;
        if (in.get() != 0) {
            int objectCount = in.getInt();
            List<SchemaObject> objects = new ArrayList<>(objectCount);
            for (int i = 0; i < objectCount; i++) {
                objects.add(new SchemaObject(OBJECT_KINDS[in.get()], text(in, strings),
                        text(in, strings), text(in, strings), text(in, strings), EFFECTS[in.get()],
                        in.getInt()));
            }
            int referenceCount = in.getInt();
            List<TableReference> references = new ArrayList<>(referenceCount);
            for (int i = 0; i < referenceCount; i++) {
                references.add(new TableReference(text(in, strings), text(in, strings), in.getInt(),
                        text(in, strings)));
            }
            int skippedCount = in.getInt();
            List<String> skipped = new ArrayList<>(skippedCount);
            for (int i = 0; i < skippedCount; i++) {
                skipped.add(text(in, strings));
            }
            x = new Extraction(objects, references, skipped);
        }
        return new ScanCacheEntry(id, size, checksum, normalized, problems, x);
    }

    /** Null-able UTF-8 text of any length (writeUTF stops at 64 KiB, and a message may quote SQL). */
    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(ByteBuffer in, Strings strings) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return strings.of(s);
    }

    /** Schema names, kinds of reference and the like repeat thousands of times: keep one copy each. */
    private static final class Strings {
        private final Map<String, String> seen = new HashMap<>();

        String of(String s) {
            return s.length() > 32 ? s : seen.computeIfAbsent(s, k -> k);
        }
    }
}
