package io.migrascope.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar migrascope.jar status} as a person runs it (the table, the tool detected), as a
 * script runs it ({@code --json}), and with the tool named ({@code --tool native}), which shows
 * what detection costs. All three read the same database, in Migrascope's own (native) layout.
 */
final class MigrascopeStatus implements Contender {
    private static final Map<String, List<String>> VARIANTS = variants();

    private static Map<String, List<String>> variants() {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("migrascope status", List.of());
        v.put("migrascope status --json", List.of("--json"));
        v.put("migrascope status --tool native", List.of("--tool", "native"));
        return v;
    }

    @Override
    public String id() {
        return "migrascope";
    }

    @Override
    public List<Trial> prepare(Corpus corpus, BenchDatabases databases, BenchOptions options) throws Exception {
        BenchDatabase db = databases.create("migrascope_" + corpus.size());
        AppliedSchema.create(db, corpus);
        NativeTrackingRows.populate(db, corpus);
        StatusCheck.allApplied(options, db.url(), corpus.nativeDir(), corpus.size(), "native");
        List<Trial> trials = new ArrayList<>();
        VARIANTS.forEach((label, args) -> trials.add(Trial.repeated(label, corpus.size(),
                MigrascopeJar.status(options, db.url(), corpus.nativeDir(), args))));
        return trials;
    }
}
