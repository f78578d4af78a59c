package io.migrascope.core.tool;

/** How a file compares with the checksum its tracking row stored, by the tool's own rules. */
public enum ChecksumMatch {
    /** Same checksum. */
    SAME,
    /** Different checksum, same SQL once line endings, BOM, trailing whitespace and blank lines are normalised. */
    COSMETIC,
    /** The SQL itself changed. */
    CHANGED,
    /** The tool stores no checksum, so drift cannot be told. */
    NOT_STORED
}
