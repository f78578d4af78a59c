package io.migrascope.core.action;

import io.migrascope.core.journal.JournalEntry.FileMove;
import io.migrascope.core.model.MigrationFile;
import io.migrascope.core.model.MigrationRow;
import io.migrascope.core.model.MigrationState;
import io.migrascope.core.model.Report;
import io.migrascope.core.model.Version;
import io.migrascope.core.tool.MigrationTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Renumber (seed 002): the not-yet-applied file of a duplicate version — or a file that is out of
 * order — gets the next version that is free both in the folder and in the tracking table. The file
 * that is applied is never renamed: its version is what the database remembers.
 */
public final class RenumberAction implements Action {
    private final Report report;
    private final Version version;
    private final FileMove move;
    private final Version newVersion;
    private final List<String> blockers;
    /** Set when the file moves before this one (a file that needs it comes earlier) rather than to the end. */
    private final Version before;

    private RenumberAction(Report report, Version version, FileMove move, Version newVersion, List<String> blockers) {
        this(report, version, move, newVersion, blockers, null);
    }

    private RenumberAction(Report report, Version version, FileMove move, Version newVersion, List<String> blockers,
                           Version before) {
        this.report = report;
        this.version = version;
        this.move = move;
        this.newVersion = newVersion;
        this.blockers = List.copyOf(blockers);
        this.before = before;
    }

    /**
     * Seed 003's way out of a file that uses a table only a later file creates: the creating file,
     * which never ran here, moves just before the file that needs it. The file that needs it keeps
     * its name, so whatever the database recorded of it (a failed or rolled-back attempt) still
     * matches a folder.
     *
     * @param creator   the version of the file that creates what {@code dependent} uses
     * @param dependent the version of the file that needs it
     */
    public static RenumberAction before(Report report, MigrationTool tool, Version creator, Version dependent) {
        List<String> blockers = new ArrayList<>();
        MigrationRow row = report.row(creator).orElse(null);
        if (row == null || row.files().size() != 1 || row.tracked() != null || row.state() != MigrationState.PENDING) {
            blockers.add("migration " + creator + " is " + (row == null ? "not in the folder" : row.state()
                    + (row.tracked() != null ? " with a tracking row" : "")) + ": only a pending file that never ran"
                    + " here is moved; otherwise write a new migration");
            return new RenumberAction(report, creator, null, null, blockers, dependent);
        }
        MigrationFile file = row.files().get(0);
        Optional<Version> target = tool.versionBefore(dependent, file);
        Optional<String> name = target.flatMap(v -> tool.renamedFile(file, v));
        if (name.isEmpty()) {
            blockers.add("the " + report.tool() + " format cannot name " + file.file() + " to sort before " + dependent
                    + "; rename it by hand");
            return new RenumberAction(report, creator, null, null, blockers, dependent);
        }
        if (report.row(target.get()).isPresent()) {
            blockers.add("version " + target.get() + " is taken");
        }
        Path from = tool.migrationIsFolder() ? file.path().getParent() : file.path();
        Path to = from.resolveSibling(name.get());
        if (Files.exists(to)) {
            blockers.add(to.getFileName() + " exists already");
        }
        FileMove move = new FileMove(from.toString(), to.toString(), FileMoves.trackedByGit(from));
        return new RenumberAction(report, creator, move, target.get(), blockers, dependent);
    }

    /** The same plan made again on a fresh report, for the executor's check that nothing changed. */
    RenumberAction replan(Report now, MigrationTool tool, String chosen) {
        return before == null ? plan(now, tool, version, chosen) : before(now, tool, version, before);
    }

    /**
     * @param chosen the file name to renumber when the choice is the user's (neither file of a pair
     *               is applied), or null to take the only candidate
     */
    public static RenumberAction plan(Report report, MigrationTool tool, Version version, String chosen) {
        List<String> blockers = new ArrayList<>();
        MigrationRow row = report.row(version).orElse(null);
        if (row == null || !(row.state() == MigrationState.DUPLICATE || row.state() == MigrationState.OUT_OF_ORDER)) {
            blockers.add("migration " + version + " is " + (row == null ? "not in the folder" : row.state())
                    + ": renumber is for a duplicate version or an out-of-order file");
            return new RenumberAction(report, version, null, null, blockers);
        }
        MigrationFile file = pick(row, chosen, blockers);
        if (file == null) {
            return new RenumberAction(report, version, null, null, blockers);
        }
        // The highest version of the same kind as the file's, in folder or database: for Flyway the
        // numbered ones (repeatables sort after them as text); for tools that compare versions as
        // text (Supabase, dbmate) the textual ones, in the order the tool itself compares them.
        Version highest = report.rows().stream().map(MigrationRow::version)
                .filter(v -> v.isNumeric() == file.version().isNumeric())
                .max(Comparator.naturalOrder()).orElse(file.version());
        Optional<Version> next = tool.nextVersion(highest, file);
        Optional<String> name = next.flatMap(v -> tool.renamedFile(file, v));
        if (name.isEmpty()) {
            blockers.add("the " + report.tool() + " format cannot renumber " + file.file() + " by renaming it");
            return new RenumberAction(report, version, null, null, blockers);
        }
        Path from = tool.migrationIsFolder() ? file.path().getParent() : file.path();
        Path target = from.resolveSibling(name.get());
        if (Files.exists(target)) {
            blockers.add(target.getFileName() + " exists already");
        }
        FileMove move = new FileMove(from.toString(), target.toString(), FileMoves.trackedByGit(from));
        return new RenumberAction(report, version, move, next.get(), blockers);
    }

    private static MigrationFile pick(MigrationRow row, String chosen, List<String> blockers) {
        String appliedName = row.tracked() == null ? null : row.tracked().name();
        List<MigrationFile> candidates = row.files().stream()
                .filter(f -> appliedName == null || !f.name().equals(appliedName)).toList();
        if (chosen != null) {
            // The name as the report shows it (supabase/migrations/006_x.sql) or the bare file name.
            Optional<MigrationFile> f = row.files().stream().filter(x -> x.file().equals(chosen)
                    || x.path().getFileName().toString().equals(chosen)).findFirst();
            if (f.isEmpty()) {
                blockers.add(chosen + " does not claim version " + row.version() + "; the files that do: "
                        + names(row.files()));
                return null;
            }
            if (!candidates.contains(f.get())) {
                blockers.add(chosen + " is the file applied as " + row.version()
                        + "; an applied file is never renamed. Renumber the other file.");
                return null;
            }
            return f.get();
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        blockers.add("none of " + names(row.files()) + " is applied, so the choice is yours: pass --file with the"
                + " one to renumber (usually the newer one)");
        return null;
    }

    private static String names(List<MigrationFile> files) {
        return String.join(", ", files.stream().map(MigrationFile::file).toList());
    }

    public Version version() {
        return version;
    }

    public Version newVersion() {
        return newVersion;
    }

    public FileMove move() {
        return move;
    }

    /** The renamed file as the report names it, for re-planning under the executor; null when blocked. */
    public String chosenFile() {
        return move == null ? null : report.rows().stream().flatMap(r -> r.files().stream())
                .filter(f -> f.path().toString().equals(move.from())
                        || (f.path().getParent() != null && f.path().getParent().toString().equals(move.from())))
                .map(MigrationFile::file).findFirst().orElse(null);
    }

    public List<String> blockers() {
        return blockers;
    }

    public Report report() {
        return report;
    }

    @Override
    public Preview preview() {
        List<Preview.Step> steps = new ArrayList<>();
        if (move != null && before != null) {
            steps.add(new Preview.Step("rename it to " + newVersion + ", just before " + before + " which needs it;"
                    + " its content is unchanged", FileMoves.describe(move) + "\n"));
        } else if (move != null) {
            steps.add(new Preview.Step("rename the file to the next free version " + newVersion
                    + " (free in the folder and in the tracking table); its content is unchanged",
                    FileMoves.describe(move) + "\n"));
        }
        return new Preview("Renumber " + version + (newVersion == null ? "" : " to " + newVersion), report.database(),
                steps, blockers);
    }
}
