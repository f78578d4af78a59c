package io.migrascope.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.MigrationState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reference page describes every state and finding the code can produce, in a table row of its own. */
class DocsCompletenessTest {
    private static String reference() throws IOException {
        return Files.readString(Path.of("docs", "reference.md"));
    }

    @ParameterizedTest
    @EnumSource(MigrationState.class)
    void everyStateIsDescribed(MigrationState state) throws IOException {
        assertTrue(reference().contains("| `" + state.name() + "` |"), state + " is missing from docs/reference.md");
    }

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void everyFindingIsDescribed(FindingCode code) throws IOException {
        assertTrue(reference().contains("| `" + code.name() + "` | " + code.defaultSeverity().name().toLowerCase(
                java.util.Locale.ROOT) + " |"), code + " is missing (or has another severity) in docs/reference.md");
    }
}
