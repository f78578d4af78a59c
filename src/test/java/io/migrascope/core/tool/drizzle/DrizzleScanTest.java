package io.migrascope.core.tool.drizzle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.audit.Audit;
import io.migrascope.core.model.IgnoredFile;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.tool.Detection;
import io.migrascope.core.tool.FileScan;
import io.migrascope.core.tool.TableProbe;
import io.migrascope.core.tool.prisma.NodeText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drizzle-kit's out folder as drizzle-orm's readMigrationFiles reads it. */
class DrizzleScanTest {
    @TempDir
    Path root;

    private DrizzleProject project() {
        return new DrizzleProject(root.resolve("drizzle"));
    }

    @Test
    void theJournalOrderIsTheOrderWhateverTheTagsSay() throws Exception {
        project().entry("0000_init", 1000, "CREATE TABLE a (id int);")
                .entry("0005_zebra", 2000, "CREATE TABLE b (id int);")
                .entry("0003_apple", 3000, "CREATE TABLE c (id int);");
        FileScan scan = new DrizzleTool().scan(root.resolve("drizzle"));
        assertEquals(List.of("0000_init.sql", "0005_zebra.sql", "0003_apple.sql"),
                scan.files().stream().map(MigrationFile::file).toList());
        assertEquals(List.of("0000", "0001", "0002"), scan.files().stream().map(f -> f.version().text()).toList());
        assertEquals("0003_apple", scan.files().get(2).name());
    }

    @Test
    void twoBranchesWithTheSameIndexAreTwoMigrationsNotADuplicate() throws Exception {
        project().entry("0001_from_main", 1000, "CREATE TABLE a (id int);")
                .entry("0001_from_feature", 2000, "CREATE TABLE b (id int);");
        Report report = new Audit(new DrizzleTool(), root, "drizzle").runWithoutDatabase("none");
        assertEquals(List.of(MigrationState.PENDING, MigrationState.PENDING),
                report.rows().stream().map(r -> r.state()).toList());
    }

    @Test
    void anEntryWithoutItsFileIsUnrunnableAndAFileWithoutAnEntryIsIgnored() throws Exception {
        DrizzleProject p = project().entry("0000_init", 1000, "CREATE TABLE a (id int);")
                .entry("0001_gone", 2000, "CREATE TABLE b (id int);");
        Files.delete(p.out().resolve("0001_gone.sql"));
        Files.writeString(p.out().resolve("0002_never_generated.sql"), "CREATE TABLE c (id int);");
        FileScan scan = new DrizzleTool().scan(p.out());
        MigrationFile gone = scan.files().get(1);
        assertFalse(gone.isRunnable());
        assertTrue(gone.problems().get(0).message().contains("No file " + p.out().resolve("0001_gone.sql") + " found in"),
                gone.problems().toString());
        assertEquals(List.of(new IgnoredFile("0002_never_generated.sql", "not in meta/_journal.json: drizzle will never run it")),
                scan.ignored());
    }

    @Test
    void theHashIsOfTheWholeFileAsNodeReadsItBomAndBreakpointsIncluded() throws Exception {
        byte[] bytes = "\uFEFFCREATE TABLE a (id int);\n--> statement-breakpoint\nCREATE TABLE b (id int);"
                .getBytes(StandardCharsets.UTF_8);
        project().entry("0000_init", 1000, bytes);
        MigrationFile f = new DrizzleTool().scan(root).files().get(0);
        assertEquals(io.migrascope.core.tool.Checksums.sha256(bytes), f.checksum());
        assertEquals(NodeText.sha256(new String(bytes, StandardCharsets.UTF_8)), f.checksum());
    }

    @Test
    void dirMayBeTheProjectRootWithADrizzleFolderAndAFolderWithoutJournalIsNamed() throws Exception {
        project().entry("0000_init", 1000, "CREATE TABLE a (id int);");
        assertEquals(1, new DrizzleTool().scan(root).files().size());
        assertEquals(Detection.MARKER, new DrizzleTool().detect(root, TableProbe.NO_DATABASE).score());
        Path empty = Files.createDirectories(root.resolve("elsewhere"));
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> new DrizzleTool().scan(empty));
        assertTrue(e.getMessage().contains("Can't find meta/_journal.json file"), e.getMessage());
    }

    @Test
    void theV1BetaLayoutIsRecognisedAndSaidToBeUnsupported() throws Exception {
        Path folder = Files.createDirectories(root.resolve("drizzle").resolve("20250101120000_init"));
        Files.writeString(folder.resolve("migration.sql"), "CREATE TABLE a (id int);");
        Files.writeString(folder.resolve("snapshot.json"), "{}");
        DrizzleTool tool = new DrizzleTool();
        assertEquals(Detection.FILES, tool.detect(root.resolve("drizzle"), TableProbe.NO_DATABASE).score());
        FileScan scan = tool.scan(root.resolve("drizzle"));
        assertEquals(List.of(), scan.files());
        assertTrue(scan.ignored().get(0).reason().contains("v1 (beta) layout"), scan.ignored().toString());
    }
}
