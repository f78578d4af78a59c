package io.migrascope.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.testing.CliRun;
import io.migrascope.testing.PostgresExtension;
import io.migrascope.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Prisma sample. Prisma cannot run here: {@code prisma migrate deploy} needs its schema engine,
 * a binary the CLI downloads from binaries.prisma.sh, which this machine cannot reach (only Maven
 * Central, Debian and npm are). So the database is migrated with Migrascope's own apply for the
 * Prisma format, which writes the rows {@code migrate deploy} writes (see
 * {@code core.tool.prisma.PrismaTrackingTable#recordRun} and PrismaTrackingTest).
 *
 * <p>The sample carries seed 003 on purpose (see its README): every folder applies and is APPLIED,
 * but status still exits 2 with exactly the findings the README promises, and nothing else.
 */
@ExtendWith(PostgresExtension.class)
class PrismaSampleTest {

    @Test
    void everyFolderAppliesAndOnlyTheSeed003FindingsRemain(TestDatabase db) {
        CliRun apply = CliRun.of("apply", "--url", db.url(), "--dir", Sample.PRISMA.dir().toString(), "--tool", "prisma",
                "--yes");
        assertTrue(apply.out().contains("Applied 9 migration(s)."), apply.toString());

        SampleStatus status = SampleStatus.of(db, Sample.PRISMA.dir());
        assertEquals("prisma", status.tool());
        assertEquals(9, status.states().size());
        assertTrue(status.states().values().stream().allMatch("APPLIED"::equals), status.states().toString());
        // Seed 003: dead_letter_queue created twice; request_templates' foreign key to teams, which only a
        // later folder creates, guarded by IF EXISTS and so never made (hence recorded but not effective).
        assertEquals(List.of("CREATED_TWICE", "DEPENDS_ON_LATER_FILE", "RECORDED_NOT_EFFECTIVE"),
                status.problemCodes().stream().sorted().toList(), status.run().toString());
        assertEquals(2, status.exitCode());
    }
}
