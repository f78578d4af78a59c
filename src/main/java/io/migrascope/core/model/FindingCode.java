package io.migrascope.core.model;

/** Stable finding codes: scripts and docs depend on these names. */
public enum FindingCode {
    DUPLICATE_VERSION(Severity.ERROR),
    CHECKSUM_DRIFT(Severity.ERROR),
    COSMETIC_DRIFT(Severity.WARNING),
    FAILED_MIGRATION(Severity.ERROR),
    MISSING_FILE(Severity.ERROR),
    OUT_OF_ORDER(Severity.WARNING),
    PENDING(Severity.INFO),
    TRACKING_EMPTY_SCHEMA_PRESENT(Severity.ERROR),
    APPLIED_BUT_UNTRACKED(Severity.WARNING),
    PARTIALLY_APPLIED(Severity.ERROR),
    RECORDED_NOT_EFFECTIVE(Severity.ERROR),
    CREATED_TWICE(Severity.WARNING),
    DEPENDS_ON_LATER_FILE(Severity.WARNING),
    UNREADABLE_FILE(Severity.ERROR),
    EMPTY_FILE(Severity.WARNING),
    IGNORED_FILE(Severity.INFO),
    TRACKING_TABLE_UNEXPECTED(Severity.WARNING),
    /** Information: the tool's status and deploy accept it; only its development workflow complains. */
    FIRST_ATTEMPT_DIFFERS(Severity.INFO);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity defaultSeverity() {
        return severity;
    }
}
