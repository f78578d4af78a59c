package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The golang-migrate sample. golang-migrate cannot run here: it is a Go program, and this machine
 * has no Go toolchain and no Debian or npm package of it. So the database is migrated with
 * Migrascope's own apply for the golang-migrate format, which leaves what {@code migrate up} leaves
 * ({@code database/postgres/postgres.go SetVersion}: the one row {@code (7, false)}); that row is
 * all golang-migrate reads ({@code SELECT version, dirty FROM schema_migrations LIMIT 1}).
 */
@ExtendWith(PostgresExtension.class)
class GolangMigrateSampleTest {

    @Test
    void everyUpFileAppliesAndTheTableHoldsTheLastVersionClean(TestDatabase db) throws Exception {
        CliRun apply = CliRun.of("apply", "--url", db.url(), "--dir", Sample.GOLANG_MIGRATE.dir().toString(),
                "--tool", "golang-migrate", "--yes");
        assertEquals(0, apply.exitCode(), apply.toString());
        assertEquals(List.of("7 false"), db.column("SELECT version || ' ' || dirty FROM schema_migrations"),
                "what golang-migrate's migrate up leaves");

        SampleStatus.of(db, Sample.GOLANG_MIGRATE.dir()).assertInSync("golang-migrate", 7);
    }
}
