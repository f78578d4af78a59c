package io.migrascope.demo;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import java.nio.file.Path;
import java.util.List;

/**
 * One database of the demo workspace and the migrations folder that belongs to it.
 *
 * @param name        the database name ({@code demo_native})
 * @param toolId      the tool whose format the folder and the tracking table are in ({@code --tool})
 * @param folder      the folder to pass as {@code --dir}
 * @param jdbcUrl     where to connect; the embedded server trusts local connections, so it has no password
 * @param port        the embedded server's port
 * @param seed        the seed stories it retells ({@code "002"}, {@code "001, 003"}), or "" for none
 * @param title       a few words naming the story
 * @param description one paragraph: what went wrong, as the team lived it, and what Migrascope shows
 * @param findings    the finding codes a newcomer should see on it
 * @param states      the migration states its rows are in
 * @param environment the environment it plays: dev, or staging and production of a shared folder
 */
public record DemoDatabase(
        String name,
        String toolId,
        Path folder,
        String jdbcUrl,
        int port,
        String seed,
        String title,
        String description,
        List<FindingCode> findings,
        List<MigrationState> states,
        Environment environment) {

    public DemoDatabase {
        findings = List.copyOf(findings);
        states = List.copyOf(states);
    }

    /** A dev database: every story that has a folder of its own. */
    public DemoDatabase(String name, String toolId, Path folder, String jdbcUrl, int port, String seed, String title,
            String description, List<FindingCode> findings, List<MigrationState> states) {
        this(name, toolId, folder, jdbcUrl, port, seed, title, description, findings, states, Environment.DEV);
    }

    /** "native", "native · staging": the name without the demo_ prefix, for profile names and columns. */
    public String label() {
        return name.replaceFirst("^demo_", "").replace("_", " · ");
    }

    /** " (seed 002)", or "" when it retells no seed: for one-line labels. */
    public String seedLabel() {
        return seed.isEmpty() ? "" : " (seed " + seed + ")";
    }

    /** The same place as a {@code postgres://} URL: shorter, and safe to paste into a shell unquoted. */
    public String postgresUrl() {
        return "postgres://postgres@localhost:" + port + "/" + name;
    }

    /** The exact command that shows this database's state ({@code migrascope status ...}). */
    public String statusCommand(String launcher) {
        return launcher + " status --url " + postgresUrl() + " --dir " + ShellWords.quote(folder.toString())
                + " --tool " + toolId;
    }
}
