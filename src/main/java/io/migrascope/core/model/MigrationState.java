package io.migrascope.core.model;

/** Exactly one state per migration row; the names are part of the CLI's JSON contract. */
public enum MigrationState {
    APPLIED("tracked as applied, file present, checksum matches"),
    PENDING("file present, not tracked, newer than everything applied"),
    OUT_OF_ORDER("file present, not tracked, but older than something already applied"),
    DRIFTED("tracked as applied, but the file's SQL changed since"),
    DRIFTED_COSMETIC("tracked as applied; the file differs only in line endings, BOM, trailing whitespace or blank lines"),
    FAILED("tracked as failed, dirty or unfinished"),
    MISSING_FILE("tracked as applied, but no file on disk"),
    DUPLICATE("two or more files claim the same version"),
    UNTRACKED("not tracked, but the schema objects the file creates already exist"),
    PARTIAL("not tracked or failed, and only some of the objects the file creates exist"),
    ROLLED_BACK("tracked as rolled back, file present, not re-applied"),
    BASELINE("a baseline marker");

    private final String meaning;

    MigrationState(String meaning) {
        this.meaning = meaning;
    }

    /** One line for help texts and legends. */
    public String meaning() {
        return meaning;
    }

    /** States that need no attention. */
    public boolean isSettled() {
        return this == APPLIED || this == BASELINE || this == ROLLED_BACK;
    }
}
