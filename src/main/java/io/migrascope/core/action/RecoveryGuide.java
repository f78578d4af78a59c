package io.migrascope.core.action;

import io.migrascope.core.model.Finding;
import java.util.List;

/**
 * A finding walked through step by step: what happened, the evidence, the options with their
 * consequences. The chosen option's action is previewed and confirmed like any other; afterwards
 * the state is read again and the objects probed again.
 */
public record RecoveryGuide(Finding finding, String title, String whatHappened, List<String> evidence,
                            List<RecoveryOption> options) {
    public RecoveryGuide {
        evidence = List.copyOf(evidence);
        options = List.copyOf(options);
    }
}
