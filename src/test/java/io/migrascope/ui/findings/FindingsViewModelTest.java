package io.migrascope.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrascope.core.model.ActionKind;
import io.migrascope.core.model.Finding;
import io.migrascope.core.model.FindingCode;
import io.migrascope.core.model.Version;
import io.migrascope.ui.migrations.Rows;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsViewModelTest {
    private final FindingsViewModel model = new FindingsViewModel();
    private final Finding duplicate = Finding.of(FindingCode.DUPLICATE_VERSION,
            List.of(Version.parse("003")), "Version 003 is claimed by 2 files", List.of("003_a.sql", "003_b.sql"),
            List.of(ActionKind.RENUMBER_FILE));
    private final Finding ignored = Finding.of(FindingCode.IGNORED_FILE, List.of(), "README.md is not a migration",
            List.of(), List.of());

    @Test
    void choosingAFindingSelectsItsRows() {
        List<List<Version>> selected = new ArrayList<>();
        model.onSelectRows(selected::add);
        model.activate(duplicate);
        model.activate(ignored);
        model.activate(null);
        assertEquals(List.of(List.of(Version.parse("003"))), selected, "a finding without rows selects nothing");
    }

    @Test
    void resolvingAndRecoveringGoToTheWindow() {
        List<String> effects = new ArrayList<>();
        model.onResolve((f, k) -> effects.add(f.code() + " " + k));
        model.onRecover(f -> effects.add("recover " + f.code()));
        model.resolve(duplicate, ActionKind.RENUMBER_FILE);
        model.recover(duplicate);
        assertEquals(List.of("DUPLICATE_VERSION RENUMBER_FILE", "recover DUPLICATE_VERSION"), effects);
    }

    @Test
    void theFindingsFollowTheReportAndOnlyProblemsHaveAGuide() {
        model.setReport(Rows.sampleLike());
        assertEquals(1, model.findings().size());
        model.setReport(null);
        assertTrue(model.findings().isEmpty());
        assertTrue(FindingsViewModel.hasGuide(duplicate));
        assertFalse(FindingsViewModel.hasGuide(ignored));
        assertEquals("Delete tracking row…", FindingsViewModel.label(ActionKind.DELETE_TRACKING_ROW));
    }
}
