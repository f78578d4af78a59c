package io.migrascope.core.model;

/** How much a finding matters; anything above INFO makes {@code status} exit with 2. */
public enum Severity {
    INFO,
    WARNING,
    ERROR
}
