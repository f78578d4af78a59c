package io.migrascope.core.model;

/** Something about a migration file itself, in words that name the next step. */
public record FileProblem(Kind kind, String message) {

    public enum Kind {
        /** The file cannot be executed as it is (unreadable, not UTF-8, NUL bytes). */
        UNREADABLE,
        /**
         * A healthy migration Migrascope cannot run itself (JavaScript, Ruby): status shows it,
         * repairs can mark it, apply refuses it and names the tool that runs it. Raises no finding.
         */
        NOT_EXECUTABLE,
        /** The file holds no SQL. */
        EMPTY,
        /** Worth knowing, harmless (a byte order mark). */
        NOTE
    }
}
