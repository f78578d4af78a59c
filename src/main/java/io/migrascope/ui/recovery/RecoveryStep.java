package io.migrascope.ui.recovery;

/** The five steps of a guided recovery, in order, with the words the step list shows. */
public enum RecoveryStep {
    WHAT_HAPPENED("What happened"),
    EVIDENCE("Evidence"),
    OPTIONS("Options"),
    PREVIEW("Preview"),
    VERIFY("Verify");

    private final String title;

    RecoveryStep(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public int number() {
        return ordinal() + 1;
    }

    RecoveryStep next() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    RecoveryStep previous() {
        return values()[Math.max(ordinal() - 1, 0)];
    }
}
