package io.migrascope.core.tool;

import io.migrascope.core.tool.nativeformat.NativeTool;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The tools Migrascope knows, by the id {@code --tool} takes. */
public final class Tools {
    private static final Map<String, Supplier<MigrationTool>> TOOLS = new LinkedHashMap<>();

    static {
        TOOLS.put(NativeTool.ID, NativeTool::new);
    }

    private Tools() {
    }

    public static Optional<MigrationTool> byId(String id) {
        Supplier<MigrationTool> s = TOOLS.get(id);
        return s == null ? Optional.empty() : Optional.of(s.get());
    }

    public static Iterable<String> ids() {
        return TOOLS.keySet();
    }
}
