package io.migrascope.core.audit;

import io.migrascope.core.db.CatalogSnapshot;
import io.migrascope.core.model.ObjectEvidence;
import io.migrascope.core.model.FileProblem;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.core.sql.extract.Effect;
import io.migrascope.core.sql.extract.Extraction;
import io.migrascope.core.sql.extract.ObjectExtractor;
import io.migrascope.core.sql.extract.ObjectKind;
import io.migrascope.core.sql.extract.SchemaObject;
import io.migrascope.core.tool.FileText;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.ScanCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the catalog whether each file's objects exist. The files are read as one history: an object
 * a later file drops or changes again is "superseded" for the earlier file, so a column renamed in
 * migration 7 does not make migration 3 look half-applied.
 */
public final class CatalogProbe {
    private final MigrationTool tool;
    private final CatalogSnapshot catalog;

    public CatalogProbe(MigrationTool tool, CatalogSnapshot catalog) {
        this.tool = tool;
        this.catalog = catalog;
    }

    /** Evidence per file (keyed by {@link MigrationFile#file()}), for files in the tool's order. */
    public Map<String, ObjectEvidence> probe(List<MigrationFile> filesInOrder) {
        return probe(filesInOrder, extractAll(tool, filesInOrder));
    }

    /** The objects of each file, in the same order; read in parallel (two cores, independent files). */
    public static List<Extraction> extractAll(MigrationTool tool, List<MigrationFile> filesInOrder) {
        return extractAll(tool, filesInOrder, Map.of());
    }

    /**
     * As {@link #extractAll(MigrationTool, List)}, taking each file's text from {@code texts} (by
     * path) where the scan kept it, and removing it there once parsed; other files are read again.
     */
    public static List<Extraction> extractAll(MigrationTool tool, List<MigrationFile> filesInOrder,
                                              Map<Path, String> texts) {
        return extractAll(tool, filesInOrder, texts, null, true);
    }

    /**
     * As {@link #extractAll(MigrationTool, List, Map)}, taking the objects of files the scan found
     * unchanged from {@code cache} (when there is one), and giving it the objects of the files the
     * scan read; on this thread only unless {@code parallel}.
     */
    public static List<Extraction> extractAll(MigrationTool tool, List<MigrationFile> filesInOrder,
                                              Map<Path, String> texts, ScanCache.Pass cache, boolean parallel) {
        return (parallel ? filesInOrder.parallelStream() : filesInOrder.stream()).map(f -> {
            if (cache == null) {
                return extract(tool, f, texts);
            }
            Optional<Extraction> known = cache.extraction(f.path());
            if (known.isPresent()) {
                return known.get();
            }
            // Only a text this scan read matches the checksums the cache now holds for the file.
            boolean fromScan = texts.containsKey(f.path());
            Extraction x = extract(tool, f, texts);
            if (fromScan) {
                cache.rememberExtraction(f.path(), x);
            }
            return x;
        }).toList();
    }

    /** As {@link #probe(List)}, with the extractions already made. */
    public Map<String, ObjectEvidence> probe(List<MigrationFile> filesInOrder, List<Extraction> extractions) {
        Map<String, Integer> lastTouch = new HashMap<>();
        // Each object's identity is built once: the map is filled with it, then asked with it.
        String[][] identities = new String[extractions.size()][];
        for (int i = 0; i < extractions.size(); i++) {
            List<SchemaObject> objects = extractions.get(i).objects();
            identities[i] = new String[objects.size()];
            for (int j = 0; j < objects.size(); j++) {
                identities[i][j] = identity(objects.get(j));
                lastTouch.put(identities[i][j], i);
            }
        }
        Map<String, ObjectEvidence> out = new LinkedHashMap<>();
        for (int i = 0; i < filesInOrder.size(); i++) {
            out.put(filesInOrder.get(i).file(), judge(extractions.get(i), identities[i], i, lastTouch, filesInOrder));
        }
        return out;
    }

    private static Extraction extract(MigrationTool tool, MigrationFile f, Map<Path, String> texts) {
        if (!f.isRunnable() || f.has(FileProblem.Kind.NOT_EXECUTABLE)) {
            return new Extraction(List.of(), List.of(), List.of("the file cannot be read as SQL"));
        }
        try {
            String kept = texts.isEmpty() ? null : texts.remove(f.path());
            String text = FileText.withoutBom(kept != null ? kept
                    : FileText.decode(Files.readAllBytes(f.path())).orElse(""));
            return ObjectExtractor.extract(tool.executableSql(f, text).sql());
        } catch (IOException | SqlSyntaxException | IllegalArgumentException e) {
            return new Extraction(List.of(), List.of(), List.of("the SQL could not be read: " + e.getMessage()));
        }
    }

    private ObjectEvidence judge(Extraction x, String[] identities, int index, Map<String, Integer> lastTouch,
                                 List<MigrationFile> files) {
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        List<String> superseded = new ArrayList<>();
        for (int j = 0; j < identities.length; j++) {
            SchemaObject o = x.objects().get(j);
            int last = lastTouch.getOrDefault(identities[j], index);
            if (last > index) {
                superseded.add(o.display() + " (again in " + files.get(last).file() + ")");
                continue;
            }
            boolean exists = exists(o);
            if (o.effect() == Effect.DROPS) {
                (exists ? differing : present).add(exists ? o.display() + " still exists though the file drops it"
                        : o.display() + " is gone, as the file leaves it");
                continue;
            }
            if (!exists) {
                missing.add(o.display());
                continue;
            }
            String difference = difference(o);
            if (difference == null) {
                present.add(o.display());
            } else {
                differing.add(difference);
            }
        }
        return new ObjectEvidence(present, missing, differing, superseded, x.skipped());
    }

    /** The same object, whichever statement names it: kind, schema, table and name. */
    private static String identity(SchemaObject o) {
        ObjectKind kind = o.kind() == ObjectKind.VIEW || o.kind() == ObjectKind.MATERIALIZED_VIEW
                ? ObjectKind.VIEW : o.kind();
        return kind + "\u0000" + o.schema() + "\u0000" + o.table() + "\u0000" + o.name();
    }

    private boolean exists(SchemaObject o) {
        String name = o.name();
        return switch (o.kind()) {
            case SCHEMA -> catalog.hasSchema(name);
            case EXTENSION -> catalog.hasExtension(name);
            case TABLE -> relationIs(o, 'r', 'p', 'f');
            case VIEW -> relationIs(o, 'v');
            case MATERIALIZED_VIEW -> relationIs(o, 'm');
            case INDEX -> relationIs(o, 'i', 'I');
            case SEQUENCE -> relationIs(o, 'S');
            case TYPE -> catalog.type(schemaOf(o, s -> catalog.type(s, name) != null), name) != null;
            case FUNCTION -> !catalog.functionSignatures(schemaOf(o, s -> !catalog.functionSignatures(s, name).isEmpty()),
                    name).isEmpty();
            case COLUMN -> catalog.columnType(tableSchema(o), o.table(), name) != null;
            case CONSTRAINT -> catalog.constraint(tableSchema(o), o.table(), name) != null;
            case TRIGGER -> catalog.hasTrigger(tableSchema(o), o.table(), name);
            case POLICY -> catalog.hasPolicy(tableSchema(o), o.table(), name);
        };
    }

    private boolean relationIs(SchemaObject o, char... kinds) {
        Character k = catalog.relation(schemaOf(o, s -> catalog.relation(s, o.name()) != null), o.name());
        if (k == null) {
            return false;
        }
        for (char c : kinds) {
            if (k == c) {
                return true;
            }
        }
        return false;
    }

    /** Null when the object is as the file leaves it, else a sentence saying how it differs. */
    private String difference(SchemaObject o) {
        if (o.kind() == ObjectKind.COLUMN && o.detail() != null) {
            String actual = catalog.columnType(tableSchema(o), o.table(), o.name());
            if (actual != null && !sameType(actual, o.detail())) {
                return "column " + o.table() + "." + o.name() + " has type " + actual + ", the file says " + o.detail();
            }
        }
        if (o.kind() == ObjectKind.FUNCTION && o.detail() != null) {
            List<String> signatures = catalog.functionSignatures(
                    schemaOf(o, s -> !catalog.functionSignatures(s, o.name()).isEmpty()), o.name());
            if (signatures.stream().noneMatch(s -> sameType(s, o.detail()))) {
                return "function " + o.name() + " exists as (" + String.join("), (", signatures) + "), the file"
                        + " creates (" + o.detail() + ")";
            }
        }
        return null;
    }

    private static boolean sameType(String a, String b) {
        return a.replace(" ", "").toLowerCase(Locale.ROOT).equals(b.replace(" ", "").toLowerCase(Locale.ROOT));
    }

    private String schemaOf(SchemaObject o, java.util.function.Predicate<String> exists) {
        return catalog.resolve(o.schema(), exists);
    }

    /** Columns, indexes, constraints, triggers and policies live in their table's schema. */
    private String tableSchema(SchemaObject o) {
        return catalog.resolve(o.schema(), s -> catalog.relation(s, o.table()) != null);
    }
}
