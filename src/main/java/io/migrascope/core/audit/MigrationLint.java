package io.migrascope.core.audit;

import io.migrascope.core.model.Finding;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.sql.extract.Effect;
import io.migrascope.core.sql.extract.Extraction;
import io.migrascope.core.sql.extract.ObjectKind;
import io.migrascope.core.sql.extract.SchemaObject;
import io.migrascope.core.sql.extract.TableReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the files as one history and finds what breaks a fresh database (seed 003): a file that
 * uses a table only a later file creates, and two files that both create the same table.
 */
public final class MigrationLint {
    private MigrationLint() {
    }

    public static List<Finding> check(List<MigrationFile> files, List<Extraction> extractions) {
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> firstCreated = new HashMap<>();
        Map<String, Integer> dropped = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            for (SchemaObject o : extractions.get(i).objects()) {
                if (o.kind() != ObjectKind.TABLE) {
                    continue;
                }
                String key = key(o.schema(), o.name());
                if (o.effect() == Effect.DROPS) {
                    dropped.put(key, i);
                } else if (o.effect() == Effect.CREATES) {
                    Integer earlier = firstCreated.get(key);
                    Integer droppedAt = dropped.get(key);
                    if (earlier != null && earlier != i && (droppedAt == null || droppedAt < earlier)) {
                        out.add(createdTwice(files.get(earlier), files.get(i), o));
                    } else {
                        firstCreated.put(key, i);
                    }
                }
            }
        }
        for (int i = 0; i < files.size(); i++) {
            for (TableReference ref : extractions.get(i).references()) {
                Integer creator = firstCreated.get(key(ref.schema(), ref.table()));
                if (creator != null && creator > i) {
                    out.add(dependsOnLater(files.get(i), files.get(creator), ref));
                }
            }
        }
        return out;
    }

    private static Finding createdTwice(MigrationFile first, MigrationFile second, SchemaObject table) {
        return Finding.of(FindingCode.CREATED_TWICE, List.of(second.version()),
                second.file() + " creates table " + table.name() + ", which " + first.file() + " already creates."
                        + " On a fresh database it fails with \"already exists\" (or, with IF NOT EXISTS, silently keeps"
                        + " the first definition). Remove it from one of the files.",
                List.of(first.file() + " creates " + table.name(), second.file() + " creates it again (statement "
                        + table.statementIndex() + ")"), List.of());
    }

    private static Finding dependsOnLater(MigrationFile user, MigrationFile creator, TableReference ref) {
        return Finding.of(FindingCode.DEPENDS_ON_LATER_FILE, List.of(user.version()),
                user.file() + " uses table " + ref.table() + " (" + ref.how() + ", statement " + ref.statementIndex()
                        + "), which only the later " + creator.file() + " creates. On a fresh database it fails with"
                        + " \"relation does not exist\". Move the dependency, or renumber the file after "
                        + creator.version() + ".",
                List.of(creator.file() + " creates " + ref.table()), List.of());
    }

    private static String key(String schema, String name) {
        return (schema == null ? "" : schema.toLowerCase(Locale.ROOT)) + "." + name;
    }
}
