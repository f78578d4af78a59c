package io.migrascope.core.tool;

import io.migrascope.core.tool.dbmate.DbmateTool;
import io.migrascope.core.tool.drizzle.DrizzleTool;
import io.migrascope.core.tool.flyway.FlywayTool;
import io.migrascope.core.tool.golangmigrate.GolangMigrateTool;
import io.migrascope.core.tool.knex.KnexTool;
import io.migrascope.core.tool.nativeformat.NativeTool;
import io.migrascope.core.tool.nodepgmigrate.NodePgMigrateTool;
import io.migrascope.core.tool.prisma.PrismaTool;
import io.migrascope.core.tool.supabase.SupabaseTool;
import io.migrascope.core.tool.rails.RailsTool;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The tools Migrascope speaks, by the id {@code --tool} takes, and {@code --tool auto}. */
public final class Tools {
    public static final String AUTO = "auto";
    private static final Map<String, Supplier<MigrationTool>> TOOLS = new LinkedHashMap<>();

    static {
        register(NativeTool::new);
        register(FlywayTool::new);
        register(PrismaTool::new);
        register(DrizzleTool::new);
        register(SupabaseTool::new);
        register(GolangMigrateTool::new);
        register(DbmateTool::new);
        register(NodePgMigrateTool::new);
        register(KnexTool::new);
        register(RailsTool::new);
    }

    private Tools() {
    }

    private static void register(Supplier<MigrationTool> tool) {
        TOOLS.put(tool.get().id(), tool);
    }

    public static Optional<MigrationTool> byId(String id) {
        Supplier<MigrationTool> s = TOOLS.get(id);
        return s == null ? Optional.empty() : Optional.of(s.get());
    }

    public static List<String> ids() {
        return List.copyOf(TOOLS.keySet());
    }

    /** Every tool's detection, strongest first. */
    public static List<Detection> detectAll(Path folder, TableProbe tables) throws IOException, SQLException {
        List<Detection> all = new ArrayList<>();
        FolderListing listing = FolderListing.of(folder);
        TableProbe once = TableProbe.remembering(tables);
        for (Supplier<MigrationTool> s : TOOLS.values()) {
            all.add(s.get().detect(listing, once));
        }
        all.sort(Comparator.comparingInt(Detection::score).reversed());
        return all;
    }

    /**
     * The tool for {@code --tool auto}: the strongest detection. When nothing at all matches (an
     * empty folder, a fresh database) it is Migrascope's own format, which is where such a project starts.
     *
     * @throws AmbiguousToolException when two tools match equally well
     */
    public static MigrationTool detect(Path folder, TableProbe tables)
            throws IOException, SQLException, AmbiguousToolException {
        List<Detection> all = detectAll(folder, tables);
        Detection best = all.get(0);
        if (!best.matches()) {
            return new NativeTool();
        }
        List<Detection> tied = all.stream().filter(d -> d.score() == best.score()).toList();
        if (tied.size() > 1) {
            String list = tied.stream().map(d -> d.tool() + " (" + String.join("; ", d.evidence()) + ")")
                    .collect(Collectors.joining(", "));
            throw new AmbiguousToolException("the folder and database fit more than one tool equally: " + list
                    + ". Pass --tool to choose.", tied);
        }
        return byId(best.tool()).orElseThrow();
    }

    /** {@code --tool auto} could not decide. */
    public static final class AmbiguousToolException extends Exception {
        private final List<Detection> candidates;

        AmbiguousToolException(String message, List<Detection> candidates) {
            super(message);
            this.candidates = List.copyOf(candidates);
        }

        public List<Detection> candidates() {
            return candidates;
        }
    }
}
