package io.migrascope.core.sql.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.migrascope.core.sql.SqlSyntaxException;
import java.util.List;

/** Short ways to say what a statement should extract to, so the tests read like the SQL they check. */
final class ExtractionAssertions {
    private ExtractionAssertions() {
    }

    static Extraction extract(String sql) {
        try {
            return ObjectExtractor.extract(sql);
        } catch (SqlSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** Each object as "EFFECT display", in order. */
    static List<String> described(Extraction extraction) {
        return extraction.objects().stream().map(o -> o.effect() + " " + o.display()).toList();
    }

    static List<String> described(String sql) {
        Extraction extraction = extract(sql);
        if (!extraction.skipped().isEmpty()) {
            fail("unexpected skipped statements: " + extraction.skipped());
        }
        return described(extraction);
    }

    static List<String> references(String sql) {
        return extract(sql).references().stream()
                .map(r -> r.statementIndex() + " " + r.how() + " " + (r.schema() == null ? "" : r.schema() + ".")
                        + r.table())
                .toList();
    }

    static SchemaObject only(String sql, ObjectKind kind) {
        List<SchemaObject> found = extract(sql).objects().stream().filter(o -> o.kind() == kind).toList();
        assertEquals(1, found.size(), () -> "expected one " + kind + " in " + found);
        return found.get(0);
    }
}
