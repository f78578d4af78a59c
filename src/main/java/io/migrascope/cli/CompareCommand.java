package io.migrascope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.migrascope.core.action.Cancellation;
import io.migrascope.core.audit.Audit;
import io.migrascope.core.audit.compare.Cell;
import io.migrascope.core.audit.compare.Comparison;
import io.migrascope.core.audit.compare.ComparisonExport;
import io.migrascope.core.audit.compare.ComparisonRow;
import io.migrascope.core.audit.compare.Environment;
import io.migrascope.core.audit.compare.EnvironmentComparer;
import io.migrascope.core.audit.compare.EnvironmentResult;
import io.migrascope.core.audit.compare.Promotion;
import io.migrascope.core.audit.compare.SharedTool;
import io.migrascope.core.db.ConnectionSpec;
import io.migrascope.core.db.Database;
import io.migrascope.core.db.PasswordSource;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.db.profile.ProfileStore;
import io.migrascope.core.tool.MigrationTool;
import io.migrascope.core.tool.Tools;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compare}: one migrations folder against several databases, in one grid. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares the migration state of several databases that share one migrations folder (dev,"
                + " staging, production, or every tenant), named by saved --profile or by --env NAME=URL: a grid of"
                + " migrations x databases; exit 2 when they disagree or one cannot be read."})
final class CompareCommand implements Callable<Integer> {
    @Option(names = "--profile", paramLabel = "NAME",
            description = "A saved profile to compare (repeat for each); its name is the column's name.")
    List<String> profileNames = new ArrayList<>();

    @Option(names = "--env", paramLabel = "NAME=URL",
            description = "An environment: a name and its database URL (repeat for each).")
    List<String> envs = new ArrayList<>();

    @Option(names = "--dir", paramLabel = "DIR",
            description = "The migrations folder they share (default: the profiles' folder).")
    Path dir;

    @Option(names = "--tool", defaultValue = Tools.AUTO, paramLabel = "TOOL", description = "auto, or a tool id.")
    String tool;

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "The schema of the tracking table.")
    String schema;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Read the passwords from this variable.")
    String passwordEnv;

    @Option(names = "--probe", description = "Also ask each catalog which objects exist (slower).")
    boolean probe;

    @Option(names = "--parallel", defaultValue = "8", paramLabel = "N",
            description = "Databases read at once. Default: ${DEFAULT-VALUE}.")
    int parallel;

    @Option(names = "--only-differing", description = "Show only the migrations the environments disagree on.")
    boolean onlyDiffering;

    @Option(names = "--promote", paramLabel = "FROM:TO",
            description = "Promotion preview: what apply would run on TO given what ran on FROM.")
    String promote;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the grid as CSV.")
    Path csv;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the grid as an HTML page.")
    Path html;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Profile> profiles = profiles();
        List<Environment> environments = environments(profiles);
        Path folder = folder(profiles);
        MigrationTool t = SharedTool.choose(folder, toolOf(profiles), environments);
        Audit audit = new Audit(t, folder, schema != null ? schema : t.defaultSchema(), probe);
        PrintWriter err = spec.commandLine().getErr();
        Comparison comparison = new EnvironmentComparer(audit, parallel).compare(environments,
                json ? EnvironmentComparer.Listener.NONE : (done, total, r) -> {
                    synchronized (err) {
                        err.printf("[%d/%d] %s: %s (%d ms)%n", done, total, r.name(), r.ok() ? "read" : r.error(),
                                r.took().toMillis());
                        err.flush();
                    }
                }, new Cancellation());
        Promotion promotion = promotion(comparison);
        if (csv != null) {
            Files.writeString(csv, ComparisonExport.csv(comparison, onlyDiffering));
        }
        if (html != null) {
            Files.writeString(html, ComparisonExport.html(comparison, onlyDiffering));
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("tool", t.id());
            doc.put("environments", comparison.results().stream().map(r -> Map.of("name", r.name(),
                    "read", r.ok(), "error", r.error() == null ? "" : r.error(), "millis", r.took().toMillis())).toList());
            doc.put("migrations", (onlyDiffering ? comparison.differing() : comparison.rows()));
            doc.put("agree", comparison.agrees());
            if (promotion != null) {
                doc.put("promotion", promotion);
            }
            out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } else {
            printGrid(out, comparison);
            if (promotion != null) {
                printPromotion(out, promotion);
            }
        }
        out.flush();
        if (comparison.results().stream().noneMatch(EnvironmentResult::ok)) {
            return Cli.CANNOT_CONNECT_OR_READ;
        }
        boolean promotionWarns = promotion != null && !promotion.warnings().isEmpty();
        return comparison.agrees() && !promotionWarns ? Cli.IN_SYNC : Cli.PROBLEMS;
    }

    private List<Profile> profiles() throws java.io.IOException {
        if (profileNames.isEmpty()) {
            if (envs.isEmpty()) {
                throw new IllegalArgumentException("nothing to compare: pass --profile NAME or --env NAME=URL,"
                        + " once for each database");
            }
            return List.of();
        }
        ProfileStore store = ProfileStore.standard();
        List<Profile> saved = store.list();
        List<Profile> chosen = new ArrayList<>();
        for (String name : profileNames) {
            chosen.add(saved.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("no profile named '" + name + "' in " + store.file() + "; known: "
                            + saved.stream().map(Profile::name).toList())));
        }
        return chosen;
    }

    /** --dir, else the one folder the profiles share; profiles with different folders cannot be compared. */
    private Path folder(List<Profile> profiles) {
        if (dir != null) {
            return dir.toAbsolutePath().normalize();
        }
        List<Path> folders = profiles.stream().map(p -> p.folder().toAbsolutePath().normalize()).distinct().toList();
        if (folders.size() != 1) {
            throw new IllegalArgumentException(folders.isEmpty() ? "--dir is needed with --env: the migrations folder"
                    + " the databases share" : "the profiles use different migrations folders " + folders
                    + "; pass --dir to compare them all against one");
        }
        return folders.get(0);
    }

    /** --tool, else the tool the profiles agree on. */
    private String toolOf(List<Profile> profiles) {
        List<String> named = profiles.stream().map(Profile::tool).distinct().toList();
        return Tools.AUTO.equals(tool) && named.size() == 1 ? named.get(0) : tool;
    }

    private List<Environment> environments(List<Profile> profiles) {
        List<Environment> list = new ArrayList<>();
        for (Profile p : profiles) {
            list.add(new Environment(p.name(), p.toDatabase(p.passwordSource(System.getenv()))));
        }
        for (String e : envs) {
            int eq = e.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--env takes NAME=URL, e.g. --env staging=postgres://app@db/shop;"
                        + " got " + ConnectionSpec.redact(e));
            }
            list.add(new Environment(e.substring(0, eq),
                    new Database(ConnectionSpec.parse(e.substring(eq + 1)), new PasswordSource(System.getenv(), passwordEnv))));
        }
        List<String> names = list.stream().map(Environment::name).toList();
        names.stream().filter(n -> java.util.Collections.frequency(names, n) > 1).findFirst().ifPresent(n -> {
            throw new IllegalArgumentException("two databases are named '" + n + "'; give each --env and --profile"
                    + " its own name, the grid's columns are told apart by it");
        });
        return list;
    }

    private Promotion promotion(Comparison comparison) {
        if (promote == null) {
            return null;
        }
        String[] parts = promote.split(":", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("--promote takes FROM:TO, e.g. --promote staging:production");
        }
        return Promotion.between(comparison, parts[0], parts[1]);
    }

    private void printGrid(PrintWriter out, Comparison c) {
        for (EnvironmentResult r : c.results()) {
            if (!r.ok()) {
                out.println("! " + r.name() + " could not be read: " + r.error());
            }
        }
        List<ComparisonRow> rows = onlyDiffering || c.environments().size() > 8 ? c.differing() : c.rows();
        if (c.environments().size() <= 8) {
            StringBuilder head = new StringBuilder(String.format("%-3s %-16s %-30s", "", "VERSION", "NAME"));
            c.environments().forEach(e -> head.append(String.format(" %-16s", e)));
            out.println(head.toString().stripTrailing());
            for (ComparisonRow row : rows) {
                StringBuilder line = new StringBuilder(String.format("%-3s %-16s %-30s", row.differs() ? "≠" : "",
                        row.version(), abbreviate(row.name(), 30)));
                for (Cell cell : row.cells()) {
                    line.append(String.format(" %-16s", cell.state() == null ? "?" : cell.state().name()));
                }
                out.println(line.toString().stripTrailing());
            }
        } else {
            out.println(c.environments().size() + " databases; the migrations they disagree on:");
            for (ComparisonRow row : rows) {
                Map<String, List<String>> byState = new LinkedHashMap<>();
                for (int i = 0; i < row.cells().size(); i++) {
                    Cell cell = row.cells().get(i);
                    byState.computeIfAbsent(cell.state() == null ? "unknown" : cell.state().name(),
                            k -> new ArrayList<>()).add(c.environments().get(i));
                }
                out.println("  " + row.version() + " " + row.name());
                byState.forEach((state, names) -> out.println("      " + state + ": " + names.size()
                        + (names.size() <= 10 ? " " + names : "")));
            }
        }
        out.println();
        out.println(c.agrees() ? "The environments agree." : c.differing().size() + " migration(s) differ between the"
                + " environments.");
    }

    private static void printPromotion(PrintWriter out, Promotion p) {
        out.println();
        out.println("Promotion " + p.from() + " -> " + p.to() + ": apply on " + p.to() + " would run "
                + (p.willRun().isEmpty() ? "nothing" : String.join(", ", p.willRun())));
        p.warnings().forEach(w -> out.println("  WARNING " + w));
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
