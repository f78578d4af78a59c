package io.migrascope.core.sql.extract;

/**
 * A statement does not have the shape the extractor expects. Unchecked because it only ever travels
 * from a parser up to {@link ObjectExtractor}, which turns it into a "skipped" line for that statement.
 */
final class ParseFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ParseFailure(String message) {
        super(message, null, false, false);
    }
}
