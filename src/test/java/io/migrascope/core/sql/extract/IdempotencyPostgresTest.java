package io.migrascope.core.sql.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.sql.SqlStatement;
import io.migrascope.core.sql.SqlSyntaxException;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import io.migrascope.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The rewrite, proven on a real server: the original migration's second run fails exactly where and
 * with the SQLSTATE {@link Idempotency#find} says; the rewritten one runs twice, and also finishes
 * every half-run state of the original, always ending in the schema one clean run of the original
 * builds.
 */
@ExtendWith(PostgresExtension.class)
class IdempotencyPostgresTest {
    private static final Pattern CODE = Pattern.compile("^fails with ([0-9A-Z]{5}) ");
    static final List<IdempotencyCorpus.Case> CASES = IdempotencyCorpus.CASES;

    @ParameterizedTest(name = "{0}")
    @FieldSource("CASES")
    void secondRunOfTheOriginalFailsWhereFindSays(IdempotencyCorpus.Case c, TestDatabase db) throws SQLException {
        PgRun.all(db, c.setup());
        PgRun.all(db, c.migration());
        List<String> once = new Catalog(db).fingerprint();
        List<String> states = PgRun.each(db, c.migration());
        assertEquals(List.of(), unpredicted(c.migration(), states));
        assertTrue(states.stream().anyMatch(s -> s != null), "the original should not survive a second run");
        if (hasSilentDuplicates(c.migration())) {
            assertNotEquals(once, new Catalog(db).fingerprint(), "the second run should have added copies");
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("CASES")
    void rewrittenRunsTwiceAndBuildsTheSameSchema(IdempotencyCorpus.Case c, TestDatabase original,
            TestDatabase rewritten) throws SQLException, SqlSyntaxException {
        PgRun.all(original, c.setup());
        PgRun.all(original, c.migration());
        String fixed = Idempotency.rewrite(c.migration());
        PgRun.all(rewritten, c.setup());
        PgRun.all(rewritten, fixed);
        PgRun.all(rewritten, fixed);
        assertEquals(new Catalog(original).fingerprint(), new Catalog(rewritten).fingerprint());
        assertEquals(List.of(), Idempotency.find(PgRun.split(fixed)), "the rewrite should leave nothing to fix");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("CASES")
    void rewrittenFinishesEveryHalfRunState(IdempotencyCorpus.Case c, TestDatabase reference)
            throws SQLException, SqlSyntaxException {
        PgRun.all(reference, c.setup());
        PgRun.all(reference, c.migration());
        List<String> expected = new Catalog(reference).fingerprint();
        String fixed = Idempotency.rewrite(c.migration());
        int statements = PgRun.split(c.migration()).size();
        for (int applied = 1; applied < statements; applied++) {
            try (TestDatabase db = TestPostgres.createDatabase()) {
                PgRun.all(db, c.setup());
                PgRun.first(db, c.migration(), applied);
                PgRun.all(db, fixed);
                assertEquals(expected, new Catalog(db).fingerprint(), "after " + applied + " statements");
            }
        }
    }

    @Test
    void theSampleProjectRewrittenRunsTwice(TestDatabase original, TestDatabase rewritten)
            throws IOException, SQLException, SqlSyntaxException {
        List<String> fixedFiles = new ArrayList<>();
        int failing = 0;
        for (Path file : SampleMigrationsTest.files()) {
            String sql = Files.readString(file);
            PgRun.all(original, sql);
            fixedFiles.add(Idempotency.rewrite(sql));
        }
        for (Path file : SampleMigrationsTest.files()) {
            String sql = Files.readString(file);
            List<String> states = PgRun.each(original, sql);
            assertEquals(List.of(), unpredicted(sql, states), file.toString());
            failing += states.stream().anyMatch(s -> s != null) ? 1 : 0;
        }
        // 010 is the only sample written to be re-runnable (CREATE INDEX CONCURRENTLY IF NOT EXISTS).
        assertEquals(12, failing);
        for (int run = 0; run < 2; run++) {
            for (String fixed : fixedFiles) {
                PgRun.all(rewritten, fixed);
            }
        }
        try (TestDatabase once = TestPostgres.createDatabase()) {
            for (Path file : SampleMigrationsTest.files()) {
                PgRun.all(once, Files.readString(file));
            }
            assertEquals(new Catalog(once).fingerprint(), new Catalog(rewritten).fingerprint());
        }
    }

    /**
     * The statements whose second-run outcome find() did not predict: each must fail with one of the
     * SQLSTATEs its findings name, and a statement without such a finding must succeed.
     */
    private static List<String> unpredicted(String migration, List<String> states) {
        Map<Integer, Set<String>> codes = new HashMap<>();
        for (NonIdempotent n : Idempotency.find(PgRun.split(migration))) {
            Matcher m = CODE.matcher(n.why());
            if (m.find()) {
                codes.computeIfAbsent(n.statementIndex(), i -> new HashSet<>()).add(m.group(1));
            }
        }
        List<String> unpredicted = new ArrayList<>();
        for (SqlStatement statement : PgRun.split(migration)) {
            Set<String> predicted = codes.getOrDefault(statement.index(), Set.of());
            String actual = states.get(statement.index() - 1);
            boolean ok = actual == null ? predicted.isEmpty() : predicted.contains(actual);
            if (!ok) {
                unpredicted.add("statement " + statement.index() + " got " + actual + ", find() said " + predicted
                        + ": " + statement.excerpt(80));
            }
        }
        return unpredicted;
    }

    private static boolean hasSilentDuplicates(String migration) {
        return Idempotency.find(PgRun.split(migration)).stream().anyMatch(n -> !CODE.matcher(n.why()).find());
    }
}
