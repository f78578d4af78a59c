package io.migrascope.core.model;

/** The guarded actions a finding can point to; names follow the CLI's repair sub-commands. */
public enum ActionKind {
    APPLY("apply"),
    MARK_APPLIED("mark-applied"),
    MARK_ROLLED_BACK("mark-rolled-back"),
    SYNC("sync"),
    DELETE_TRACKING_ROW("delete-row"),
    REALIGN_CHECKSUM("realign"),
    RENUMBER_FILE("renumber");

    private final String command;

    ActionKind(String command) {
        this.command = command;
    }

    /** The CLI spelling. */
    public String command() {
        return command;
    }
}
